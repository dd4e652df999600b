import type { Cite } from 'mdast';
import type { Inline } from '../../document.ts';
import type { State } from '../state.ts';

export function cite(state: State, node: Cite): Inline[] {
  return state.citeSource(node);
}
