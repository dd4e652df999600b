import type { Heading } from 'mdast';
import type { Block } from '../../document.ts';
import { inlineText } from '../../text.ts';
import type { State } from '../state.ts';

export function heading(state: State, node: Heading): Block[] {
  const children = state.phrasing(node.children);
  return [{ type: 'heading', depth: node.depth, id: state.slugger.slug(inlineText(children)), children }];
}
