// Obsidian's wikilinks and embeds, which CommonMark leaves as text:
// `[[Page]]`, `[[Page|shown text]]`, `[[Page#Heading]]`, `[[#Heading]]`,
// `![[image.png]]`, `![[image.png|300]]`, `![[image.png|alt text]]`,
// `![[Other note]]`. Each prints what Obsidian's reading view shows: the
// shown text, else the page name, `Page > Heading` for a heading of it, the
// heading alone for one of this note, which becomes a link to that heading
// (by Pandoc's id for it, as `[text](#id)` reaches it: link-targets.ts), or
// to a block of it (`[[#^id]]`, block-ids.ts). The book holds none of the
// vault's other notes, so a link to one, or one embedded, is its text,
// pointed out once where the first stands. An embedded image is an image as
// `![alt](name)` is, a bare number (`300`, `100x145`) its size in pixels as
// a Pandoc `{width=300}` would be (image-size.ts); marked, so
// vault-attachments.ts may look for it by name in the vault's folders, as
// Obsidian does. Code is never touched: it holds no text nodes.
import type { Image, Link, PhrasingContent, Root, Text } from 'mdast';
import type { Diagnostics } from '../diagnostics.ts';
import { pandocIdentifier } from '../util/slug.ts';
import { LineIndex } from '../util/position.ts';
import { eachNode } from './each-node.ts';
import { pushText } from './text-pieces.ts';

declare module 'mdast' {
  interface ImageData {
    /** Embedded Obsidian's way, `![[name]]`: looked up by name in the vault's folders too (vault-attachments.ts). */
    wikilink?: true;
  }
}

// The target holds no brackets, bar or line end; the shown text no brackets or line end.
const WIKILINK = /(!?)\[\[([^[\]|\n]+)(?:\|([^[\]\n]*))?\]\]/gu;
// What Obsidian shows as a picture when embedded.
const IMAGE = /\.(?:png|jpe?g|gif|bmp|svg|webp|avif)$/iu;
const SIZE = /^(\d+)(?:x(\d+))?$/u;

export function withWikilinks(root: Root, source: string, diagnostics: Diagnostics): Root {
  if (!source.includes('[[')) return root;
  const lines = new LineIndex(source);
  const elsewhere: number[] = [];
  eachNode(root, (node) => {
    if (!('children' in node) || !node.children.some((child) => child.type === 'text' && child.value.includes('[['))) return;
    const children = node.children as PhrasingContent[];
    node.children = children.flatMap((child) => (child.type === 'text' ? linked(child, source, lines, elsewhere) : [child])) as typeof node.children;
  });
  const first = elsewhere[0];
  if (first !== undefined) {
    const { line, column } = lines.point(first);
    const more = elsewhere.length > 1 ? `, and ${elsewhere.length - 1} more after it,` : '';
    diagnostics.warning(line, column, `Obsidian's links to other notes ("[[Page]]", "![[Page]]"): this one${more} printed as text, the notes they name not being in the book`);
  }
  return root;
}

/** A text node with its wikilinks and embeds read; the offsets of those naming another note go to `elsewhere`. */
function linked(node: Text, source: string, lines: LineIndex, elsewhere: number[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let from = 0;
  for (const match of node.value.matchAll(WIKILINK)) {
    const [written, bang, rawTarget = '', shown] = match;
    const target = rawTarget.trim();
    if (target === '') continue;
    pushText(out, node, node.value.slice(from, match.index));
    from = match.index + written.length;
    const offset = sourceOffset(node, match.index, written, source);
    const position = offset === undefined ? undefined : { start: { ...lines.point(offset), offset }, end: { ...lines.point(offset + written.length), offset: offset + written.length } };
    // Not found as written (an entity in it): the text's own place stands in.
    const placed = position ?? node.position;
    const at = placed === undefined ? {} : { position: placed };
    const [page = '', ...headings] = target.split('#').map((part) => part.trim());
    if (bang === '!' && IMAGE.test(page)) {
      out.push(embeddedImage(page, shown, at));
      continue;
    }
    const text = shown?.trim() || [page, ...headings].filter((part) => part !== '').join(' > ');
    const heading = headings.at(-1);
    if (bang === '' && page === '' && heading !== undefined && heading !== '') {
      // A block's identifier (`#^quote`) is its anchor's id as written (block-ids.ts).
      const id = heading.startsWith('^') ? heading.slice(1) : pandocIdentifier(heading);
      const link: Link = { type: 'link', url: `#${id}`, children: [{ type: 'text', value: text, ...at }], ...at };
      out.push(link);
      continue;
    }
    if (page !== '') elsewhere.push(offset ?? node.position?.start.offset ?? 0);
    out.push({ ...node, value: text });
  }
  if (from === 0) return [node];
  pushText(out, node, node.value.slice(from));
  return out;
}

/** An embedded picture: `|300` or `|100x145` its size in pixels, other words after the bar its description. */
function embeddedImage(name: string, shown: string | undefined, at: Pick<Image, 'position'>): Image {
  const parts = (shown ?? '').split('|').map((part) => part.trim());
  const size = SIZE.exec(parts.at(-1) ?? '');
  const alt = (size === null ? parts : parts.slice(0, -1)).join('|');
  const pairs = size === null ? undefined : { width: size[1] ?? '', ...(size[2] === undefined ? {} : { height: size[2] }) };
  const attributes = pairs === undefined ? {} : { attributes: { attributes: { classes: [], pairs }, source: `|${parts.at(-1) ?? ''}` } };
  return { type: 'image', url: name, alt, data: { wikilink: true, ...attributes }, ...at };
}

/** Where in the manuscript the wikilink at `index` of the node's text was written, when it can be found. */
function sourceOffset(node: Text, index: number, written: string, source: string): number | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  if (source.startsWith(written, start + index)) return start + index;
  // Escapes or entities before it make the text shorter than the source; in a table, its bar is written `\|`.
  for (const form of [written, written.replaceAll('|', '\\|')]) {
    const found = source.indexOf(form, start + index);
    if (found >= 0 && found < end) return found;
  }
  return undefined;
}
