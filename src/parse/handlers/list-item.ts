import type { ListItem as MdastListItem } from 'mdast';
import type { ListItem } from '../../document.ts';
import type { State } from '../state.ts';

export function listItem(state: State, node: MdastListItem): ListItem {
  return { checked: node.checked ?? null, children: state.flow(node.children) };
}
