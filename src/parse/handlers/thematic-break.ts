import type { ThematicBreak } from 'mdast';
import type { Block } from '../../document.ts';
import type { State } from '../state.ts';

export function thematicBreak(_state: State, _node: ThematicBreak): Block[] {
  return [{ type: 'thematicBreak' }];
}
