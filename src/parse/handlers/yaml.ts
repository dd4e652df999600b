import type { Yaml } from 'mdast';
import type { Block } from '../../document.ts';
import type { State } from '../state.ts';

/** Front matter becomes Document.metadata (read before the body), not a block. */
export function yaml(_state: State, _node: Yaml): Block[] {
  return [];
}
