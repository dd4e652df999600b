import type { Strong } from 'mdast';
import type { Inline } from '../../document.ts';
import type { State } from '../state.ts';

export function strong(state: State, node: Strong): Inline[] {
  return [{ type: 'strong', children: state.phrasing(node.children) }];
}
