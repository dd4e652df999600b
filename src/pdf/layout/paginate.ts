// Pagination with footnotes as page insertions. Boxes fill a page from the
// top; a box citing a note costs its own height plus the note's (and the
// separator, once per page). Breaks fall only where no keep forbids them; when
// the next box does not fit, the page ends at the last allowed break (a short
// page rather than a widow). A note whose citing line fits but which does not
// fit itself is split, at least `noteMinLines` lines staying with its citation
// and as many going on, first among the next page's notes. A page ends after
// a hyphenated line only when ending it elsewhere would leave it short even
// once its gaps are stretched, and in a two-sided layout never on a recto,
// where the reader would turn the leaf mid-word.
import { opensSection } from './flow.ts';
import type { FlowBox, FlowItem } from './flow.ts';
import { fillPage } from './page-fill.ts';
import { NO_LEAVE } from './page-state.ts';
import { freeSpace, stretchPage } from './page-stretch.ts';
import type { StretchOptions } from './page-stretch.ts';

export interface PaginateOptions {
  /** Height of the text block. */
  readonly height: number;
  /** Space the note separator takes (gap, rule, gap), once per page with notes. */
  readonly separator: number;
  /** Space between two notes. */
  readonly noteSpacing: number;
  /** Fewest lines of a note kept on its citation's page when it must split. */
  readonly noteMinLines: number;
  /** Room a note carried over leaves for text on its new page (when text remains). */
  readonly bodyReserve: number;
  /** Free space past which a page counts as short, unless a heading opens the next. */
  readonly shortPage: number;
  /** How the page's gaps will stretch (page-stretch.ts); its line is the least a page must gain to end on a broken word. */
  readonly stretch: StretchOptions;
  /** Pages face each other, the first a recto (odd pages: rectos). */
  readonly twoSided: boolean;
}

export interface PlacedBox {
  readonly box: FlowBox;
  /** From the top of the text block. */
  readonly y: number;
  /** A table header repeated on a continuation page. */
  readonly repeated: boolean;
  /** Natural height of the glue between blocks just above it (null: none, or the page's top). */
  readonly gap: number | null;
}

/** A note, or the part of one, set on a page. */
export interface NotePart {
  readonly note: number;
  readonly boxes: readonly FlowBox[];
  /** This part continues a note begun on an earlier page. */
  readonly continued: boolean;
  /** The note goes on to the next page. */
  readonly split: boolean;
}

export interface PageFrame {
  readonly body: readonly PlacedBox[];
  readonly notes: readonly NotePart[];
  /** Height of the note area including the separator; 0 without notes. */
  readonly notesHeight: number;
  /** The break had to violate a keep (no allowed break on the page). */
  readonly forced: boolean;
  /** Index into the flow where the next page resumes. */
  readonly next: number;
}

export function paginate(flow: readonly FlowItem[], notes: ReadonlyMap<number, readonly FlowBox[]>, options: PaginateOptions): PageFrame[] {
  const pages: PageFrame[] = [];
  const placedNotes = new Set<number>();
  let carry: NotePart[] = [];
  let index = 0;
  const nextBox = (from: number): number => {
    let i = from;
    while (i < flow.length && flow[i]?.kind === 'glue') i++;
    return i;
  };
  // Page breaks after the last text open no page.
  let end = flow.length;
  while (end > 0 && (flow[end - 1]?.kind === 'glue' || (flow[end - 1] as FlowBox).pageBreak)) end -= 1;
  for (;;) {
    index = nextBox(index);
    if (index >= end && carry.length === 0) break;
    // Two-sided, the first page and every other one after it are rectos.
    const recto = options.twoSided && pages.length % 2 === 0;
    const frame = fullerPage(flow, index, carry, notes, placedNotes, options, recto);
    for (const part of frame.notes) placedNotes.add(part.note);
    carry = frame.carry;
    pages.push(frame.page);
    index = frame.page.next;
  }
  return pages;
}

/**
 * The page with its keeps; if that leaves it short even once its gaps are
 * stretched, the page allowed to end after a hyphenated line (never on a
 * recto, where the reader turns the leaf) or between a lead-in and what it
 * introduces instead, when that brings at least a line more.
 */
function fullerPage(
  flow: readonly FlowItem[],
  start: number,
  carry: readonly NotePart[],
  notes: ReadonlyMap<number, readonly FlowBox[]>,
  placed: ReadonlySet<number>,
  options: PaginateOptions,
  recto: boolean,
): ReturnType<typeof fillPage> {
  const strict = fillPage(flow, start, carry, notes, placed, options, NO_LEAVE);
  const following = flow.slice(strict.page.next).find((item) => item.kind === 'box');
  if (following === undefined || opensSection(following)) return strict;
  if (freeSpace(stretchPage(strict.page, options.stretch), options.height) <= options.shortPage) return strict;
  const relaxed = fillPage(flow, start, carry, notes, placed, options, { brokenWords: !recto, leadIns: true });
  const free = freeSpace(strict.page, options.height);
  return !relaxed.page.forced && freeSpace(relaxed.page, options.height) <= free - options.stretch.line ? relaxed : strict;
}
