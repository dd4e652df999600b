// Layout: Document + Theme + fonts → pages. Pure: nothing here touches pdfkit.
import type { Document, PageStart } from '../../document.ts';
import type { FontSet } from '../../fonts.ts';
import type { Theme } from '../../theme/types.ts';
import type { Destination, Page, PageItem, PlacedLine } from '../page-model.ts';
import { layoutBlocks } from './blocks/index.ts';
import type { LayoutContext } from './context.ts';
import { inReadingOrder, shiftDestinations, shiftItems } from './flow.ts';
import type { FlowBox, FlowItem } from './flow.ts';
import { layoutNotes } from './notes.ts';
import { paginate } from './paginate.ts';
import { fillShortPages } from './page-looseness.ts';
import type { LoosenessOptions } from './page-looseness.ts';
import { stretchPages } from './page-stretch.ts';
import type { PageFrame } from './paginate.ts';
import { buildReport } from './report.ts';
import type { LayoutReport } from './report.ts';
import { documentDirection } from '../../document/direction.ts';
import { primaryLanguage } from '../../util/language.ts';
import { bookLabels } from '../../theme/book-labels.ts';
import { joinBars } from './bars.ts';
import { runningContent, type PageFrameGeometry } from './running.ts';
import { layoutTitleBlock } from './title-block.ts';

export type { LayoutReport } from './report.ts';

export interface LayoutResult {
  readonly pages: readonly Page[];
  readonly report: LayoutReport;
}

export function layoutDocument(doc: Document, theme: Theme, fonts: FontSet): LayoutResult {
  const { pages, frames, paragraphs } = fillShortPages((looser) => {
    const base = { ...layoutContext(theme, fonts, doc.metadata.lang, doc.metadata.dir, doc.metadata.hyphenation), looser };
    const flow: FlowItem[] = [...layoutTitleBlock(doc.metadata, base), ...layoutBlocks(doc.blocks, base, { firstIndex: 0 }).items];
    const paginated = paginateFlow(flow, layoutNotes(doc, base), base, (page) => runningContent(page, doc.metadata.title, theme, fonts));
    return { ...paginated, paragraphs: base.state.paragraphs };
  }, shortPageOptions(theme));
  return { pages, report: buildReport(frames, paragraphs, theme.pagination) };
}

/** How short a page may stop before its paragraphs are set looser to fill it (page-looseness.ts). */
export function shortPageOptions(theme: Theme): LoosenessOptions {
  const { page, margins, body } = theme;
  return { height: page.height - margins.top - margins.bottom, line: body.leading, short: SHORT_PAGE_LINES * body.leading };
}

/**
 * The context every block of a document (or a book's chapter) is laid out in:
 * the full measure, body text; `words`: the manuscript's hyphenation words.
 */
export function layoutContext(theme: Theme, fonts: FontSet, lang: string, dir?: 'rtl' | 'ltr', words: readonly string[] = []): LayoutContext {
  const { page, margins } = theme;
  const direction = documentDirection(dir, lang);
  const language = primaryLanguage(lang);
  const ideographic = language === 'zh' || language === 'ja' ? theme.body.ideographicIndent[language] : undefined;
  return {
    theme,
    fonts,
    lang: theme.hyphenation.enabled ? lang : null,
    hyphenationWords: [...theme.hyphenation.words, ...words],
    labels: bookLabels(theme, lang),
    text: { size: theme.body.size, leading: theme.body.leading, italic: false },
    width: page.width - margins.inner - margins.outer,
    role: 'P',
    block: -1,
    wordBase: 0,
    indentFirst: ideographic !== undefined,
    paragraphIndent: { width: ideographic ?? theme.body.paragraphIndent, everyParagraph: ideographic !== undefined },
    listDepth: 0,
    note: null,
    structure: null,
    state: { paragraphs: [], refsSeen: new Set(), elements: 0 },
    ...(direction === undefined ? {} : { direction }),
  };
}

// A page may stop this many lines short of its notes or foot, once its gaps
// are stretched, before a word is broken across its turn to fill it.
const SHORT_PAGE_LINES = 2;

/** What goes in a page's head and folio, once its place and section are known. */
export type Running = (page: PageFrameGeometry) => { head: PlacedLine | null; folio: PlacedLine | null };

