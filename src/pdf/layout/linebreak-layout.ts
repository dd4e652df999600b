// Chosen breaks → drawn lines. Each line is measured again from the exact
// strings paint will draw, and its spaces are justified from that measurement,
// so a justified line fills its measure to the hundredth of a point whatever
// the estimates inside the breaker were. With font expansion the line's ratio
// first picks an expansion step for all its glyphs (pdfTeX's
// \pdfadjustspacing=2), letter spacing takes up what the step leaves, within
// its limit, and the spaces take the rest; protruding characters
// at its ends widen the measure by what they hang into the margins.
import type { GlueItem, Item, PenaltyItem } from './linebreak-items.ts';
import { rightMarginAt } from './linebreak-kp-model.ts';
import type { ChosenBreak } from './linebreak-kp-model.ts';
import { spaceable } from './linebreak-flex.ts';
import type { Fragment, GlyphCount, LineBox, Measure, StyledRun } from './types.ts';

// Widths are sums of floats: a line this much over its measure still fits.
const TOLERANCE_PT = 1e-6;

interface Draft {
  readonly run: StyledRun;
  text: string;
  /** Finished words, measured as drawn (pieces of one style joined). */
  readonly words: string[];
  word: string;
  /** Spaces between this draft's words, in its own font. */
  readonly inner: GlueItem[];
  /** A space after the last word, which may come from another run. */
  trailing: GlueItem | null;
  /** Nothing more may be appended (the space after it is not a plain space of its font). */
  closed: boolean;
}

function sameStyle(a: StyledRun, b: StyledRun): boolean {
  return (
    a.font === b.font &&
    a.size === b.size &&
    a.link === b.link &&
    a.noteRef === b.noteRef &&
    a.rise === b.rise &&
    a.strike === b.strike &&
    // Each formula is a fragment of its own.
    a.math === undefined &&
    b.math === undefined
  );
}

function styleFields(run: StyledRun): Pick<Fragment, 'link' | 'noteRef' | 'rise' | 'strike' | 'math'> {
  return {
    ...(run.math !== undefined ? { math: run.math } : {}),
    ...(run.link !== undefined ? { link: run.link } : {}),
    ...(run.noteRef !== undefined ? { noteRef: run.noteRef } : {}),
    ...(run.rise !== undefined ? { rise: run.rise } : {}),
    ...(run.strike !== undefined ? { strike: run.strike } : {}),
  };
}

export interface LayoutContext {
  readonly runs: readonly StyledRun[];
  readonly measure: Measure;
  readonly justify: boolean;
  readonly lineWidth: (line: number) => number;
  /** Most a line's glyphs may widen or narrow, as a fraction; 0: no expansion. */
  readonly expansion: number;
  readonly expansionStep: number;
  /** Most letter spacing after each glyph, in ems of the run's size; 0: none. */
  readonly tracking: number;
  readonly glyphCount: GlyphCount | null;
  readonly protrudeFirstLine: boolean;
}

function draftsOf(items: readonly Item[], from: number, to: number, ctx: LayoutContext): Draft[] {
  const drafts: Draft[] = [];
  for (let i = from; i < to; i += 1) {
    const item = items[i] as Item;
    const current = drafts[drafts.length - 1];
    if (item.kind === 'box') {
      const run = ctx.runs[item.run] as StyledRun;
      if (current !== undefined && !current.closed && sameStyle(current.run, run)) {
        if (current.trailing !== null) {
          current.inner.push(current.trailing);
          current.trailing = null;
        }
        current.text += item.text;
        current.word += item.text;
      } else {
        drafts.push({ run, text: item.text, words: [], word: item.text, inner: [], trailing: null, closed: false });
      }
    } else if (item.kind === 'glue' && current !== undefined) {
      const run = ctx.runs[item.run] as StyledRun;
      current.text += item.text;
      current.words.push(current.word);
      current.word = '';
      current.trailing = item;
      // pdfkit spaces a fragment's words with its own font's U+0020 only.
      if (item.text !== ' ' || run.font !== current.run.font || run.size !== current.run.size) current.closed = true;
    }
  }
  return drafts;
}

function spacesOf(d: Draft): GlueItem[] {
  return d.trailing === null ? d.inner : [...d.inner, d.trailing];
}

