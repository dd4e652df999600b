import type { Text } from 'mdast';
import type { Inline } from '../../document.ts';
import type { State } from '../state.ts';

// GFM makes `[^x]` a citation only when note x is defined; otherwise it stays
// text, which is where a citation of a missing note shows up.
const UNDEFINED_CITATION = /\[\^([^\]\s\\]+)\]/g;

export function text(state: State, node: Text): Inline[] {
  reportUndefinedCitations(state, node);
  // Soft line breaks are just spaces between words.
  const value = node.value.replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, ' ');
  return value === '' ? [] : [{ type: 'text', value }];
}

function reportUndefinedCitations(state: State, node: Text): void {
  const source = state.source(node);
  const offset = node.position?.start.offset ?? 0;
  for (const match of source.matchAll(UNDEFINED_CITATION)) {
    if (source[match.index - 1] === '\\') continue;
    state.errorAt(state.lines.point(offset + match.index), `note [^${match[1] ?? ''}] is cited but never defined`);
  }
}
