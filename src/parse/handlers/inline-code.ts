// Inline code (`` `code` ``), kept verbatim, except that a line ending inside
// it is a space, as CommonMark reads a code span (mdast keeps the "\n", which
// the PDF would draw as a line break).
import type { PhrasingHandler } from './types.ts';

export const inlineCode: PhrasingHandler<'inlineCode'> = (node) => [{ type: 'code', value: node.value.replace(/\r\n|\r|\n/gu, ' ') }];
