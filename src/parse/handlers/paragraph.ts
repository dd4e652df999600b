import type { Image, ImageReference, Paragraph, PhrasingContent } from 'mdast';
import type { Block, ImageRef, Inline } from '../../document.ts';
import type { State } from '../state.ts';

export function paragraph(state: State, node: Paragraph): Block[] {
  const figure = loneImage(node.children);
  if (figure) {
    const target = figure.type === 'image' ? figure : state.definition(figure.identifier);
    if (target) {
      const ref = state.image(figure, target.url, figure.alt ?? '', target.title);
      return ref ? [{ type: 'figure', image: ref, caption: caption(ref) }] : [];
    }
  }
  const children = state.phrasing(node.children);
  return children.length > 0 ? [{ type: 'paragraph', children }] : [];
}

/** The image a paragraph holds alone (whitespace aside): such a paragraph is a figure. */
function loneImage(children: readonly PhrasingContent[]): Image | ImageReference | undefined {
  const meaningful = children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const only = meaningful.length === 1 ? meaningful[0] : undefined;
  return only?.type === 'image' || only?.type === 'imageReference' ? only : undefined;
}

function caption(image: ImageRef): Inline[] {
  const text = image.title ?? image.alt;
  return text === '' ? [] : [{ type: 'text', value: text }];
}
