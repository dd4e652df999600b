// Sets styled runs as a paragraph: breaks them into lines with the shared
// breaker and turns each line into a box that knows its notes, its place in the
// Document and which page breaks around it would leave a widow or orphan.
import type { Destination, OutlineEntry, Role, Tag } from '../page-model.ts';
import { paragraphDirection } from '../../document/direction.ts';
import { paragraphLevels, visualOrder } from './bidi.ts';
import { baselineOffset, breakOptions, hyphenLimits } from './context.ts';
import type { LayoutContext } from './context.ts';
import { box } from './flow.ts';
import type { FlowBox } from './flow.ts';
import { refDestination } from './inline.ts';
import { balancedParagraph } from './balance.ts';
import { breakParagraph } from './linebreak.ts';
import type { BreakOptions, BrokenParagraph, Fragment, Measure, StyledRun } from './types.ts';
import { unbreakableWords } from './unbreakable-words.ts';

export interface SetOptions {
  readonly align: 'justify' | 'left' | 'center' | 'right';
  /** Indent of the first line (a paragraph indent or a hanging label's room). */
  readonly firstIndent: number;
  /** Indent of the other lines. */
  readonly restIndent?: number;
  readonly size: number;
  readonly leading: number;
  readonly role: Role;
  /** The structure element the lines are content of (or the artifact they are). */
  readonly tag: Tag;
  readonly hyphenate: boolean;
  /** No page break inside or after these lines (headings, title block). */
  readonly keepTogether: boolean;
  /** A named destination at the first line (a heading's id); the runs' anchors are named there too. */
  readonly destination?: string;
  readonly outline?: OutlineEntry;
  readonly section?: string;
  /** Lines of even length, none left with a word alone (titles, headings). */
  readonly balance?: boolean;
}

/**
 * Paragraphs already broken, by the fonts that measured them (one measure per
 * font set) and everything else the breaker reads: a watch's rebuild after an
 * edit breaks again only the paragraphs the edit touched (see build.ts's
 * BuildSession, which keeps the font set between rebuilds).
 */
const brokenByMeasure = new WeakMap<Measure, Map<string, BrokenParagraph>>();
/** Paragraphs remembered per font set; past this the memory starts again. */
const MAX_REMEMBERED = 20_000;

function breakRemembered(
  runs: readonly StyledRun[],
  options: BreakOptions,
  breakWith: (runs: readonly StyledRun[], options: BreakOptions) => BrokenParagraph,
): BrokenParagraph {
  let known = brokenByMeasure.get(options.measure);
  if (known === undefined || known.size > MAX_REMEMBERED) brokenByMeasure.set(options.measure, (known = new Map()));
  // The measure is a function (left out by JSON); every other option and the runs are plain data.
  const key = JSON.stringify([breakWith === balancedParagraph, runs, options]);
  let result = known.get(key);
  if (result === undefined) known.set(key, (result = breakWith(runs, options)));
  return result;
}

/**
 * The paragraph a line longer (TeX's \looseness=1), as pagination asks to fill
 * a short page: only when its breaks allow it within the tolerance and with at
 * most `moreHyphens` more words broken at a hyphen, else as it was.
 */
function lineLonger(
  runs: readonly StyledRun[],
  options: BreakOptions,
  set: BrokenParagraph,
  breakWith: (runs: readonly StyledRun[], options: BreakOptions) => BrokenParagraph,
  moreHyphens: number,
): BrokenParagraph {
  const looseness = (options.tuning?.looseness ?? 0) + 1;
  const longer = breakRemembered(runs, { ...options, tuning: { ...options.tuning, looseness } }, breakWith);
  const hyphens = (p: BrokenParagraph): number => p.lines.filter((l) => l.hyphenated).length;
  return longer.lines.length === set.lines.length + 1 && hyphens(longer) <= hyphens(set) + moreHyphens ? longer : set;
}

/**
 * How far the line's formulas reach above and below its box (a fraction, a
 * root): the line is moved down and the next one with it by that much, as TeX
 * opens the lines around a tall inline formula rather than let it touch them.
 */
export function formulaOverhang(fragments: readonly Fragment[], baseline: number, leading: number): { readonly above: number; readonly below: number } {
  let above = 0;
  let below = 0;
  for (const { math, size } of fragments) {
    if (math === undefined) continue;
    const scale = size * (math.fit ?? 1);
    above = Math.max(above, math.formula.height * scale - baseline);
    below = Math.max(below, math.formula.depth * scale - (leading - baseline));
  }
  return { above, below };
}

