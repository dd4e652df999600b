import type { Break } from 'mdast';
import type { Inline } from '../../document.ts';
import type { State } from '../state.ts';

export function hardBreak(_state: State, _node: Break): Inline[] {
  return [{ type: 'break' }];
}
