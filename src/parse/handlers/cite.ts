// A source citation (`[@key]`), resolved by the context's citations.
import type { PhrasingHandler } from './types.ts';

export const cite: PhrasingHandler<'cite'> = (node, ctx) => ctx.citeSource(node);
