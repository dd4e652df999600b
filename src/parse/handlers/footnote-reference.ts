// A note citation (`[^label]`), numbered by the context on its first citation.
import type { PhrasingHandler } from './types.ts';

export const footnoteReference: PhrasingHandler<'footnoteReference'> = (node, ctx) => ctx.cite(node);
