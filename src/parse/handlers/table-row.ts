import type { TableRow as MdastTableRow } from 'mdast';
import type { TableRow } from '../../document.ts';
import type { State } from '../state.ts';
import { tableCell } from './table-cell.ts';

export function tableRow(state: State, node: MdastTableRow): TableRow {
  return { cells: node.children.map((cell) => tableCell(state, cell)) };
}
