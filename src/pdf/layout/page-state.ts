// The state of a page being filled and the small measures its phases share
// (page-fill.ts collects, page-compose.ts composes, page-distribute.ts ends
// the page): heights, how much of a note fits, where a note may split.
import type { FlowBox, FlowItem } from './flow.ts';
import type { NotePart, PaginateOptions, PlacedBox } from './paginate.ts';

// Rounding slack: positions are sums of many fractional leadings.
export const EPSILON = 0.01;

export const heightOf = (boxes: readonly FlowBox[]): number => boxes.reduce((sum, b) => sum + b.height, 0);

/** How many of `boxes`, from the first, fit in `room`. */
export function fitting(boxes: readonly FlowBox[], room: number): number {
  let used = 0;
  let count = 0;
  for (const b of boxes) {
    if (used + b.height > room + EPSILON) break;
    used += b.height;
    count++;
  }
  return count;
}

/** The soft keeps a page is given leave to break, as a last resort against stopping short. */
export interface Leave {
  /** A page may end after a hyphenated line. */
  readonly brokenWords: boolean;
  /** A page may end between a lead-in and what it introduces. */
  readonly leadIns: boolean;
}

export const NO_LEAVE: Leave = Object.freeze({ brokenWords: false, leadIns: false });

/**
 * No page break may follow the box on this page: its own keeps, and a broken
 * word or a lead-in unless the page was given leave to break there.
 */
export const keepsWithNext = (page: Pick<PageState, 'leave'>, box: FlowBox): boolean =>
  box.keepWithNext || (box.brokenWord && !page.leave.brokenWords) || (box.leadIn && !page.leave.leadIns);

/**
 * Lines of a note `length` lines long to keep on the page when `fits` would
 * fit: at least `min` on each side of the split (TeX's and Typst's rule
 * against a lone note line), else 0.
 */
export function splitPoint(length: number, fits: number, min: number): number {
  const keep = Math.min(fits, length - min);
  return keep >= Math.max(1, min) ? keep : 0;
}

/**
 * The notes a box cites that are still to be set, each followed by the notes
 * its own text cites (a note cited only inside another note goes on the same
 * page, after it): depth first, which is the order notes are numbered in.
 */
export function citedNotes(refs: readonly number[], notes: ReadonlyMap<number, readonly FlowBox[]>, done: (note: number) => boolean): number[] {
  const out: number[] = [];
  const visit = (n: number): void => {
    if (!notes.has(n) || done(n) || out.includes(n)) return;
    out.push(n);
    for (const b of notes.get(n) ?? []) for (const m of b.noteRefs) visit(m);
  };
  for (const n of refs) visit(n);
  return out;
}

/** Where the page could end: after this many boxes and note parts, resuming the flow at `next`. */
export interface Checkpoint {
  readonly bodyCount: number;
  readonly partCount: number;
  readonly notesHeight: number;
  readonly next: number;
}

/** The page being filled. */
export interface PageState {
  readonly flow: readonly FlowItem[];
  readonly notes: ReadonlyMap<number, readonly FlowBox[]>;
  readonly placedBefore: ReadonlySet<number>;
  readonly options: PaginateOptions;
  /** The soft keeps this page may break (the last resort against a short page). */
  readonly leave: Leave;
  readonly body: PlacedBox[];
  readonly parts: NotePart[];
  /** Note parts left for the next page. */
  readonly carry: NotePart[];
  /** Height of the note area including the separator; 0 without notes. */
  notesHeight: number;
  /** A note carried over did not fit: no new note may start on this page. */
  notesBlocked: boolean;
  bodyHeight: number;
  /** Glue seen since the last box (null: none), set only if another box follows. */
  pendingGlue: number | null;
  /** Notes begun on this page. */
  readonly onPage: Set<number>;
  readonly checkpoints: Checkpoint[];
}

/** A box that could go on the page next, with what it brings. */
export interface Candidate {
  readonly item: FlowBox;
  readonly index: number;
  /** The table header repeated above it (it opens a continuation page). */
  readonly header: readonly FlowBox[];
  /** Notes it cites that are not set yet, in order, and their heights. */
  readonly fresh: readonly number[];
  readonly noteHeights: readonly number[];
  /** The notes' cost on this page, separator and spacing included. */
  readonly noteCost: number;
  /** Room left for notes once the box and its header are placed. */
  readonly roomForNotes: number;
}
