import type { Text } from 'mdast';
import type { Inline } from '../../document.ts';
import type { State } from '../state.ts';

// GFM makes `[^x]` a citation only when note x is defined; otherwise it stays
// text, printed as written (as GitHub does), which is where a citation of a
// missing note shows up: a warning, so a whole book is not held up by one.
const UNDEFINED_CITATION = /\[\^([^\]\s\\]+)\]/g;

export function text(state: State, node: Text): Inline[] {
  reportUndefinedCitations(state, node);
  // Soft line breaks are just spaces between words.
  const value = node.value.replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, ' ');
  return value === '' ? [] : [{ type: 'text', value }];
}

export function undefinedNote(label: string): string {
  return `note [^${label}] is cited but never defined; printed as written`;
}

function reportUndefinedCitations(state: State, node: Text): void {
  const source = state.source(node);
  const offset = node.position?.start.offset ?? 0;
  for (const match of source.matchAll(UNDEFINED_CITATION)) {
    if (source[match.index - 1] === '\\') continue;
    state.warningAt(state.lines.point(offset + match.index), undefinedNote(match[1] ?? ''));
  }
}