export function setParagraph(styled: readonly StyledRun[], ctx: LayoutContext, options: SetOptions): FlowBox[] {
  // An anchor's run holds no text: its id names the paragraph's first line, where
  // the anchors manuscripts write stand (before a heading's or a paragraph's first words).
  const anchors = styled.flatMap((run) => (run.anchor === undefined ? [] : [run.anchor]));
  const runs = anchors.length === 0 ? styled : styled.filter((run) => run.anchor === undefined);
  const named = [...(options.destination === undefined ? [] : [options.destination]), ...anchors];
  const restIndent = options.restIndent ?? 0;
  // Never ask for a measure narrower than an em (a crowded table column).
  const widths = [ctx.width - options.firstIndent, ctx.width - restIndent].map((w) => Math.max(w, options.size));
  const breakWith = options.balance === true ? balancedParagraph : breakParagraph;
  const paragraph = ctx.state.paragraphs.length;
  const asked = breakOptions(ctx, widths, options.align === 'justify', options.hyphenate);
  const set = breakRemembered(runs, asked, breakWith);
  // A balanced title keeps its lines.
  const moreHyphens = ctx.looser?.get(paragraph);
  const broken = moreHyphens !== undefined && options.balance !== true ? lineLonger(runs, asked, set, breakWith, moreHyphens) : set;
  // Nothing to set but anchors: an empty box holds their place, kept with what follows.
  if (broken.lines.length === 0 && named.length > 0) return [box({ height: 0, items: [], keepWithNext: true, destinations: named.map((name) => ({ name, x: 0, y: 0 })) })];
  const lines = broken.lines;
  ctx.state.paragraphs.push({
    block: ctx.block,
    note: ctx.note,
    ratios: lines.map((l) => l.ratio),
    hyphenatedLines: lines.flatMap((l, i) => (l.hyphenated ? [i + 1] : [])),
    overfullLines: lines.flatMap((l, i) => (l.overfull ? [i + 1] : [])),
    emergency: broken.emergency,
    unbreakable: options.hyphenate ? unbreakableWords(lines, ctx.lang, ctx.hyphenationWords, hyphenLimits(ctx)) : [],
  });

  const direction = paragraphDirection(runs.map((r) => r.text).join(''), ctx.direction);
  const levels = paragraphLevels(lines.map((line) => line.fragments), direction);
  const { orphans, widows } = ctx.theme.pagination;
  const baseline = baselineOffset(ctx, options.size, options.leading);
  return lines.map((line, i) => {
    const indent = i === 0 ? options.firstIndent : restIndent;
    const available = ctx.width - indent;
    const slack = Math.max(0, available - line.width);
    const shift = options.align === 'center' ? slack / 2 : options.align === 'right' ? slack : 0;
    // A right-to-left paragraph starts at the right: its indent and ragged last line mirror.
    const mirrored = direction === 'rtl' && (options.align === 'justify' || options.align === 'left');
    const x = mirrored ? slack : indent + shift;
    const fragments = visualOrder(line.fragments, direction, ctx.fonts.measure, levels[i]);
    const last = i === lines.length - 1;
    const breakForbidden = !last && (i < orphans - 1 || i > lines.length - 1 - widows);

    const destinations: Destination[] = [];
    if (i === 0) destinations.push(...named.map((name) => ({ name, x, y: 0 })));
    if (ctx.note === null) {
      for (const fragment of fragments) {
        if (fragment.noteRef === undefined || ctx.state.refsSeen.has(fragment.noteRef)) continue;
        ctx.state.refsSeen.add(fragment.noteRef);
        destinations.push({ name: refDestination(fragment.noteRef), x: x + fragment.x, y: 0 });
      }
    }
    const { above, below } = formulaOverhang(fragments, baseline, options.leading);
    return box({
      height: options.leading + above + below,
      items: [{ kind: 'line', x, baseline: baseline + above, fragments, role: options.role, block: ctx.block, paragraph, tag: options.tag }],
      noteRefs: [...new Set(line.noteRefs)],
      keepWithNext: options.keepTogether || breakForbidden,
      brokenWord: !last && line.hyphenated,
      start: { block: ctx.block, word: ctx.wordBase + line.wordIndex },
      destinations,
      outline: i === 0 && options.outline ? [options.outline] : [],
      paragraphLine: { paragraph, line: i, lines: lines.length },
      section: i === 0 && options.section !== undefined ? options.section : null,
    });
  });
}
