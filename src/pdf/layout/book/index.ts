// A book on one page sequence: each chapter laid out as its own document (its
// notes numbered from 1, its opening sunk), parts on pages of their own, every
// opening on a recto in a two-sided theme (a blank verso put before it when
// needed), then the front matter, whose table of contents knows the pages;
// finally the running heads (book title on versos, chapter title on rectos,
// none on openings) and folios (roman in the front matter, arabic from 1 in
// the body), and every page pointed at the book as one Document; laid out
// again while "p. N" after cross-references moves pages (page-references.ts).
import type { Book, Part } from '../../../document/book.ts';
import { chapterDepth, offsetNotes, type BookDocument } from '../../../document/book-document.ts';
import type { PageStart } from '../../../document.ts';
import type { FontSet } from '../../../fonts.ts';
import { bookLabels, fill } from '../../../theme/book-labels.ts';
import type { Theme } from '../../../theme/types.ts';
import type { Page } from '../../page-model.ts';
import { layoutBlocks } from '../blocks/index.ts';
import type { FlowItem } from '../flow.ts';
import { layoutContext, paginateFlow, shortPageOptions } from '../index.ts';
import { fillShortPages } from '../page-looseness.ts';
import { layoutNotes } from '../notes.ts';
import { buildReport, type LayoutReport } from '../report.ts';
import { runningContent } from '../running.ts';
import { frontBlocks, layoutFront, type TocEntry } from './front.ts';
import { layoutOpening } from './opening.ts';
import { headingChapters, MAX_PASSES, samePages, withPageReferences } from './page-references.ts';
import { inUnit, pointPage, roman } from './pages.ts';

export interface BookLayout {
  /** In order; Page.number is the page's place in the file (1-based). */
  readonly pages: readonly Page[];
  /** Pages before the body (roman folios); the body's page 1 follows them. */
  readonly frontPages: number;
  /** Body page (arabic) each chapter opens on, by chapter number - 1. */
  readonly chapterPages: readonly number[];
  /** Where each body page begins in the book Document (the EPUB's page list); blank pages have none. */
  readonly pageStarts: readonly PageStart[];
  /** The layout report of each chapter. */
  readonly reports: readonly LayoutReport[];
  /** The page label (as printed) each destination is on. */
  readonly destinationPages: ReadonlyMap<string, string>;
}

/** A page laid out, before its place in the book is known. */
interface Sheet {
  readonly page: Page | null;
  /** Heads name this (the chapter title); null: front matter. */
  readonly chapter: string | null;
  readonly opening: boolean;
  readonly folio: boolean;
}

const BLANK: Sheet = { page: null, chapter: null, opening: false, folio: false };

export function layoutBook(book: Book, whole: BookDocument, theme: Theme, fonts: FontSet, typeface: string): BookLayout {
  const first = layoutPass(book, whole, theme, fonts, typeface);
  if (!theme.book.pageReferences) return first;
  const owner = headingChapters(book);
  const label = bookLabels(theme, book.metadata.lang).pageReference;
  let pages = first.destinationPages;
  let layout = first;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    layout = layoutPass(withPageReferences(book, owner, pages, label), whole, theme, fonts, typeface);
    if (samePages(pages, layout.destinationPages, owner)) break;
    pages = layout.destinationPages;
  }
  return layout;
}

