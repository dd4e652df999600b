// A block quote: its content is flow content like the body's.
import type { FlowHandler } from './types.ts';

export const blockquote: FlowHandler<'blockquote'> = (node, ctx) => [{ type: 'blockquote', children: ctx.flow(node.children) }];
