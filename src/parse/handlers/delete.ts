import type { Delete } from 'mdast';
import type { Inline } from '../../document.ts';
import type { State } from '../state.ts';

export function strikethrough(state: State, node: Delete): Inline[] {
  return [{ type: 'delete', children: state.phrasing(node.children) }];
}