/** Width of a draft as paint will draw it, before justification. */
function naturalWidth(d: Draft, measure: Measure): number {
  let width = 0;
  for (const word of d.words) if (word.length > 0) width += measure(word, d.run.font, d.run.size);
  if (d.word.length > 0) width += measure(d.word, d.run.font, d.run.size);
  for (const g of spacesOf(d)) width += g.width;
  return width;
}

function adjustment(g: GlueItem, ratio: number): number {
  return ratio * (ratio >= 0 ? g.stretch : g.fontShrink);
}

function layoutLine(items: readonly Item[], from: number, brk: ChosenBreak, line: number, ctx: LayoutContext): LineBox {
  let start = from;
  while (start < brk.index && items[start]?.kind !== 'box') start += 1;
  const end = items[brk.index] as Item;
  const firstBox = items[start];
  const marginLeft = firstBox?.kind === 'box' && (line > 0 || ctx.protrudeFirstLine) ? (firstBox.marginLeft ?? 0) : 0;
  const lineWidth = ctx.lineWidth(line);
  const room = lineWidth + marginLeft + rightMarginAt(items, brk.index);
  const drafts = draftsOf(items, start, brk.index, ctx);
  const hyphenated = end.kind === 'penalty' && end.hyphen;
  const last = drafts[drafts.length - 1];
  if (hyphenated && last !== undefined) {
    last.text += '-';
    last.word += '-';
  }

  const naturals = drafts.map((d) => naturalWidth(d, ctx.measure));
  const glues = drafts.flatMap(spacesOf);
  const natural = naturals.reduce((a, b) => a + b, 0);
  const letters = drafts.map((d) => lettersOf(d, ctx));
  // Each draft's room for letter spacing, in points; the line uses the same share of each.
  const limits = drafts.map((d, k) => (letters[k] as number) * ctx.tracking * d.run.size);
  const trackRoom = limits.reduce((sum, n) => sum + n, 0);
  const scale = 1 + expansionOf(room - natural, natural, trackRoom, glues, end, ctx);
  const share = trackingShare(room - natural * scale, trackRoom, end, ctx);
  const tracked = share * trackRoom;
  const ratio = justification(room - natural * scale - tracked, glues, end, ctx.justify, brk.overfull);

  const fragments: Fragment[] = [];
  const noteRefs: number[] = [];
  let x = marginLeft > 0 ? -marginLeft : 0;
  for (let k = 0; k < drafts.length; k += 1) {
    const d = drafts[k] as Draft;
    const spacing = (letters[k] as number) > 0 ? share * ctx.tracking * d.run.size : 0;
    let width = (naturals[k] as number) * scale + (letters[k] as number) * spacing;
    for (const g of spacesOf(d)) width += adjustment(g, ratio);
    const first = d.inner[0];
    fragments.push({
      text: d.text,
      font: d.run.font,
      size: d.run.size,
      x,
      width,
      // Spaces inside a fragment are drawn as the font's space plus this: their widening, scaled as the glyphs are, and their share of the justification.
      wordSpacing: first === undefined ? 0 : first.widened * scale + adjustment(first, ratio),
      ...(d.trailing !== null ? { spaceAfter: d.trailing.width * scale + spacing + adjustment(d.trailing, ratio) } : {}),
      ...(scale !== 1 ? { hscale: scale } : {}),
      ...(spacing !== 0 ? { tracking: spacing } : {}),
      ...(hyphenated && k === drafts.length - 1 ? { softHyphen: true } : {}),
      ...styleFields(d.run),
    });
    if (d.run.noteRef !== undefined) noteRefs.push(d.run.noteRef);
    x += width;
  }
  // The width the line takes up to the margin; what protrudes past it is not counted.
  const width = x - rightMarginAt(items, brk.index);
  return {
    fragments,
    ratio,
    hyphenated,
    noteRefs,
    wordIndex: firstBox?.kind === 'box' ? firstBox.wordsBefore : 0,
    width,
    overfull: brk.overfull || width > lineWidth + TOLERANCE_PT,
  };
}

/** Lines for the chosen breaks, justified as the paragraph asks. */
export function layoutLines(items: readonly Item[], breaks: readonly ChosenBreak[], ctx: LayoutContext): LineBox[] {
  const lines: LineBox[] = [];
  let from = 0;
  for (let i = 0; i < breaks.length; i += 1) {
    const brk = breaks[i] as ChosenBreak;
    lines.push(layoutLine(items, from, brk, i, ctx));
    from = brk.index + 1;
  }
  return lines;
}

