import type { FootnoteReference } from 'mdast';
import type { Inline } from '../../document.ts';
import type { State } from '../state.ts';

export function footnoteReference(state: State, node: FootnoteReference): Inline[] {
  return state.cite(node);
}
