// An HTML <figure> holding one image (perhaps inside a link) and a
// <figcaption>, as READMEs and books write a captioned picture: one figure,
// its caption the <figcaption>'s text and its alt text the <img>'s, where
// Markdown's implicit figure can only caption an image by its alt text. The
// figure reaches the paragraph handler as a paragraph holding the image
// alone, carrying its caption; any other <figure> is read as its content.
import type { Element } from 'hast';
import type { Handle, State } from 'hast-util-to-mdast';
import type { Paragraph, PhrasingContent } from 'mdast';
import { isPhrasing } from './html-phrasing.ts';

/** What a paragraph made from a <figure> carries: the <figcaption>'s content. */
export interface FigureData {
  readonly figcaption: PhrasingContent[];
}

export function figcaptionOf(paragraph: Paragraph): PhrasingContent[] | undefined {
  return (paragraph.data as Partial<FigureData> | undefined)?.figcaption;
}

export const htmlFigure: Handle = (state, element) => {
  const content = element.children.filter((child) => !(child.type === 'text' && child.value.trim() === '') && !(child.type === 'element' && child.tagName === 'br'));
  const captions = content.filter((child): child is Element => child.type === 'element' && child.tagName === 'figcaption');
  const pictures = content.filter((child) => !(child.type === 'element' && child.tagName === 'figcaption'));
  const picture = pictures.length === 1 && captions.length === 1 && pictures[0]?.type === 'element' ? pictures[0] : undefined;
  if (picture === undefined || !holdsOneImage(picture)) return state.all(element);
  const image = state.one(picture, element);
  const figcaption = phrasingOf(state, captions[0] as Element);
  const paragraph: Paragraph = { type: 'paragraph', children: (Array.isArray(image) ? image : [image]) as PhrasingContent[], data: { figcaption } as FigureData as Paragraph['data'] };
  return paragraph;
};

/** An <img>, or a link around one (and nothing else). */
function holdsOneImage(picture: Element): boolean {
  if (picture.tagName === 'img') return true;
  if (picture.tagName !== 'a') return false;
  const inner = picture.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  return inner.length === 1 && inner[0]?.type === 'element' && inner[0].tagName === 'img';
}

/** The caption's inline content; its paragraphs, if it has several, run on as one line. */
function phrasingOf(state: State, caption: Element): PhrasingContent[] {
  const pieces = state.all(caption).map((node) => (node.type === 'paragraph' ? node.children : isPhrasing(node) ? [node] : []));
  return pieces.filter((piece) => piece.length > 0).flatMap((piece, i) => (i === 0 ? piece : [{ type: 'text', value: ' ' } as PhrasingContent, ...piece]));
}