/** A flow and its notes → pages numbered from 1 (rectos odd), with their running content. */
export function paginateFlow(flow: readonly FlowItem[], notes: ReadonlyMap<number, readonly FlowBox[]>, base: LayoutContext, running: Running): { pages: Page[]; frames: PageFrame[] } {
  const { theme } = base;
  const { page, margins } = theme;
  const width = base.width;
  const height = page.height - margins.top - margins.bottom;
  const separator = theme.notes.separatorSpace + theme.notes.separatorThickness + theme.notes.ruleGap;
  const stretch = { height, line: theme.body.leading, gapStretch: theme.pagination.gapStretch, flush: page.twoSided };
  const paginated = paginate(flow, notes, {
    height,
    separator,
    noteSpacing: theme.notes.spacing,
    noteMinLines: theme.pagination.noteMinLines,
    bodyReserve: theme.pagination.orphans * theme.body.leading,
    shortPage: SHORT_PAGE_LINES * theme.body.leading,
    stretch,
    twoSided: page.twoSided,
  });
  const frames = stretchPages(paginated, stretch);

  const starts = pageStarts(frames, flow);
  let section: string | null = null;
  const pages = frames.map((frame, i): Page => {
    const number = i + 1;
    // Two-sided: odd pages are rectos, their inner margin on the left.
    const left = theme.page.twoSided && number % 2 === 0 ? margins.outer : margins.inner;
    const top = margins.top;
    const items: PageItem[] = [];
    const destinations: Destination[] = [];
    let opening: string | null = null;
    const drawn = frame.body.map((placed) => ({
      box: placed.box,
      // A table header repeated on a continuation page is already in the tree: here it is pagination.
      items: shiftItems(placed.repeated ? placed.box.items.map(asPagination) : placed.box.items, left, top + placed.y),
    }));
    items.push(...joinBars(inReadingOrder(drawn)));
    for (const placed of frame.body) {
      destinations.push(...shiftDestinations(placed.box.destinations, left, top + placed.y));
      if (placed.box.section !== null) {
        opening ??= placed.box.section;
        section = placed.box.section;
      }
    }
    const noteItems: PageItem[] = [];
    if (frame.notes.length > 0) {
      const areaTop = top + height - frame.notesHeight;
      noteItems.push({
        kind: 'rule',
        // A right-to-left text's notes rule starts from the right, where its lines begin.
        x: base.direction === 'rtl' ? left + width - theme.notes.separatorWidth : left,
        y: areaTop + theme.notes.separatorSpace,
        width: theme.notes.separatorWidth,
        thickness: theme.notes.separatorThickness,
        role: 'Artifact',
      });
      let y = areaTop + separator;
      frame.notes.forEach((part, p) => {
        if (p > 0) y += theme.notes.spacing;
        for (const b of part.boxes) {
          noteItems.push(...shiftItems(b.items, left, y));
          destinations.push(...shiftDestinations(b.destinations, left, y));
          y += b.height;
        }
      });
    }
    const { head, folio } = running({ number, left, top, bottom: top + height, width, section: opening ?? section });
    return {
      number,
      width: page.width,
      height: page.height,
      items,
      notes: joinBars(noteItems),
      head,
      folio,
      destinations,
      outline: frame.body.flatMap((placed) => placed.box.outline),
      start: starts[i] ?? { page: number, block: -1, word: 0 },
    };
  });
  return { pages, frames };
}

const asPagination = (item: PageItem): PageItem => (item.kind === 'rule' ? item : { ...item, tag: 'Pagination' });

/**
 * Each page's first word. A page holding only notes carried over begins where
 * the text resumes.
 */
function pageStarts(frames: readonly PageFrame[], flow: readonly FlowItem[]): PageStart[] {
  let previous: PageStart | null = null;
  return frames.map((frame, i) => {
    const page = i + 1;
    const first = frame.body.find((placed) => !placed.repeated && placed.box.start !== null)?.box.start;
    const resume = flow.slice(frame.next).find((item) => item.kind === 'box' && item.start !== null);
    const at = first ?? (resume?.kind === 'box' ? resume.start : null) ?? previous ?? { block: -1, word: 0 };
    previous = { page, block: at.block, word: at.word };
    return previous;
  });
}
