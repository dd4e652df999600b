// Ending a page: at the last allowed break, or where it stands when none was
// found (a forced break), or with an overlong box set alone; then the frame.
import type { NotePart, PageFrame } from './paginate.ts';
import { citedNotes, fitting, heightOf } from './page-state.ts';
import type { PageState } from './page-state.ts';

/**
 * Ends the page before box k (unless composing ended it already): at the last
 * allowed break, else where it stands (forced), else, on an empty page, with
 * box k set anyway. Records the frame.
 */
export function distribute(page: PageState, k: number, ended: boolean): { page: PageFrame; notes: readonly NotePart[]; carry: NotePart[] } {
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
