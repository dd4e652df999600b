// Composing one candidate box onto the page: the box, its table header and the
// notes it cites first, splitting the last note when only part of it fits
// (never fewer than `noteMinLines` lines on either side).
import type { FlowBox } from './flow.ts';
import { keepChain } from './keep-chain.ts';
import { EPSILON, fitting, heightOf, keepsWithNext, splitPoint } from './page-state.ts';
import type { Candidate, PageState } from './page-state.ts';

/**
 * Places the candidate and its notes: 'placed', 'full' (it does not fit), or
 * where the flow resumes when a split note ends the page after the lines the
 * box must stay with.
 */
export function compose(page: PageState, candidate: Candidate): 'placed' | 'full' | { readonly next: number } {
  const { flow, notes, body, parts, carry, options } = page;
  const { item, index, header, fresh, noteHeights, noteCost, roomForNotes } = candidate;

  // The lines this box must stay with need room too; when they and the
  // notes do not all fit, split the last note if enough of it stays here.
  let split: { readonly fits: number; readonly chainEnd: number } | null = null;
  const lastNote = fresh.at(-1);
  if (lastNote !== undefined) {
    // A note cited again further down the chain, already set here or earlier, costs nothing.
    const set = (n: number): boolean => page.placedBefore.has(n) || page.onPage.has(n) || fresh.includes(n);
    const keeps = (b: FlowBox): boolean => keepsWithNext(page, b);
    const chain = keeps(item) ? keepChain(flow, index, notes, set, options.height, keeps) : { end: index, extra: 0 };
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
  if (!keepsWithNext(page, item)) page.checkpoints.push({ bodyCount: body.length, partCount: parts.length, notesHeight: page.notesHeight, next: index + 1 });
  return 'placed';
}
