import type { Emphasis } from 'mdast';
import type { Inline } from '../../document.ts';
import type { State } from '../state.ts';

export function emphasis(state: State, node: Emphasis): Inline[] {
  return [{ type: 'emphasis', children: state.phrasing(node.children) }];
}
