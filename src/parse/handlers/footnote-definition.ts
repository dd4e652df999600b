import type { FootnoteDefinition } from 'mdast';
import type { Block } from '../../document.ts';
import type { State } from '../state.ts';

/**
 * A note's body leaves the flow wherever it was written (even inside a quote
 * or list): it becomes Document.notes when first cited (see state.cite).
 */
export function footnoteDefinition(_state: State, _node: FootnoteDefinition): Block[] {
  return [];
}
