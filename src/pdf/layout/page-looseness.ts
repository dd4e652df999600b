// Short pages filled as a compositor fills them, with TeX's \looseness: when a
// page still stops more than `short` above its notes or foot once its gaps are
// stretched (and the next page does not open with a heading), the paragraphs
// on it are set a line longer where their breaks allow it within the
// tolerance and with no more hyphens (lines.ts), so that the page takes more
// of its own lines, or the next line and the notes it brings, instead of a
// hole. The flow is laid out again with those paragraphs (the paragraph memo
// makes the rest lookups), and the new pages are kept only when less of the
// pages stands empty; one short page is worked on at a time, the earliest,
// since every later page follows from it.
import type { ParagraphRecord } from './context.ts';
import { freeSpace, opensWithHeading } from './page-stretch.ts';
import type { PageFrame } from './paginate.ts';

export interface LaidOut {
  readonly frames: readonly PageFrame[];
  readonly paragraphs: readonly ParagraphRecord[];
}

export interface LoosenessOptions {
  /** Height of the text block. */
  readonly height: number;
  /** The body's line height. */
  readonly line: number;
  /** How far above its notes or foot a page may stop. */
  readonly short: number;
}

/** Layouts tried after the first, at most: each is a whole pass over the flow. */
const MAX_TRIES = 6;

/** The empty space beyond `short` on each page that may not stop short. */
function shortfalls(frames: readonly PageFrame[], options: LoosenessOptions): number[] {
  return frames.map((frame, i) => {
    const next = frames[i + 1];
    if (next === undefined || opensWithHeading(next) || frame.body.length === 0) return 0;
    return Math.max(0, freeSpace(frame, options.height) - options.short);
  });
}

const total = (values: readonly number[]): number => values.reduce((sum, v) => sum + v, 0);

/**
 * The body paragraphs with a line on `frame` that are not yet set looser, the
 * longest there first: more lines share the extra space more evenly.
 */
function candidates(frame: PageFrame, paragraphs: readonly ParagraphRecord[], looser: ReadonlySet<number>): number[] {
  const linesOn = new Map<number, number>();
  for (const { box } of frame.body) {
    const at = box.paragraphLine;
    if (at === null || looser.has(at.paragraph) || paragraphs[at.paragraph]?.note !== null) continue;
    linesOn.set(at.paragraph, (linesOn.get(at.paragraph) ?? 0) + 1);
  }
  return [...linesOn].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([paragraph]) => paragraph);
}

/** `layout` with no paragraph set looser, or with some when that leaves fewer and smaller holes. */
export function fillShortPages<T extends LaidOut>(layout: (looser: ReadonlySet<number>) => T, options: LoosenessOptions): T {
  let best = layout(new Set());
  let looser = new Set<number>();
  let lacking = shortfalls(best.frames, options);
  const given = new Set<number>();
  for (let tries = 0; tries < MAX_TRIES; tries += 1) {
    const page = lacking.findIndex((free, i) => free > 0 && !given.has(i));
    if (page < 0) break;
    given.add(page);
    const frame = best.frames[page] as PageFrame;
    const wanted = Math.ceil((freeSpace(frame, options.height) - options.line) / options.line);
    const chosen = candidates(frame, best.paragraphs, looser).slice(0, Math.max(1, wanted));
    if (chosen.length === 0) continue;
    const trial = new Set([...looser, ...chosen]);
    const result = layout(trial);
    const after = shortfalls(result.frames, options);
    if (total(after) < total(lacking)) {
      best = result;
      looser = trial;
      lacking = after;
    }
  }
  return best;
}
