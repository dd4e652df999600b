import type { Definition } from 'mdast';
import type { Block } from '../../document.ts';
import type { State } from '../state.ts';

/** A link reference definition prints nothing itself: references resolve through it (see state.definition). */
export function definition(_state: State, _node: Definition): Block[] {
  return [];
}
