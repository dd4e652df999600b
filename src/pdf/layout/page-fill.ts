// One page of pagination in three phases, as Typst's flow: collect (the next
// box with what it brings: a repeated table header, the notes it cites first,
// the room they need), compose (place it and its note insertions, splitting
// the last note when only part of it fits), distribute (end the page at the
// last allowed break, or force one, and record the frame). Notes carried over
// from the previous page are composed first, before any text.
import type { FlowBox, FlowItem } from './flow.ts';
import { keepChain } from './keep-chain.ts';
import type { NotePart, PageFrame, PaginateOptions, PlacedBox } from './paginate.ts';

// Rounding slack: positions are sums of many fractional leadings.
const EPSILON = 0.01;

const heightOf = (boxes: readonly FlowBox[]): number => boxes.reduce((sum, b) => sum + b.height, 0);

/** How many of `boxes`, from the first, fit in `room`. */
function fitting(boxes: readonly FlowBox[], room: number): number {
  let used = 0;
  let count = 0;
  for (const b of boxes) {
    if (used + b.height > room + EPSILON) break;
    used += b.height;
    count++;
  }
  return count;
}

/**
 * Lines of a note `length` lines long to keep on the page when `fits` would
 * fit: at least `min` on each side of the split (TeX's and Typst's rule
 * against a lone note line), else 0.
 */
function splitPoint(length: number, fits: number, min: number): number {
  const keep = Math.min(fits, length - min);
  return keep >= Math.max(1, min) ? keep : 0;
}

/**
 * The notes a box cites that are still to be set, each followed by the notes
 * its own text cites (a note cited only inside another note goes on the same
 * page, after it): depth first, which is the order notes are numbered in.
 */
function citedNotes(refs: readonly number[], notes: ReadonlyMap<number, readonly FlowBox[]>, done: (note: number) => boolean): number[] {
  const out: number[] = [];
  const visit = (n: number): void => {
    if (!notes.has(n) || done(n) || out.includes(n)) return;
    out.push(n);
    for (const b of notes.get(n) ?? []) for (const m of b.noteRefs) visit(m);
  };
  for (const n of refs) visit(n);
  return out;
}

/** A table header repeated on a continuation page is a copy: it anchors nothing. */
const asRepeat = (b: FlowBox): FlowBox => ({ ...b, destinations: [], outline: [], noteRefs: [], start: null, section: null });

/** Where the page could end: after this many boxes and note parts, resuming the flow at `next`. */
interface Checkpoint {
  readonly bodyCount: number;
  readonly partCount: number;
  readonly notesHeight: number;
  readonly next: number;
}

