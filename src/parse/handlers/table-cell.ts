import type { TableCell as MdastTableCell } from 'mdast';
import type { TableCell } from '../../document.ts';
import type { State } from '../state.ts';

export function tableCell(state: State, node: MdastTableCell): TableCell {
  return { children: state.phrasing(node.children) };
}
