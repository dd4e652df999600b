import type { InlineCode } from 'mdast';
import type { Inline } from '../../document.ts';
import type { State } from '../state.ts';

export function inlineCode(_state: State, node: InlineCode): Inline[] {
  return [{ type: 'code', value: node.value }];
}