/**
 * The glue ratio of a line with `excess` room left (negative: too long). Lines
 * ending a paragraph or at a forced break, and all lines when not justifying,
 * keep natural spaces unless they must shrink to fit. A line the breaker found
 * feasible may need a hair more than its shrink here (the breaker estimates
 * kerning across a hyphenation point): it gets it, rather than stick out.
 */
function justification(excess: number, glues: readonly GlueItem[], end: Item, justify: boolean, overfull: boolean): number {
  if (excess < 0) {
    const shrink = glues.reduce((sum, g) => sum + g.fontShrink, 0);
    if (shrink <= 0) return 0;
    return overfull ? Math.max(excess / shrink, -1) : excess / shrink;
  }
  const fill = end.kind === 'penalty' && end.fill;
  if (!justify || fill) return 0;
  const stretch = glues.reduce((sum, g) => sum + g.stretch, 0) + (end as GlueItem | PenaltyItem).endStretch;
  return stretch > 0 ? excess / stretch : 0;
}

/** Glyphs of a draft that take letter spacing: 0 when it takes none. */
function lettersOf(d: Draft, ctx: LayoutContext): number {
  if (ctx.tracking <= 0 || ctx.glyphCount === null || !spaceable(d.text, d.run)) return 0;
  return ctx.glyphCount(d.text, d.run.font);
}

/**
 * How much of its letter spacing a line uses, from -1 (all of it, closer) to 1
 * (all of it, apart): what the expansion step left (`excess`, negative when
 * the line is too long), up to the limit; none on a line that keeps natural
 * spacing.
 */
function trackingShare(excess: number, room: number, end: Item, ctx: LayoutContext): number {
  if (room === 0 || excess === 0) return 0;
  const fill = end.kind === 'penalty' && end.fill;
  if (excess > 0 && (!ctx.justify || fill)) return 0;
  return Math.max(-1, Math.min(1, excess / room));
}

/**
 * The expansion of a line's glyphs: the step, at most the theme's maximum
 * either way, that leaves the spaces nearest their natural width (as pdfTeX,
 * the glyphs take up what they can, and the spaces the rest): 2% on the
 * glyphs is not seen, a space 40% wider is. Never one that would make the
 * spaces shrink past their limit; a last line is never widened. Spaces are
 * drawn scaled too, but only the glyphs' width counts as stretchable, as in
 * the breaker. Letter spacing (up to `trackRoom` points) takes what the step
 * leaves; of steps that leave the spaces equally near, the one that leaves it
 * least to take.
 */
function expansionOf(excess: number, natural: number, trackRoom: number, glues: readonly GlueItem[], end: Item, ctx: LayoutContext): number {
  const { expansion } = ctx;
  if (expansion <= 0 || excess === 0) return 0;
  const fill = end.kind === 'penalty' && end.fill;
  if (excess > 0 && (!ctx.justify || fill)) return 0;
  const shrink = glues.reduce((sum, g) => sum + g.fontShrink, 0);
  const stretch = glues.reduce((sum, g) => sum + g.stretch, 0) + (end as GlueItem | PenaltyItem).endStretch;
  // How far the spaces are from natural once the glyphs are expanded by `e`: Infinity when they cannot be set.
  const strain = (e: number): number => {
    let rest = excess - natural * e;
    rest -= Math.max(-trackRoom, Math.min(trackRoom, rest));
    if (rest >= 0) return fill || !ctx.justify ? 0 : stretch > 0 ? rest / stretch : rest > 1e-9 ? Infinity : 0;
    const ratio = shrink > 0 ? -rest / shrink : Infinity;
    return ratio > 1 ? Infinity : ratio;
  };
  const step = ctx.expansionStep > 0 ? ctx.expansionStep : expansion;
  const steps = Math.floor(expansion / step + 1e-9);
  let best = 0;
  for (let k = 1; k <= steps; k += 1) {
    // Towards the excess only: expanding against it never helps the spaces.
    const e = Math.sign(excess) * k * step;
    const [now, known] = [strain(e), strain(best)];
    if (now < known || (now === known && Math.abs(excess - natural * e) < Math.abs(excess - natural * best))) best = e;
  }
  return best;
}
