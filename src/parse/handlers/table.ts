import type { Table } from 'mdast';
import type { Align, Block } from '../../document.ts';
import type { State } from '../state.ts';
import { tableRow } from './table-row.ts';

export function table(state: State, node: Table): Block[] {
  const align: Align[] = (node.align ?? []).map((a) => a ?? null);
  return [{ type: 'table', align, rows: node.children.map((row) => tableRow(state, row)) }];
}
