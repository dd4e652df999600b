// A Pandoc fenced div (parse/fenced-divs.ts): its blocks, as Pandoc's PDF
// writer sets them, the div itself printing nothing. Its id is a place links
// lead to (an anchor, as an HTML `<a id>` is). A Quarto callout
// (`::: {.callout-warning}`) is Galley's callout of that kind, as a GitHub
// alert is, its `title` attribute set in bold as the callout's first line;
// so is an admonition (`:::tip`, `::: warning`, `:::info Title`), which
// Docusaurus and other site generators draw as a box.
// A `#refs` div is where Pandoc's citeproc puts the list of sources, and so
// does Galley (cite/sources-place.ts): it keeps a place after its blocks.
import type { Anchor, PhrasingContent } from 'mdast';
import { CALLOUT_KINDS, type Block, type CalloutKind } from '../../document.ts';
import { sourcesPlaceholder } from '../../cite/sources-place.ts';
import { admonitionKind, SITE_ADMONITIONS } from '../admonition-kinds.ts';
import type { FlowHandler } from './types.ts';

export const fencedDiv: FlowHandler<'fencedDiv'> = (node, ctx) => {
  const { id, classes, pairs } = node.attributes;
  const place: Block[] = [];
  if (id !== undefined) {
    const anchor: Anchor = { type: 'anchor', name: id, ...(node.position ? { position: node.position } : {}) };
    const inlines = ctx.phrasing([anchor as PhrasingContent]);
    if (inlines.length > 0) place.push({ type: 'paragraph', children: inlines });
  }
  const kind = calloutKind(classes);
  if (kind === undefined) return [...place, ...ctx.flow(node.children), ...(id === 'refs' ? [sourcesPlaceholder()] : [])];
  const title: Block[] = pairs['title'] ? [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: pairs['title'] }] }] }] : [];
  return [...place, { type: 'callout', kind, children: [...title, ...ctx.flow(node.children)] }];
};

// Admonitions (Docusaurus, VuePress, markdown-it-container: `:::tip`, `::: warning`) are read in lower
// case, as they write them: a capitalised class (Pandoc's manual: `::: Warning`) stays a plain div, as
// Pandoc sets it.
function calloutKind(classes: readonly string[]): CalloutKind | undefined {
  for (const name of classes) {
    const kind = /^callout-(.+)$/u.exec(name)?.[1];
    if (kind !== undefined && (CALLOUT_KINDS as readonly string[]).includes(kind)) return kind as CalloutKind;
    const admonition = admonitionKind(SITE_ADMONITIONS, name);
    if (admonition !== undefined) return admonition;
  }
  return undefined;
}
