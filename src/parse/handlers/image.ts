// An image in running text: the local file, or for a web address its alt text, with a warning.
import type { Image, ImageReference } from 'mdast';
import type { Inline } from '../../document.ts';
import { isRemote } from '../image-file.ts';
import type { ParseContext } from '../context.ts';
import type { PhrasingHandler } from './types.ts';

export const image: PhrasingHandler<'image'> = (node, ctx) => {
  if (isRemote(node.url)) return remoteImage(node, ctx, node.url, node.alt ?? '');
  const ref = ctx.image(node, node.url, node.alt ?? '', node.title);
  return ref ? [{ type: 'image', image: ref }] : altText(node.alt ?? '');
};

/** What stands in for an image that is not drawn: its alt text, if any. */
export function altText(alt: string): Inline[] {
  return alt.trim() === '' ? [] : [{ type: 'text', value: alt }];
}

/** A remote image's alt text, as a reader without network sees it; the warning names the address. */
export function remoteImage(node: Image | ImageReference, ctx: ParseContext, url: string, alt: string): Inline[] {
  ctx.warning(node, `remote image "${url}" is not fetched (Galley never uses the network); ${alt.trim() === '' ? 'it has no alt text, so nothing' : 'its alt text'} is shown instead`);
  return altText(alt);
}
