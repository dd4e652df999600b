// Emphasis (`*text*`).
import type { PhrasingHandler } from './types.ts';

export const emphasis: PhrasingHandler<'emphasis'> = (node, ctx) => [{ type: 'emphasis', children: ctx.phrasing(node.children) }];
