import type { ImageReference } from 'mdast';
import type { Inline } from '../../document.ts';
import { isRemote } from '../image-file.ts';
import type { State } from '../state.ts';
import { altText, remoteImage } from './image.ts';

export function imageReference(state: State, node: ImageReference): Inline[] {
  const definition = state.definition(node.identifier);
  if (!definition) return [{ type: 'text', value: state.source(node) }];
  if (isRemote(definition.url)) return remoteImage(state, node, definition.url, node.alt ?? '');
  const ref = state.image(node, definition.url, node.alt ?? '', definition.title);
  return ref ? [{ type: 'image', image: ref }] : altText(node.alt ?? '');
}
