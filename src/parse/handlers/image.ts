// An image in running text: the local file, or for a web address its alt text, with a warning.
import type { Image, ImageReference } from 'mdast';
import type { Inline } from '../../document.ts';
import { altChildren } from '../image-alt.ts';
import { isRemote } from '../image-file.ts';
import type { ParseContext } from '../context.ts';
import type { PhrasingHandler } from './types.ts';

export const image: PhrasingHandler<'image'> = (node, ctx) => {
  if (isRemote(node.url)) return remoteImage(node, ctx, node.url);
  const ref = ctx.image(node, node.url, node.alt ?? '', node.title);
  return ref ? [{ type: 'image', image: ref }] : altInlines(node, ctx);
};

/** The image's description as written, citations, emphasis and math included (image-alt.ts). */
export function altInlines(node: Image | ImageReference, ctx: ParseContext): Inline[] {
  const children = altChildren(node);
  if (children !== undefined) return ctx.phrasing(children);
  const alt = node.alt ?? '';
  return alt.trim() === '' ? [] : [{ type: 'text', value: alt }];
}

/** A remote image's alt text, as a reader without network sees it; the warning names the address. */
export function remoteImage(node: Image | ImageReference, ctx: ParseContext, url: string): Inline[] {
  const alt = node.alt ?? '';
  ctx.warning(node, `remote image "${url}" is not fetched (Galley never uses the network); ${alt.trim() === '' && altChildren(node) === undefined ? 'it has no alt text, so nothing' : 'its alt text'} is shown instead`);
  return altInlines(node, ctx);
}
