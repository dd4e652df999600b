// Inline content → hast: one handler per Inline type in a typed map, with the
// EPUB writer's one handler shape, `(node, ctx)`, as its block handlers
// (blocks/types.ts) and the PDF's inline handlers (pdf/layout/inline.ts).
import type { ImageLength, ImageRef, ImageSize, Inline } from '../document.ts';
import { shownNoteNumber } from '../document/anchors.ts';
import type { EpubContext } from './context.ts';
import { h } from './hast.ts';
import { mathElement } from './mathml.ts';
import type { Element, ElementContent, Properties } from './hast.ts';

type InlineHandler<T extends Inline['type']> = (node: Extract<Inline, { type: T }>, ctx: EpubContext) => ElementContent[];

const handlers: { readonly [T in Inline['type']]: InlineHandler<T> } = {
  text: (node, ctx) => ctx.text(node.value),

  emphasis: (node, ctx) => [h('em', {}, renderInlines(node.children, ctx))],

  strong: (node, ctx) => [h('strong', {}, renderInlines(node.children, ctx))],

  delete: (node, ctx) => [h('del', {}, renderInlines(node.children, ctx))],

  script: (node, ctx) => [h(node.kind, {}, renderInlines(node.children, ctx))],

  code: (node, ctx) => [h('code', {}, ctx.text(node.value))],

  link: (node, ctx) => {
    const properties: Properties = { href: ctx.href(node.url) };
    if (node.title !== undefined) properties.title = node.title;
    return [h('a', properties, renderInlines(node.children, ctx))];
  },

  /**
   * `<sup><a epub:type="noteref">N</a></sup>`: the superscript stays outside the
   * link so the link's content is the bare number. The DAISY Knowledge Base
   * (Notes) accepts <sup> for note references and notes that, while support
   * for announcing doc-noteref is thin, it gives assistive technology context;
   * Apple Books decides on the pop-up from the link's epub:type and target,
   * which this keeps simple: a plain link to an aside epub:type="footnote".
   */
  noteRef: (node, ctx) => {
    const { id, href } = ctx.noteRef(node.number, node.occurrence);
    return [h('sup', {}, [h('a', { 'epub:type': 'noteref', role: 'doc-noteref', id, href }, [{ type: 'text', value: String(shownNoteNumber(node.number, ctx.book.doc.noteChapters)) }])])];
  },

  break: (_node, ctx) => {
    ctx.boundary();
    return [h('br')];
  },

  image: (node, ctx) => [imageElement(node.image, ctx)],

  /**
   * MathML, its TeX as alttext. The TeX is what the words are counted in (as
   * the PDF's text layer gives it): a page that starts at the formula puts
   * its page break before it. A display formula stands apart from the words around it.
   */
  math: (node, ctx) => {
    if (node.display) ctx.boundary();
    const breaks = ctx.text(node.tex).filter((child) => child.type !== 'text');
    if (node.display) ctx.boundary();
    return [...breaks, node.formula === undefined ? h('code', {}, [{ type: 'text', value: node.tex }]) : mathElement(node.formula.mathml)];
  },

  /** An empty element that only holds the id, as the print page-break markers are. */
  anchor: (node, ctx) => [h('span', { id: ctx.book.plan.anchorIds.get(node.id) ?? node.id })],
};

export function renderInlines(nodes: readonly Inline[], ctx: EpubContext): ElementContent[] {
  return nodes.flatMap((node) => {
    const handler = handlers[node.type] as InlineHandler<typeof node.type> | undefined;
    // The Document type is closed; a new inline type must get a handler, not vanish.
    if (handler === undefined) throw new Error(`the EPUB writer has no handler for inline type "${String(node.type)}"`);
    return handler(node as never, ctx);
  });
}

/**
 * An image with its natural size in CSS pixels (its pixels at its declared
 * resolution, as the PDF prints it: a 300-ppi scan is not shown three times as
 * wide), and the size the manuscript asks for; an empty alt stays empty (a
 * decorative image).
 */
export function imageElement(image: ImageRef, ctx: EpubContext): Element {
  const css = (points: number): number => Math.max(1, Math.round((points * 4) / 3));
  const size = image.natural === undefined ? { width: image.width, height: image.height } : { width: css(image.natural.width), height: css(image.natural.height) };
  const properties: Properties = { src: ctx.imageSrc(image), alt: image.alt, ...size };
  if (image.title !== undefined) properties.title = image.title;
  if (image.size !== undefined) properties.style = sizeStyle(image.size);
  return h('img', properties);
}

/**
 * Pandoc's `width` and `height` as CSS, as its HTML writer gives them; a
 * height in % is of the page (`vh`), as the PDF takes it of the text block,
 * since a percentage of a figure's own height means nothing to CSS. The
 * stylesheet's `max-width: 100%` keeps it within the text; given a height, the
 * picture fits inside the box that leaves (or that both lengths make), its
 * aspect kept, as in the PDF.
 */
function sizeStyle(size: ImageSize): string {
  const css = (length: ImageLength, percent: string): string => `${Number(length.value.toFixed(2))}${length.unit === '%' ? percent : length.unit}`;
  const rules = [
    ...(size.width === undefined ? [] : [`width: ${css(size.width, '%')}`]),
    ...(size.height === undefined ? [] : [`height: ${css(size.height, 'vh')}`]),
    ...(size.height === undefined ? [] : ['object-fit: contain']),
  ];
  return rules.join('; ');
}
