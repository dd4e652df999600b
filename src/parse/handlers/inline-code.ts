// Inline code (`` `code` ``), kept verbatim.
import type { PhrasingHandler } from './types.ts';

export const inlineCode: PhrasingHandler<'inlineCode'> = (node) => [{ type: 'code', value: node.value }];
