// Short pages filled as a compositor fills them, with TeX's \looseness: when a
// page still stops more than `short` above its notes or foot once its gaps are
// stretched (and the next page does not open with a heading), the paragraphs
// on it are set a line longer where their breaks allow it within the
// tolerance and with no more hyphens (lines.ts), so that the page takes more
// of its own lines, or the next line and the notes it brings, instead of a
// hole. When none can, one of them at a time may take up to three more
// hyphens for it, as a last resort: a hole of several lines on a page shows
// more than a few hyphens in one paragraph (Cardano for the Masses, ch. 1:
// a paragraph whose last two lines must go over together with a five-line
// note left four lines empty above the notes). The flow is laid out again
// with those paragraphs (the paragraph memo makes the rest lookups), and the
// new pages are kept only when less of the pages stands empty; one short page
// is worked on at a time, the earliest, since every later page follows from it.
import type { Looser, ParagraphRecord } from './context.ts';
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
const MAX_TRIES = 8;

/** The hyphens a paragraph may add to fill a page when no paragraph there can without. */
const LAST_RESORT_HYPHENS = 3;

/** Of the paragraphs on a page, how many are tried one by one with more hyphens. */
const LAST_RESORT_TRIED = 2;

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
function candidates(frame: PageFrame, paragraphs: readonly ParagraphRecord[], looser: Looser): number[] {
  const linesOn = new Map<number, number>();
  for (const { box } of frame.body) {
    const at = box.paragraphLine;
    if (at === null || looser.has(at.paragraph) || paragraphs[at.paragraph]?.note !== null) continue;
    linesOn.set(at.paragraph, (linesOn.get(at.paragraph) ?? 0) + 1);
  }
  return [...linesOn].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([paragraph]) => paragraph);
}

/** `layout` with no paragraph set looser, or with some when that leaves fewer and smaller holes. */
export function fillShortPages<T extends LaidOut>(layout: (looser: Looser) => T, options: LoosenessOptions): T {
  let best = layout(new Map());
  let looser: Looser = new Map();
  let lacking = shortfalls(best.frames, options);
  let tries = 0;
  /** Lays the flow out with `paragraphs` set looser too, each allowed `hyphens` more; keeps it if less stands empty. */
  const attempt = (paragraphs: readonly number[], hyphens: number): boolean => {
    tries += 1;
    const trial = new Map([...looser, ...paragraphs.map((p) => [p, hyphens] as const)]);
    const result = layout(trial);
    const after = shortfalls(result.frames, options);
    if (total(after) >= total(lacking)) return false;
    best = result;
    looser = trial;
    lacking = after;
    return true;
  };
  const given = new Set<number>();
  while (tries < MAX_TRIES) {
    const page = lacking.findIndex((free, i) => free > 0 && !given.has(i));
    if (page < 0) break;
    given.add(page);
    const frame = best.frames[page] as PageFrame;
    const wanted = Math.ceil((freeSpace(frame, options.height) - options.line) / options.line);
    const chosen = candidates(frame, best.paragraphs, looser);
    if (chosen.length === 0 || attempt(chosen.slice(0, Math.max(1, wanted)), 0)) continue;
    for (const paragraph of chosen.slice(0, LAST_RESORT_TRIED)) if (tries >= MAX_TRIES || attempt([paragraph], LAST_RESORT_HYPHENS)) break;
  }
  return best;
}
