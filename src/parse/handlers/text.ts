// Text: soft line breaks become spaces, and a citation of a note never
// defined is reported where it is written.
import type { Text } from 'mdast';
import type { ParseContext } from '../context.ts';
import type { PhrasingHandler } from './types.ts';

// GFM makes `[^x]` a citation only when note x is defined; otherwise it stays
// text, printed as written (as GitHub does), which is where a citation of a
// missing note shows up: a warning, so a whole book is not held up by one.
const UNDEFINED_CITATION = /\[\^([^\]\s\\]+)\]/g;

export const text: PhrasingHandler<'text'> = (node, ctx) => {
  reportUndefinedCitations(node, ctx);
  // Soft line breaks are just spaces between words.
  const value = node.value.replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, ' ');
  return value === '' ? [] : [{ type: 'text', value }];
};

export function undefinedNote(label: string): string {
  return `note [^${label}] is cited but never defined; printed as written`;
}

function reportUndefinedCitations(node: Text, ctx: ParseContext): void {
  const source = ctx.source(node);
  const offset = node.position?.start.offset ?? 0;
  for (const match of source.matchAll(UNDEFINED_CITATION)) {
    if (source[match.index - 1] === '\\') continue;
    ctx.warningAt(ctx.lines.point(offset + match.index), undefinedNote(match[1] ?? ''));
  }
}