function layoutPass(book: Book, whole: BookDocument, theme: Theme, fonts: FontSet, typeface: string): BookLayout {
  const twoSided = theme.page.twoSided;
  const toRecto = (sheets: Sheet[]): void => {
    if (twoSided && sheets.length % 2 === 1) sheets.push(BLANK);
  };
  const noRunning = () => ({ head: null, folio: null });

  // The body first: its page numbers go into the table of contents.
  const body: Sheet[] = [];
  const starts: (PageStart | null)[] = [];
  const chapterPages: number[] = [];
  const partPages = new Map<number, number>();
  const reports: LayoutReport[] = [];
  const labels = bookLabels(theme, book.metadata.lang);
  const partLabel = (part: Part): string => fill(labels.part, { number: roman(part.number).toUpperCase() });
  const shown = chapterNumbers(book.chapters);
  const numberOf = (chapter: { readonly number: number }): number | null => shown[chapter.number - 1] ?? null;
  // Structure element ids run on through the book (paint keeps elements by id); units order them.
  let elements = 0;
  let unit = 0;
  // book.yaml's hyphenation words hold in every chapter, a chapter's own after them.
  const context = (lang: string, dir?: 'rtl' | 'ltr', words: readonly string[] = []): ReturnType<typeof layoutContext> => {
    const base = layoutContext(theme, fonts, lang, dir, [...(book.metadata.hyphenation ?? []), ...words]);
    base.state.elements = elements;
    return base;
  };
  for (const chapter of book.chapters) {
    const part = chapter.part === undefined ? undefined : book.parts[chapter.part - 1];
    if (part !== undefined && !partPages.has(part.number)) {
      toRecto(body);
      while (starts.length < body.length) starts.push(null);
      const base = context(book.metadata.lang);
      const flow = layoutOpening({ label: partLabel(part), title: part.title, id: part.id, outlineDepth: 1 }, base);
      const { pages } = paginateFlow(flow, new Map(), base, noRunning);
      elements = base.state.elements;
      unit += 1;
      partPages.set(part.number, body.length + 1);
      const block = whole.partBlock[part.number - 1] ?? 0;
      for (const page of pages) {
        body.push({ page: pointPage(page, { opening: block, offset: 0, notes: 0, unit }), chapter: null, opening: true, folio: false });
        starts.push({ page: body.length, block, word: 0 });
      }
      // A part's title stands alone: in a two-sided book its verso is blank.
      if (twoSided) {
        body.push(BLANK);
        starts.push(null);
      }
    }
    toRecto(body);
    while (starts.length < body.length) starts.push(null);
    const noteOffset = whole.noteOffset[chapter.number - 1] ?? 0;
    // Numbered through the book (theme book.notes), the chapter's notes are laid out with the book's numbers.
    const through = theme.book.notes === 'book';
    const doc = through ? offsetNotes(chapter.document, noteOffset) : chapter.document;
    const depth = chapterDepth(chapter);
    const { pages, frames, paragraphs, laidElements } = fillShortPages((looser) => {
      const base = { ...context(doc.metadata.lang, doc.metadata.dir, doc.metadata.hyphenation), looser };
      const flow: FlowItem[] = [
        ...layoutOpening({ ...(numberOf(chapter) === null ? {} : { label: fill(labels.chapter, { number: numberOf(chapter) ?? '' }) }), title: chapter.title, id: chapter.id, outlineDepth: depth }, base),
        ...layoutBlocks(doc.blocks, base, { firstIndex: 0 }).items,
      ];
      const paginated = paginateFlow(flow, layoutNotes(doc, base), base, noRunning);
      return { ...paginated, paragraphs: base.state.paragraphs, laidElements: base.state.elements };
    }, shortPageOptions(theme));
    elements = laidElements;
    unit += 1;
    reports.push(buildReport(frames, paragraphs, theme.pagination));
    chapterPages.push(body.length + 1);
    const first = whole.chapterBlock[chapter.number - 1] ?? 0;
    const at = { opening: first, offset: first + 1, notes: through ? 0 : noteOffset, depth, unit };
    pages.forEach((page, i) => {
      body.push({ page: pointPage(page, at), chapter: chapter.title, opening: i === 0, folio: true });
      const start = page.start.block < 0 ? { block: first, word: 0 } : { block: first + 1 + page.start.block, word: page.start.word };
      starts.push({ page: body.length, ...start });
    });
  }

  const toc: TocEntry[] = [];
  for (const chapter of book.chapters) {
    const part = chapter.part === undefined ? undefined : book.parts[chapter.part - 1];
    if (part !== undefined && !toc.some((e) => e.destination === part.id)) {
      toc.push({ text: `${partLabel(part)}  ${part.title}`, page: String(partPages.get(part.number) ?? ''), destination: part.id, level: 0 });
    }
    const number = numberOf(chapter);
    toc.push({ text: number === null ? chapter.title : `${number}  ${chapter.title}`, page: String(chapterPages[chapter.number - 1] ?? ''), destination: chapter.id, level: 1 });
  }
  const blocks = frontBlocks(book, typeface, toc, labels);
  const front: Sheet[] = [];
  const base = context(book.metadata.lang);
  for (const section of layoutFront(book, typeface, toc, labels, base)) {
    if (section.recto) toRecto(front);
    const { pages } = paginateFlow(section.flow, new Map(), base, noRunning);
    // The title block's bookmark would put every chapter under the title.
    const inFront = (items: Page['items']): Page['items'] => items.map((item) => (item.kind === 'rule' ? item : { ...item, tag: inUnit(item.tag, 0) }));
    pages.forEach((page, i) =>
      front.push({ page: { ...page, items: inFront(page.items), notes: inFront(page.notes), outline: page.outline.filter((e) => e.depth > 0) }, chapter: null, opening: i === 0, folio: section.folio }),
    );
  }
  // The body starts on a recto even in one-sided themes' print files, and the parity of pages is kept.
  if (front.length % 2 === 1) front.push(BLANK);

  const { page: size, margins } = theme;
  const height = size.height - margins.top - margins.bottom;
  const width = size.width - margins.inner - margins.outer;
  const sheets = [...front, ...body];
  const pages = sheets.map((sheet, i): Page => {
    const number = i + 1;
    const inFront = i < front.length;
    const label = inFront ? roman(number) : String(number - front.length);
    const left = twoSided && number % 2 === 0 ? margins.outer : margins.inner;
    const verso = twoSided && number % 2 === 0;
    const geometry = { number, left, top: margins.top, bottom: margins.top + height, width, section: sheet.chapter };
    const texts = { head: sheet.opening || sheet.chapter === null ? null : verso ? book.metadata.title : sheet.chapter, folio: sheet.folio && !(sheet.opening && theme.running.folio === 'head-outer') ? label : null };
    const running = sheet.page === null ? { head: null, folio: null } : runningContent(geometry, book.metadata.title, theme, fonts, texts);
    const laid = sheet.page;
    return {
      number,
      width: size.width,
      height: size.height,
      items: laid?.items ?? [],
      notes: laid?.notes ?? [],
      destinations: laid?.destinations ?? [],
      outline: laid?.outline ?? [],
      head: running.head,
      folio: running.folio,
      start: { page: number, block: -1, word: 0 },
    };
  });
  const pageStarts = starts.flatMap((start) => (start === null ? [] : [start]));
  const destinationPages = new Map(pages.flatMap((page, i) => page.destinations.map((d): [string, string] => [d.name, i < front.length ? roman(i + 1) : String(i + 1 - front.length)])));
  return { pages: offsetBlocks(pages, front.length, blocks.length), frontPages: front.length, chapterPages, pageStarts, reports, destinationPages };
}