/** The page being filled. */
interface PageState {
  readonly flow: readonly FlowItem[];
  readonly notes: ReadonlyMap<number, readonly FlowBox[]>;
  readonly placedBefore: ReadonlySet<number>;
  readonly options: PaginateOptions;
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
interface Candidate {
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

export function fillPage(
  flow: readonly FlowItem[],
  start: number,
  carryIn: readonly NotePart[],
  notes: ReadonlyMap<number, readonly FlowBox[]>,
  placedBefore: ReadonlySet<number>,
  options: PaginateOptions,
): { page: PageFrame; notes: readonly NotePart[]; carry: NotePart[] } {
  const page: PageState = {
    flow,
    notes,
    placedBefore,
    options,
    body: [],
    parts: [],
    carry: [],
    notesHeight: 0,
    notesBlocked: false,
    bodyHeight: 0,
    pendingGlue: null,
    onPage: new Set(),
    checkpoints: [],
  };
  composeCarried(page, carryIn, start);
  let k = start;
  let ended = false;
  for (; k < flow.length; k++) {
    const item = flow[k];
    if (item === undefined) break;
    if (item.kind === 'glue') {
      if (page.body.length > 0) page.pendingGlue = (page.pendingGlue ?? 0) + item.height;
      continue;
    }
    const candidate = collect(page, item, k);
    if (candidate === null) break;
    const outcome = compose(page, candidate);
    if (outcome === 'full') break;
    if (outcome !== 'placed') {
      k = outcome.next;
      ended = true;
      break;
    }
  }
  return distribute(page, k, ended);
}

/** What the previous page could not hold comes first, leaving room for text. */
function composeCarried(page: PageState, carryIn: readonly NotePart[], start: number): void {
  if (carryIn.length === 0) return;
  const { height, separator, noteSpacing, bodyReserve } = page.options;
  const { parts, carry } = page;
  const room = height - separator - (start < page.flow.length ? bodyReserve : 0);
  let used = 0;
  for (const part of carryIn) {
    if (carry.length > 0) {
      carry.push(part);
      continue;
    }
    const gap = parts.length > 0 ? noteSpacing : 0;
    // Always move at least one line on, or a page would never be finished.
    const count = Math.max(parts.length === 0 ? 1 : 0, fitting(part.boxes, room - used - gap));
    if (count === 0) {
      carry.push(part);
      continue;
    }
    const split = count < part.boxes.length;
    parts.push({ note: part.note, boxes: part.boxes.slice(0, count), continued: true, split });
    used += gap + heightOf(part.boxes.slice(0, count));
    if (split) carry.push({ ...part, boxes: part.boxes.slice(count) });
  }
  page.notesHeight = separator + used;
  page.notesBlocked = carry.length > 0;
}

/** Box k with its header and new notes, or null if it cannot go on this page at all. */
function collect(page: PageState, item: FlowBox, index: number): Candidate | null {
  const { notes, body, parts, options } = page;
  const header = body.length === 0 && item.repeatHeader !== null ? item.repeatHeader.map(asRepeat) : [];
  const fresh = citedNotes(item.noteRefs, notes, (n) => page.placedBefore.has(n) || page.onPage.has(n));
  if (fresh.length > 0 && page.notesBlocked) return null;
  const need = (body.length > 0 ? (page.pendingGlue ?? 0) : 0) + heightOf(header) + item.height;
  const noteHeights = fresh.map((n) => heightOf(notes.get(n) ?? []));
  const noteCost =
    (fresh.length > 0 && page.notesHeight === 0 ? options.separator : 0) +
    noteHeights.reduce((sum, h, i) => sum + h + (parts.length + i > 0 ? options.noteSpacing : 0), 0);
  const roomForNotes = options.height - page.bodyHeight - need - page.notesHeight;
  if (roomForNotes + EPSILON < 0) return null;
  return { item, index, header, fresh, noteHeights, noteCost, roomForNotes };
}

/**
 * Places the candidate and its notes: 'placed', 'full' (it does not fit), or
 * where the flow resumes when a split note ends the page after the lines the
 * box must stay with.
 */
function compose(page: PageState, candidate: Candidate): 'placed' | 'full' | { readonly next: number } {
  const { flow, notes, body, parts, carry, options } = page;
  const { item, index, header, fresh, noteHeights, noteCost, roomForNotes } = candidate;

  // The lines this box must stay with need room too; when they and the
  // notes do not all fit, split the last note if enough of it stays here.
  let split: { readonly fits: number; readonly chainEnd: number } | null = null;
  const lastNote = fresh.at(-1);
  if (lastNote !== undefined) {
    const chain = item.keepWithNext ? keepChain(flow, index, notes, page.placedBefore, options.height) : { end: index, extra: 0 };
    if (noteCost > roomForNotes - (chain?.extra ?? 0) + EPSILON) {
      const lastBoxes = notes.get(lastNote) ?? [];
      const before = noteCost - (noteHeights.at(-1) ?? 0);
      const fits = chain === null ? 0 : splitPoint(lastBoxes.length, fitting(lastBoxes, roomForNotes - chain.extra - before), options.noteMinLines);
      if (chain !== null && fits > 0) {
        split = { fits, chainEnd: chain.end };
      } else if (noteCost > roomForNotes + EPSILON) {
        return 'full';
      }
    }
  }

  // The glue above the box stays on record: page-stretch.ts may widen it.
  const gap = body.length > 0 ? page.pendingGlue : null;
  let y = page.bodyHeight + (gap ?? 0);
  for (const [i, h] of header.entries()) {
    body.push({ box: h, y, repeated: true, gap: i === 0 ? gap : null });
    y += h.height;
  }
  body.push({ box: item, y, repeated: false, gap: header.length > 0 ? null : gap });
  page.bodyHeight = y + item.height;
  page.pendingGlue = null;
  fresh.forEach((n, i) => {
    const boxes = notes.get(n) ?? [];
    const kept = split && i === fresh.length - 1 ? boxes.slice(0, split.fits) : boxes;
    page.notesHeight += (page.notesHeight === 0 ? options.separator : options.noteSpacing) + heightOf(kept);
    parts.push({ note: n, boxes: kept, continued: false, split: kept.length < boxes.length });
    if (kept.length < boxes.length) carry.push({ note: n, boxes: boxes.slice(kept.length), continued: true, split: false });
    page.onPage.add(n);
  });
  if (split) {
    // The page ends after the kept lines.
    let keptGap: number | null = null;
    for (let j = index + 1; j <= split.chainEnd; j++) {
      const kept = flow[j];
      if (kept === undefined) break;
      if (kept.kind === 'glue') {
        page.bodyHeight += kept.height;
        keptGap = (keptGap ?? 0) + kept.height;
      } else {
        body.push({ box: kept, y: page.bodyHeight, repeated: false, gap: keptGap });
        page.bodyHeight += kept.height;
        keptGap = null;
      }
    }
    return { next: split.chainEnd + 1 };
  }
  if (!item.keepWithNext) page.checkpoints.push({ bodyCount: body.length, partCount: parts.length, notesHeight: page.notesHeight, next: index + 1 });
  return 'placed';
}

/**
 * Ends the page before box k (unless composing ended it already): at the last
 * allowed break, else where it stands (forced), else, on an empty page, with
 * box k set anyway. Records the frame.
 */
function distribute(page: PageState, k: number, ended: boolean): { page: PageFrame; notes: readonly NotePart[]; carry: NotePart[] } {
  const { flow, notes, body, parts, carry, options } = page;
  let next = k;
  let forced = false;
  if (!ended && k < flow.length) {
    // The box at k does not fit: end the page at the last allowed break.
    const checkpoint = page.checkpoints.at(-1);
    const item = flow[k];
    if (checkpoint) {
      body.length = checkpoint.bodyCount;
      parts.length = checkpoint.partCount;
      page.notesHeight = checkpoint.notesHeight;
      next = checkpoint.next;
    } else if (body.length > 0) {
      forced = true;
    } else if (item?.kind === 'box' && !(page.notesBlocked && parts.length > 0)) {
      // Too tall even for an empty page: set it anyway, with as much of its
      // notes as fits, rather than never finish the page.
      body.push({ box: item, y: 0, repeated: false, gap: null });
      let room = options.height - item.height - page.notesHeight;
      for (const n of citedNotes(item.noteRefs, notes, (r) => page.placedBefore.has(r) || page.onPage.has(r))) {
        const boxes = notes.get(n) ?? [];
        const gap = page.notesHeight === 0 ? options.separator : options.noteSpacing;
        const count = carry.length > 0 ? 0 : Math.max(1, fitting(boxes, room - gap));
        page.notesHeight += gap + heightOf(boxes.slice(0, count));
        room -= gap + heightOf(boxes.slice(0, count));
        parts.push({ note: n, boxes: boxes.slice(0, count), continued: false, split: count < boxes.length });
        if (count < boxes.length) carry.push({ note: n, boxes: boxes.slice(count), continued: count > 0, split: false });
        page.onPage.add(n);
      }
      forced = true;
      next = k + 1;
    }
  }
  return {
    page: { body, notes: parts, notesHeight: page.notesHeight, forced, next },
    notes: parts,
    carry,
  };
}
