import type { Code } from 'mdast';
import type { Block } from '../../document.ts';
import type { State } from '../state.ts';

export function code(_state: State, node: Code): Block[] {
  return [{ type: 'code', lang: node.lang ?? null, value: node.value }];
}
