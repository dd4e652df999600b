import type { Image } from 'mdast';
import type { Inline } from '../../document.ts';
import type { State } from '../state.ts';

export function image(state: State, node: Image): Inline[] {
  const ref = state.image(node, node.url, node.alt ?? '', node.title);
  return ref ? [{ type: 'image', image: ref }] : [];
}
