// Pandoc's implicit figure: a paragraph holding one image alone (white space
// and Pandoc attributes after it or its link aside), perhaps wrapped in a
// link, is a figure. Read by the paragraph handler, which makes the figure,
// and by the pass that numbers pandoc-crossref's figures (crossref-targets.ts).
import type { Image, ImageReference, Link, LinkReference, PhrasingContent } from 'mdast';
import { withoutInlineAttributes } from './inline-attributes.ts';

export interface LoneImage {
  /** With its attribute block kept (inline-attributes.ts): its id is the figure's. */
  readonly image: Image | ImageReference;
  readonly link?: Link | LinkReference;
}

/** The image `children` (a paragraph's) hold alone, if they do; `source` is the text their offsets index. */
export function loneImage(children: readonly PhrasingContent[], source: string): LoneImage | undefined {
  const only = single(withoutInlineAttributes(children, source));
  if (only?.type === 'image' || only?.type === 'imageReference') return { image: only };
  if (only?.type === 'link' || only?.type === 'linkReference') {
    const inner = single(withoutInlineAttributes(only.children, source));
    if (inner?.type === 'image' || inner?.type === 'imageReference') return { image: inner, link: only };
  }
  return undefined;
}

function single(children: readonly PhrasingContent[]): PhrasingContent | undefined {
  const meaningful = children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  return meaningful.length === 1 ? meaningful[0] : undefined;
}
