// Anchors made unique in the book: every chapter's heading, figure, table, item and HTML anchor ids take
// the chapter's prefix, its `#` links follow, and links to other chapters
// (written `chapter-2.md#the-front`, kept by parse as XREF links) become `#`
// links to their prefixed anchors, found as a chapter's own `#` links are
// (document/link-targets.ts). A link to a heading that does not exist is
// dropped, with a warning at the link.
import type { Block, Document, Inline, ListItem, Point } from '../document.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { decodeFragment, LinkTargets } from '../document/link-targets.ts';
import { keepSpan } from '../document/position.ts';
import { mapBlocks, mapInlineNodes, mapInlines } from '../document/visit.ts';

/** How parse hands over a link to chapter N: `galley-chapter:N` or `galley-chapter:N#fragment`. */
export const XREF_SCHEME = 'galley-chapter:';

export const chapterId = (n: number): string => `chapter-${n}`;
export const partId = (n: number): string => `part-${n}`;
/** What chapter `n`'s anchors start with. */
export const chapterPrefix = (n: number): string => `c${n}-`;

/** A cross-reference as parse saw it, for the check once every chapter is read. */
export interface CrossReference {
  /** The chapter the link is written in. */
  readonly from: number;
  readonly file: string;
  readonly at: Point;
  readonly url: string;
  readonly written: string;
}

/** The anchors a chapter's text defines (as written, before prefixing). */
export function anchorsOf(blocks: readonly Block[]): LinkTargets {
  return new LinkTargets(blocks);
}

/**
 * Checks the cross-references against the chapters' anchors: the id each one
 * with a fragment reaches, or null (it is to be unlinked) with a warning.
 */
export function checkCrossReferences(refs: readonly CrossReference[], anchors: readonly LinkTargets[]): { reached: Map<string, string | null>; warnings: Diagnostic[] } {
  const reached = new Map<string, string | null>();
  const warnings: Diagnostic[] = [];
  for (const ref of refs) {
    const { chapter, fragment } = parseXref(ref.url);
    if (fragment === undefined) continue;
    const id = anchors[chapter - 1]?.resolve(fragment) ?? null;
    reached.set(ref.url, id);
    if (id !== null) continue;
    const message = `link to "${decodeFragment(ref.written)}" is dropped because that chapter has no heading, anchor or item with the id "${decodeFragment(fragment)}"; its text is kept`;
    warnings.push({ severity: 'warning', file: ref.file, line: ref.at.line, column: ref.at.column, message });
  }
  return { reached, warnings };
}

function parseXref(url: string): { chapter: number; fragment?: string } {
  const rest = url.slice(XREF_SCHEME.length);
  const hash = rest.indexOf('#');
  if (hash < 0) return { chapter: Number(rest) };
  return { chapter: Number(rest.slice(0, hash)), fragment: rest.slice(hash + 1) };
}

/** Chapter `n`'s Document with its anchors prefixed and its links resolved (`reached`: see checkCrossReferences; null loses its link). */
export function prefixAnchors(doc: Document, n: number, reached: ReadonlyMap<string, string | null>): Document {
  const link = (url: string): string | null => {
    if (url.startsWith('#')) return `#${chapterPrefix(n)}${url.slice(1)}`;
    if (!url.startsWith(XREF_SCHEME)) return url;
    const { chapter, fragment } = parseXref(url);
    if (fragment === undefined) return `#${chapterId(chapter)}`;
    const id = reached.has(url) ? (reached.get(url) ?? null) : decodeFragment(fragment);
    return id === null ? null : `#${chapterPrefix(chapter)}${id}`;
  };
  const inlines = (list: readonly Inline[]): Inline[] =>
    mapInlineNodes(list, (node) => {
      if (node.type === 'anchor') return [keepSpan(node, { ...node, id: `${chapterPrefix(n)}${node.id}` })];
      if (node.type !== 'link') return [node];
      const url = link(node.url);
      return url === null ? [...node.children] : [{ ...node, url }];
    });
  const ids = (list: readonly Block[]): Block[] =>
    mapBlocks(list, (block) => {
      if (block.type === 'heading' || ((block.type === 'figure' || block.type === 'table') && block.id !== undefined)) return { ...block, id: `${chapterPrefix(n)}${block.id}` };
      if (block.type === 'list') return { ...block, items: block.items.map((item): ListItem => (item.id !== undefined ? { ...item, id: `${chapterPrefix(n)}${item.id}` } : item)) };
      return block;
    });
  return {
    ...doc,
    blocks: mapInlines(ids(doc.blocks), inlines),
    notes: doc.notes.map((note) => ({ ...note, children: mapInlines(ids(note.children), inlines) })),
  };
}
