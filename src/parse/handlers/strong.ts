// Strong emphasis (`**text**`).
import type { PhrasingHandler } from './types.ts';

export const strong: PhrasingHandler<'strong'> = (node, ctx) => [{ type: 'strong', children: ctx.phrasing(node.children) }];
