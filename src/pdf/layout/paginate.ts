// Pagination with footnotes as page insertions. Boxes fill a page from the
// top; a box citing a note costs its own height plus the note's (and the
// separator, once per page). Breaks fall only where no keep forbids them; when
// the next box does not fit, the page ends at the last allowed break (a short
// page rather than a widow). A note whose citing line fits but which does not
// fit itself is split, at least `noteMinLines` lines staying with its citation,
// and the rest is set at the foot of the next page before that page's notes.
import type { FlowBox, FlowItem } from './flow.ts';

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
}

export interface PlacedBox {
  readonly box: FlowBox;
  /** From the top of the text block. */
  readonly y: number;
  /** A table header repeated on a continuation page. */
  readonly repeated: boolean;
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
  for (;;) {
    index = nextBox(index);
    if (index >= flow.length && carry.length === 0) break;
    const frame = fillPage(flow, index, carry, notes, placedNotes, options);
    for (const part of frame.notes) placedNotes.add(part.note);
    carry = frame.carry;
    pages.push(frame.page);
    index = frame.page.next;
  }
  return pages;
}

function fillPage(
  flow: readonly FlowItem[],
  start: number,
  carryIn: readonly NotePart[],
  notes: ReadonlyMap<number, readonly FlowBox[]>,
  placedBefore: ReadonlySet<number>,
  options: PaginateOptions,
): { page: PageFrame; notes: readonly NotePart[]; carry: NotePart[] } {
  const { height, separator, noteSpacing } = options;
  const parts: NotePart[] = [];
  let carry: NotePart[] = [];
  let notesHeight = 0;

  // 1. What the previous page could not hold comes first, leaving room for text.
  if (carryIn.length > 0) {
    const room = height - separator - (start < flow.length ? options.bodyReserve : 0);
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
    notesHeight = separator + used;
  }
  const notesBlocked = carry.length > 0;

  // 2. Text, with its notes.
  const body: PlacedBox[] = [];
  let bodyHeight = 0;
  let pendingGlue = 0;
  const onPage = new Set<number>();
  interface Checkpoint {
    readonly bodyCount: number;
    readonly partCount: number;
    readonly notesHeight: number;
    readonly next: number;
  }
  const checkpoints: Checkpoint[] = [];
  let k = start;
  let ended = false;
  for (; k < flow.length; k++) {
    const item = flow[k];
    if (item === undefined) break;
    if (item.kind === 'glue') {
      if (body.length > 0) pendingGlue += item.height;
      continue;
    }
    const header = body.length === 0 && item.repeatHeader !== null ? item.repeatHeader.map(asRepeat) : [];
    const fresh = citedNotes(item.noteRefs, notes, (n) => placedBefore.has(n) || onPage.has(n));
    if (fresh.length > 0 && notesBlocked) break;
    const need = (body.length > 0 ? pendingGlue : 0) + heightOf(header) + item.height;
    const noteHeights = fresh.map((n) => heightOf(notes.get(n) ?? []));
    const noteCost =
      (fresh.length > 0 && notesHeight === 0 ? separator : 0) +
      noteHeights.reduce((sum, h, i) => sum + h + (parts.length + i > 0 ? noteSpacing : 0), 0);
    const roomForNotes = height - bodyHeight - need - notesHeight;
    if (roomForNotes + EPSILON < 0) break;

    // The lines this box must stay with need room too; when they and the
    // notes do not all fit, split the last note if enough of it stays here.
    let split: { readonly fits: number; readonly chainEnd: number } | null = null;
    const lastNote = fresh.at(-1);
    if (lastNote !== undefined) {
      const chain = item.keepWithNext ? keepChain(flow, k, notes, placedBefore, height) : { end: k, extra: 0 };
      if (noteCost > roomForNotes - (chain?.extra ?? 0) + EPSILON) {
        const lastBoxes = notes.get(lastNote) ?? [];
        const before = noteCost - (noteHeights.at(-1) ?? 0);
        const fits = chain === null ? 0 : fitting(lastBoxes, roomForNotes - chain.extra - before);
        if (chain !== null && fits > 0 && fits >= Math.min(options.noteMinLines, lastBoxes.length)) {
          split = { fits, chainEnd: chain.end };
        } else if (noteCost > roomForNotes + EPSILON) {
          break;
        }
      }
    }

    let y = bodyHeight + (body.length > 0 ? pendingGlue : 0);
    for (const h of header) {
      body.push({ box: h, y, repeated: true });
      y += h.height;
    }
    body.push({ box: item, y, repeated: false });
    bodyHeight = y + item.height;
    pendingGlue = 0;
    fresh.forEach((n, i) => {
      const boxes = notes.get(n) ?? [];
      const kept = split && i === fresh.length - 1 ? boxes.slice(0, split.fits) : boxes;
      notesHeight += (notesHeight === 0 ? separator : noteSpacing) + heightOf(kept);
      parts.push({ note: n, boxes: kept, continued: false, split: kept.length < boxes.length });
      if (kept.length < boxes.length) carry.push({ note: n, boxes: boxes.slice(kept.length), continued: true, split: false });
      onPage.add(n);
    });
    if (split) {
      // The page ends after the kept lines.
      for (let j = k + 1; j <= split.chainEnd; j++) {
        const kept = flow[j];
        if (kept === undefined) break;
        if (kept.kind === 'glue') bodyHeight += kept.height;
        else {
          body.push({ box: kept, y: bodyHeight, repeated: false });
          bodyHeight += kept.height;
        }
      }
      k = split.chainEnd + 1;
      ended = true;
      break;
    }
    if (!item.keepWithNext) checkpoints.push({ bodyCount: body.length, partCount: parts.length, notesHeight, next: k + 1 });
  }

  let next = k;
  let forced = false;
  if (!ended && k < flow.length) {
    // The box at k does not fit: end the page at the last allowed break.
    const checkpoint = checkpoints.at(-1);
    const item = flow[k];
    if (checkpoint) {
      body.length = checkpoint.bodyCount;
      parts.length = checkpoint.partCount;
      notesHeight = checkpoint.notesHeight;
      next = checkpoint.next;
    } else if (body.length > 0) {
      forced = true;
    } else if (item?.kind === 'box' && !(notesBlocked && parts.length > 0)) {
      // Too tall even for an empty page: set it anyway, with as much of its
      // notes as fits, rather than never finish the page.
      body.push({ box: item, y: 0, repeated: false });
      let room = height - item.height - notesHeight;
      for (const n of citedNotes(item.noteRefs, notes, (r) => placedBefore.has(r) || onPage.has(r))) {
        const boxes = notes.get(n) ?? [];
        const gap = notesHeight === 0 ? separator : noteSpacing;
        const count = carry.length > 0 ? 0 : Math.max(1, fitting(boxes, room - gap));
        notesHeight += gap + heightOf(boxes.slice(0, count));
        room -= gap + heightOf(boxes.slice(0, count));
        parts.push({ note: n, boxes: boxes.slice(0, count), continued: false, split: count < boxes.length });
        if (count < boxes.length) carry.push({ note: n, boxes: boxes.slice(count), continued: count > 0, split: false });
        onPage.add(n);
      }
      forced = true;
      next = k + 1;
    }
  }
  return {
    page: { body, notes: parts, notesHeight, forced, next },
    notes: parts,
    carry,
  };
}

/**
 * The boxes that must stay with box k (it and the ones its keeps bind to the
 * next allowed break): the index of the last and their height beyond box k.
 * Null if they cite notes of their own or could never fit.
 */
function keepChain(
  flow: readonly FlowItem[],
  k: number,
  notes: ReadonlyMap<number, readonly FlowBox[]>,
  placedBefore: ReadonlySet<number>,
  height: number,
): { end: number; extra: number } | null {
  let end = k;
  let extra = 0;
  let pending = 0;
  let current = flow[k];
  while (current?.kind === 'box' && current.keepWithNext) {
    let j = end + 1;
    for (; flow[j]?.kind === 'glue'; j++) pending += flow[j]?.height ?? 0;
    const following = flow[j];
    if (following === undefined || following.kind !== 'box') break;
    if (following.noteRefs.some((n) => notes.has(n) && !placedBefore.has(n))) return null;
    extra += pending + following.height;
    pending = 0;
    if (extra > height) return null;
    end = j;
    current = following;
  }
  return { end, extra };
}
