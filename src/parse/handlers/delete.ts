// GFM strikethrough (`~~text~~`).
import type { PhrasingHandler } from './types.ts';

export const strikethrough: PhrasingHandler<'delete'> = (node, ctx) => [{ type: 'delete', children: ctx.phrasing(node.children) }];
