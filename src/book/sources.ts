// One Sources list for the whole book (theme `book.sources: end`, the
// default): parse puts a list after each chapter that cites; here those lists
// leave their chapters, and one unnumbered chapter at the book's end holds
// every entry once, in the order the CSL style gives the union of the cited
// sources (citeproc sorts them as it would for one manuscript citing them
// all), and every citation links to it.
import { dirname } from 'node:path';
import type { Book, Chapter } from '../document/book.ts';
import type { Block, Inline, ListItem } from '../document.ts';
import { mapInlineNodes, mapInlines } from '../document/visit.ts';
import { Diagnostics, type Diagnostic } from '../diagnostics.ts';
import { render, EngineError } from '../cite/engine.ts';
import { chooseLocale } from '../cite/locale.ts';
import { loadSources, type CitationSettings } from '../cite/sources.ts';
import type { Style } from '../cite/style.ts';
import { styleOf } from '../parse/index.ts';
import { Slugger } from '../util/slug.ts';
import { chapterId, chapterPrefix } from './anchors.ts';

/**
 * `book` with one Sources chapter at its end (titled `title`) in place of each
 * chapter's own list; as it was when no chapter lists a source, or, with a
 * warning at `csl:`, when the style numbers its sources: each chapter numbers
 * its citations from 1, so only its own list matches them.
 */
export function sourcesAtEnd(book: Book, title: string, settings: CitationSettings): { book: Book; warnings: Diagnostic[] } {
  const lists = book.chapters.some((chapter) => chapter.document.blocks.some((block) => block.type === 'list' && block.bibliography === true));
  if (!lists) return { book, warnings: [] };
  const folder = dirname(book.path);
  const style = styleOf(settings, folder, new Diagnostics(book.path));
  if (NUMBERED.test(style.xml())) {
    const at = settings.csl?.at ?? { line: 1, column: 1 };
    const message = `CSL style "${style.name}" numbers its sources, and each chapter numbers them from 1: the sources are listed after each chapter, not once at the end (theme book.sources)`;
    return { book, warnings: [{ severity: 'warning', file: book.path, line: at.line, column: at.column, message }] };
  }
  return { book: gathered(book, title, settings, style), warnings: [] };
}

/** A style whose citations print the source's number ([1]). */
const NUMBERED = /<citation[\s>][\s\S]*?citation-number[\s\S]*?<\/citation>/u;

function gathered(book: Book, title: string, settings: CitationSettings, style: Style): Book {
  const number = book.chapters.length + 1;
  const entries = new Map<string, ListItem>();
  const moved = new Map<string, string>();
  const chapters = book.chapters.map((chapter): Chapter => {
    const own = chapterPrefix(chapter.number);
    const blocks: Block[] = [];
    for (const block of chapter.document.blocks) {
      if (block.type !== 'list' || block.bibliography !== true) {
        blocks.push(block);
        continue;
      }
      // Parse sets the list under a heading of its own: both leave.
      if (blocks.at(-1)?.type === 'heading') blocks.pop();
      for (const item of block.items) {
        const key = item.id?.startsWith(own) === true ? item.id.slice(own.length) : item.id;
        if (key === undefined) continue;
        const id = `${chapterPrefix(number)}${key}`;
        moved.set(`#${item.id ?? ''}`, `#${id}`);
        if (!entries.has(key)) entries.set(key, { ...item, id });
      }
    }
    return { ...chapter, document: { ...chapter.document, blocks } };
  });

  const relink = (inlines: readonly Inline[]): Inline[] =>
    mapInlineNodes(inlines, (node) => (node.type === 'link' && moved.has(node.url) ? [{ ...node, url: moved.get(node.url) ?? node.url }] : [node]));
  const linked = chapters.map((chapter): Chapter => ({
    ...chapter,
    document: {
      ...chapter.document,
      blocks: mapInlines(chapter.document.blocks, relink),
      notes: chapter.document.notes.map((note) => ({ ...note, children: mapInlines(note.children, relink) })),
    },
  }));
  const items = ordered(entries, settings, style, book);
  const list: Block = { type: 'list', ordered: false, start: 1, spread: false, bibliography: true, items };
  const sources: Chapter = {
    number,
    title,
    id: chapterId(number),
    unnumbered: true,
    backMatter: true,
    document: { path: book.path, source: Buffer.alloc(0), metadata: { ...book.metadata, title }, blocks: [list], notes: [] },
  };
  return { ...book, chapters: [...linked, sources] };
}

/**
 * The entries in the style's order for them all; one whose source book.yaml
 * does not hold (a chapter citing its own bibliography) keeps its place after them.
 */
function ordered(entries: ReadonlyMap<string, ListItem>, settings: CitationSettings, style: Style, book: Book): ListItem[] {
  const all = [...entries.values()];
  const library = loadSources(settings, book.path, dirname(book.path), new Diagnostics(book.path));
  if (library === null) return all;
  // Parse anchors an entry at the slug of `src-` and its source's id.
  const idOf = new Map([...library.entries.keys()].map((id) => [new Slugger().slug(`src-${id}`), id]));
  const cited = [...entries.keys()].flatMap((key) => {
    const entry = library.entries.get(idOf.get(key) ?? '');
    return entry === undefined ? [] : [{ key, entry }];
  });
  let order: readonly string[];
  try {
    const rendered = render({ style: style.xml(), locale: chooseLocale(book.metadata.lang).tag, items: cited.map(({ entry }) => entry.item), clusters: [], authorsOf: [] });
    order = (rendered.bibliography ?? []).map(({ id }) => id);
  } catch (error) {
    // The chapters were formatted with this style: a failure was reported there.
    if (!(error instanceof EngineError)) throw error;
    return all;
  }
  const rank = new Map(cited.map(({ key, entry }) => [key, order.indexOf(entry.id)]));
  const place = (key: string): number => {
    const at = rank.get(key) ?? -1;
    return at < 0 ? Number.MAX_SAFE_INTEGER : at;
  };
  return [...entries.entries()].map(([key, item], i) => ({ key, item, i })).sort((a, b) => place(a.key) - place(b.key) || a.i - b.i).map(({ item }) => item);
}
