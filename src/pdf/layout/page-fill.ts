// One page of pagination in three phases, as Typst's flow: collect (the next
// box with what it brings: a repeated table header, the notes it cites first,
// the room they need), compose (place it and its note insertions, splitting
// the last note when only part of it fits), distribute (end the page at the
// last allowed break, or force one, and record the frame). Collecting is here,
// with the notes carried over from the previous page, composed first, before
// any text; compose and distribute have their own files.
import type { FlowBox, FlowItem } from './flow.ts';
import { compose } from './page-compose.ts';
import { distribute } from './page-distribute.ts';
import { EPSILON, citedNotes, fitting, heightOf } from './page-state.ts';
import type { Candidate, Leave, PageState } from './page-state.ts';
import type { NotePart, PageFrame, PaginateOptions } from './paginate.ts';

/** Whether the page holds more than the writer's page break opening it (no space goes above its first block). */
const holdsText = (page: PageState): boolean => page.body.some((placed) => !placed.box.pageBreak);

/** A table header repeated on a continuation page is a copy: it anchors nothing. */
const asRepeat = (b: FlowBox): FlowBox => ({ ...b, destinations: [], outline: [], noteRefs: [], start: null, section: null });

export function fillPage(
  flow: readonly FlowItem[],
  start: number,
  carryIn: readonly NotePart[],
  notes: ReadonlyMap<number, readonly FlowBox[]>,
  placedBefore: ReadonlySet<number>,
  options: PaginateOptions,
  leave: Leave,
): { page: PageFrame; notes: readonly NotePart[]; carry: NotePart[] } {
  const page: PageState = {
    flow,
    notes,
    placedBefore,
    options,
    leave,
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
      if (holdsText(page)) page.pendingGlue = (page.pendingGlue ?? 0) + item.height;
      continue;
    }
    // The writer's page break ends a page that holds anything but page breaks, and opens the next.
    if (item.pageBreak && holdsText(page)) {
      ended = true;
      break;
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
