import type { LinkReference } from 'mdast';
import type { Inline } from '../../document.ts';
import type { State } from '../state.ts';
import { linkTo } from './link.ts';

export function linkReference(state: State, node: LinkReference): Inline[] {
  const definition = state.definition(node.identifier);
  if (!definition) return [{ type: 'text', value: state.source(node) }];
  return linkTo(state, node, state.phrasing(node.children), definition.url, definition.title);
}
