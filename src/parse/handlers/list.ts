import type { List } from 'mdast';
import type { Block } from '../../document.ts';
import type { State } from '../state.ts';
import { listItem } from './list-item.ts';

export function list(state: State, node: List): Block[] {
  return [
    {
      type: 'list',
      ordered: node.ordered ?? false,
      start: node.start ?? 1,
      spread: node.spread ?? false,
      items: node.children.map((item) => listItem(state, item)),
    },
  ];
}
