import type { Blockquote } from 'mdast';
import type { Block } from '../../document.ts';
import type { State } from '../state.ts';

export function blockquote(state: State, node: Blockquote): Block[] {
  return [{ type: 'blockquote', children: state.flow(node.children) }];
}
