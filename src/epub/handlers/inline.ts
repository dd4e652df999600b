// One handler per Inline type, in a typed map like the block handlers.
import type { ImageRef, Inline } from '../../document.ts';
import { shownNoteNumber } from '../../document/anchors.ts';
import { h } from '../hast.ts';
import type { Element, ElementContent, Properties } from '../hast.ts';
import type { State } from '../state.ts';

type InlineOf<T extends Inline['type']> = Extract<Inline, { type: T }>;

export type InlineHandlers = { readonly [T in Inline['type']]: (state: State, node: InlineOf<T>) => ElementContent[] };

export const inlineHandlers: InlineHandlers = {
  text: (state, node) => state.text(node.value),

  emphasis: (state, node) => [h('em', {}, state.inlines(node.children))],

  strong: (state, node) => [h('strong', {}, state.inlines(node.children))],

  delete: (state, node) => [h('del', {}, state.inlines(node.children))],

  code: (state, node) => [h('code', {}, state.text(node.value))],

  link: (state, node) => {
    const properties: Properties = { href: state.href(node.url) };
    if (node.title !== undefined) properties.title = node.title;
    return [h('a', properties, state.inlines(node.children))];
  },

  /**
   * `<sup><a epub:type="noteref">N</a></sup>`: the superscript stays outside the
   * link so the link's content is the bare number. The DAISY Knowledge Base
   * (Notes) accepts <sup> for note references and notes that, while support
   * for announcing doc-noteref is thin, it gives assistive technology context;
   * Apple Books decides on the pop-up from the link's epub:type and target,
   * which this keeps simple: a plain link to an aside epub:type="footnote".
   */
  noteRef: (state, node) => {
    const { id, href } = state.noteRef(node.number, node.occurrence);
    return [h('sup', {}, [h('a', { 'epub:type': 'noteref', role: 'doc-noteref', id, href }, [{ type: 'text', value: String(shownNoteNumber(node.number, state.book.doc.noteChapters)) }])])];
  },

  break: (state) => {
    state.boundary();
    return [h('br')];
  },

  image: (state, node) => [imageElement(state, node.image)],
};

/** An image with its intrinsic size; an empty alt stays empty (a decorative image). */
export function imageElement(state: State, image: ImageRef): Element {
  const properties: Properties = { src: state.imageSrc(image), alt: image.alt, width: image.width, height: image.height };
  if (image.title !== undefined) properties.title = image.title;
  return h('img', properties);
}
