// Vertical justification: a page whose text stops short of its notes or its
// foot has the free space shared out among the gaps between its blocks
// (paragraphs, headings, lists, figures) and the space above the notes rule,
// as TeX's \flushbottom stretches \parskip, the section skips and
// \skip\footins. The notes rule takes its share, up to one line; two-sided
// pages give the gaps all the rest (flush: facing pages align), one-sided ones
// widen each gap only by its stretch, and beyond it only as far as brings the
// text within one line of its notes or foot. The last page and a page before
// one that opens with a heading stay as they are.
import { opensSection } from './flow.ts';
import type { PageFrame, PlacedBox } from './paginate.ts';

export interface StretchOptions {
  /** Height of the text block. */
  readonly height: number;
  /** The body's line height: how short a one-sided page may stay. */
  readonly line: number;
  /** How much any gap between blocks may grow (a quarter of its own size comes on top). */
  readonly gapStretch: number;
  /** Fill every page to its foot (two-sided themes). */
  readonly flush: boolean;
}

// Rounding slack: positions are sums of many fractional leadings.
const EPSILON = 0.01;

/**
 * The most a gap grows, in multiples of its stretch: past that a page stays
 * short (a tall figure pushed overleaf) rather than open a hole in the text.
 */
const MAX_FACTOR = 4;

/** How far a gap of this natural size may grow without looking loose. */
const stretchOf = (gap: number, options: StretchOptions): number => options.gapStretch + gap / 4;

/** The space a page leaves empty between its text and its notes (or foot). */
export function freeSpace(frame: PageFrame, height: number): number {
  const last = frame.body.at(-1);
  return last === undefined ? 0 : height - frame.notesHeight - (last.y + last.box.height);
}

export function opensWithHeading(frame: PageFrame): boolean {
  const first = frame.body.find((placed) => !placed.repeated);
  return first !== undefined && opensSection(first.box);
}

export function stretchPages(frames: readonly PageFrame[], options: StretchOptions): PageFrame[] {
  return frames.map((frame, i) => {
    const next = frames[i + 1];
    return next === undefined || opensWithHeading(next) ? frame : stretchPage(frame, options);
  });
}

/** The page with its gaps widened, each in proportion to its stretch. */
export function stretchPage(frame: PageFrame, options: StretchOptions): PageFrame {
  if (frame.body.length === 0) return frame;
  const free = freeSpace(frame, options.height);
  const stretches = frame.body.map((placed) => (placed.gap === null ? 0 : stretchOf(placed.gap, options)));
  const total = stretches.reduce((sum, s) => sum + s, 0);
  if (free <= EPSILON || total <= 0) return frame;
  // The notes rule stretches by a line, and never further.
  const rule = frame.notes.length > 0 ? options.line : 0;
  const ruleShare = Math.min(rule, (free * rule) / (total + rule));
  const wanted = options.flush ? free - ruleShare : Math.max(Math.min(free - ruleShare, total), free - options.line);
  const share = Math.min(wanted, total * MAX_FACTOR) / total;
  let shift = 0;
  const body = frame.body.map((placed, k): PlacedBox => {
    shift += (stretches[k] ?? 0) * share;
    return shift === 0 ? placed : { ...placed, y: placed.y + shift };
  });
  return { ...frame, body };
}
