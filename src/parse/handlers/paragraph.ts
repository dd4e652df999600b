// A paragraph, or a figure when it holds one image alone (Pandoc's implicit
// figure, lone-image.ts), linked or not: `![alt](a.png)`,
// `[![alt](a.png)](https://…)`, or an HTML <figure> read as such a paragraph
// with its <figcaption> (html-figure.ts); its caption opens with "Figure 1: "
// when pandoc-crossref numbers it (crossref-targets.ts). Or Pandoc's line
// block (line-blocks.ts); a page break for TeX's `\newpage` and its kin,
// nothing for other raw TeX (raw-tex.ts).
import type { Image, ImageReference, Link, LinkReference } from 'mdast';
import type { FigureLink, ImageRef, Inline } from '../../document.ts';
import { isRemote } from '../image-file.ts';
import { loneImage } from '../lone-image.ts';
import type { ParseContext } from '../context.ts';
import { lineBlock } from '../line-blocks.ts';
import { isPageBreak, rawTexParagraph } from '../raw-tex.ts';
import { figcaptionOf } from './html-figure.ts';
import { altInlines } from './image.ts';
import { altChildren } from '../image-alt.ts';
import { inlineText } from '../../text.ts';
import { safeUrl } from './link.ts';
import type { FlowHandler } from './types.ts';
import { warnUnreadGrid } from './unread-grid.ts';

export const paragraph: FlowHandler<'paragraph'> = (node, ctx) => {
  const lone = loneImage(node.children, ctx.text);
  if (lone) {
    const { image, link } = lone;
    const target = image.type === 'image' ? image : ctx.definition(image.identifier);
    const linkTarget = link === undefined || (target && isRemote(target.url)) ? undefined : figureLink(link, ctx);
    if (target && linkTarget !== null && !isRemote(target.url)) {
      // Read once: a citation in it is cited (and in a note style numbered) where it stands.
      const described = altInlines(image, ctx);
      const alt = altChildren(image) === undefined ? (image.alt ?? '') : inlineText(described);
      const ref = ctx.image(image, target.url, alt, target.title);
      const figcaption = figcaptionOf(node);
      const captionText = figcaption === undefined ? undefined : ctx.phrasing(figcaption);
      const id = figureId(image, ctx);
      if (ref) {
        // Obsidian prints an embed's description nowhere (wikilinks.ts): it is the image's alt text alone.
        const embedded = image.type === 'image' && image.data?.wikilink === true;
        const shown = labelled(node.data?.figureLabel, captionText ?? (embedded ? [] : caption(described, ref)));
        return [{ type: 'figure', image: ref, caption: shown, ...(linkTarget ? { link: linkTarget } : {}), ...(id === undefined ? {} : { id }) }];
      }
      // The picture is missing: its alt text stands in for it, and a <figcaption> follows on the next line,
      // in one paragraph, so that a page turn does not part them.
      const shown = [described, captionText ?? []].filter((inlines) => inlines.length > 0);
      const children = shown.flatMap((inlines, i) => (i === 0 ? inlines : [{ type: 'break' as const }, ...inlines]));
      // Links to the figure lead to what stands in for it.
      if (id !== undefined) children.unshift({ type: 'anchor', id });
      return children.length > 0 ? [{ type: 'paragraph', children }] : [];
    }
  }
  const only = rawTexParagraph(node);
  if (only !== null && isPageBreak(only)) return [{ type: 'pageBreak' }];
  if (only !== null) {
    ctx.warning(node, `raw TeX "${only}" is left out: Galley does not run TeX (Pandoc leaves it out of every output but LaTeX)`);
    return [];
  }
  warnUnreadGrid(node, ctx);
  const lines = lineBlock(node.children);
  const children = ctx.phrasing(lines ?? node.children);
  if (children.length === 0) return [];
  return [{ type: 'paragraph', children, ...(lines !== null ? { lines: true as const } : {}) }];
};

/** The id written after the figure's image, `![…](a.png){#fig:a}`, when it is free and valid (else a warning says why not). */
function figureId(image: Image | ImageReference, ctx: ParseContext): string | undefined {
  const wanted = image.data?.attributes?.attributes.id;
  if (wanted === undefined) return undefined;
  const claimed = ctx.slugger.claim(wanted);
  if ('id' in claimed) return claimed.id;
  ctx.warning(image, `figure id "#${wanted}" is not used because ${claimed.reason}`);
  return undefined;
}

/**
 * The link of a linked figure; undefined when the target is unsafe (the
 * figure stays, unlinked, with a warning naming the link); null when a
 * reference link has no definition (then it is no figure but text, as
 * CommonMark reads it).
 */
function figureLink(link: Link | LinkReference, ctx: ParseContext): FigureLink | undefined | null {
  const written = link.type === 'link' ? link : ctx.definition(link.identifier);
  if (!written) return null;
  const target = safeUrl(written.url);
  if ('reason' in target) {
    ctx.warning(link, `link to "${written.url}" around the image is dropped because ${target.reason}; the image is kept`);
    return undefined;
  }
  if (target.url.startsWith('#')) {
    ctx.warning(link, `link to "${written.url}" around the image is dropped: figures link only to web addresses; the image is kept`);
    return undefined;
  }
  return { url: target.url, ...(written.title ? { title: written.title } : {}) };
}

/**
 * As Pandoc: the description is the caption, as written (the title stays the
 * image's title); an image with no description is captioned by its title, if
 * it has one.
 */
function caption(described: Inline[], image: ImageRef): Inline[] {
  if (inlineText(described).trim() !== '' || described.some((inline) => inline.type !== 'text')) return described;
  const title = image.title ?? '';
  return title === '' ? [] : [{ type: 'text', value: title }];
}

/** A pandoc-crossref figure's caption opens with its label, "Figure 1: " (crossref-targets.ts). */
function labelled(label: string | undefined, caption: Inline[]): Inline[] {
  if (label === undefined) return caption;
  return caption.length === 0 ? [{ type: 'text', value: label }] : [{ type: 'text', value: `${label}: ` }, ...caption];
}