/** A title that carries its own number ("Chapter 1: Scope", "Appendix A. Practice") takes no second one. */
function numbersItself(title: string): boolean {
  return /^(?:chapter|appendix|part)\s+[\p{L}\p{N}]+\b/iu.test(title);
}

/** Front and back matter that LaTeX's book class sets with \chapter*: no number of its own. */
const UNNUMBERED = /^(?:preface|foreword|prologue|epilogue|afterword|acknowledge?ments|about this book|about the authors?)$/iu;

/**
 * The number each chapter's opening and contents entry show (null: none): none
 * for a chapter its author marked unnumbered, or whose title is front or back
 * matter or numbers itself; the numbered chapters count 1, 2, … without the others.
 */
export function chapterNumbers(chapters: readonly { readonly title: string; readonly unnumbered?: true }[]): (number | null)[] {
  let count = 0;
  return chapters.map(({ title, unnumbered }) => (unnumbered === true || numbersItself(title) || UNNUMBERED.test(title.trim()) ? null : ++count));
}

/** The body's lines point past the front matter's blocks, which come first in the book's block numbering. */
function offsetBlocks(pages: readonly Page[], frontPages: number, frontBlocks: number): Page[] {
  return pages.map((page, i) => {
    if (i < frontPages) return page;
    const shift = <T extends Page['items'][number]>(item: T): T => (item.kind === 'line' && item.block >= 0 ? { ...item, block: item.block + frontBlocks } : item);
    return { ...page, items: page.items.map(shift), notes: page.notes.map(shift) };
  });
}
