// Knuth–Plass total-fit line breaking over boxes, glue and penalties, as in
// "Breaking Paragraphs into Lines" (1981) and TeX's §813–§890: fitness classes,
// adjacent-line, double-hyphen and final-hyphen demerits, background (emergency)
// stretch, TeX's artificial demerits as the last resort, and \looseness.
// pdfTeX's micro-typography: the glyphs of a line may widen or narrow a little
// (font expansion), and characters at its ends protrude into the margins. The
// expansion takes up what it can first, so a line's badness is that of its
// spaces, for what the glyphs leave them: the breaker judges what is drawn.
// Additions of ours: a hard cap on consecutive flagged lines, lines where
// flagged breaks are forbidden (both kept exact in the active-node state), and
// no paragraph whose last line is only the tail of a word broken at an added hyphen.

import { INFINITE_PENALTY, rightMarginAt } from './linebreak-kp-model.ts';
import type { ChosenBreak, KPGlue, KPItem, KPParams, KPPenalty } from './linebreak-kp-model.ts';

// Widths are sums of floats; a line within this of its measure is exact.
const EPSILON = 1e-9;

/**
 * Demerits for a paragraph whose last line is only the tail of a word broken at
 * an added hyphen ("ar-|eas."), when nothing else fits: forbidden before the
 * last pass.
 */
const LONE_TAIL_DEMERITS = 1e12;

/**
 * Demerits for a last line that is only the second word of a compound broken at
 * its own hyphen or a dash ("case-|insensitive."): a word, not a fragment, so
 * allowed in every pass, but at the cost of a line whose spaces open about
 * twice their width (badness 440), which any line within the tolerance beats.
 * Forbidding it had set "Like regular reference links, these references are"
 * with spaces three and a half times their width (Pandoc's manual).
 */
const COMPOUND_TAIL_DEMERITS = 2e5;

interface ActiveNode {
  readonly index: number;
  /** Number of lines before this break: the index of the line that starts here. */
  readonly line: number;
  readonly fitness: number;
  /** Consecutive flagged lines ending at this break. */
  readonly streak: number;
  readonly demerits: number;
  readonly prev: ActiveNode | null;
  readonly overfull: boolean;
  // Running sums at the start of the line beginning after this break.
  readonly startWidth: number;
  readonly startStretch: number;
  readonly startExpand: number;
  readonly startShrink: number;
  readonly startGlue: number;
  /** Protrusion of the first box of the line beginning after this break. */
  readonly startMargin: number;
}

interface Candidate {
  from: ActiveNode;
  demerits: number;
  fitness: number;
  streak: number;
  overfull: boolean;
}

// TeX's fitness classes; lines two classes apart cost adjDemerits.
const Fitness = { VeryLoose: 0, Loose: 1, Decent: 2, Tight: 3 } as const;

function fitnessOf(ratio: number): number {
  if (ratio < -0.5) return Fitness.Tight;
  if (ratio <= 0.5) return Fitness.Decent;
  if (ratio <= 1) return Fitness.Loose;
  return Fitness.VeryLoose;
}

/**
 * 100·|r|³, as TeX, but not capped at inf_bad: with any tolerance below 10000
 * this changes nothing, and in the last pass it keeps a line set at r = 8
 * worse than two at r = 5, which TeX's cap cannot tell apart.
 */
function badnessOf(ratio: number): number {
  const r = Math.abs(ratio);
  // Written out: `**` with a float exponent is far slower in V8's hot loops.
  return 100 * r * r * r;
}

function isLegalBreak(items: readonly KPItem[], i: number): boolean {
  const item = items[i];
  if (item === undefined) return false;
  if (item.kind === 'penalty') return item.cost < INFINITE_PENALTY;
  if (item.kind === 'glue') return items[i - 1]?.kind === 'box';
  return false;
}

/**
 * Optimal breaks for `items`, which must end with a forced penalty. Returns
 * null when no set of breaks satisfies the tolerance (never in a final pass).
 */
export function knuthPlass(items: readonly KPItem[], params: KPParams): ChosenBreak[] | null {
  const n = items.length;
  const sumWidth = new Float64Array(n + 1);
  const sumStretch = new Float64Array(n + 1);
  const sumShrink = new Float64Array(n + 1);
  const sumExpand = new Float64Array(n + 1);
  const sumGlue = new Int32Array(n + 1);
  for (let i = 0; i < n; i += 1) {
    const item = items[i] as KPItem;
    const isGlue = item.kind === 'glue';
    sumWidth[i + 1] = (sumWidth[i] as number) + (item.kind === 'penalty' ? 0 : item.width);
    sumStretch[i + 1] = (sumStretch[i] as number) + (isGlue ? item.stretch : 0);
    sumShrink[i + 1] = (sumShrink[i] as number) + (isGlue ? item.shrink : 0);
    // Font expansion and letter spacing: how much a box's glyphs may widen or narrow.
    sumExpand[i + 1] = (sumExpand[i] as number) + (item.kind === 'box' ? (item.flex ?? 0) : 0);
    sumGlue[i + 1] = (sumGlue[i] as number) + (isGlue ? 1 : 0);
  }

  // A line starts at the first box after its break: glue and penalties there vanish.
  const lineStart = (afterBreak: number): number => {
    let j = afterBreak + 1;
    while (j < n && items[j]?.kind !== 'box') j += 1;
    return j;
  };
  const makeNode = (index: number, line: number, c: Omit<Candidate, 'from'> & { from: ActiveNode | null }): ActiveNode => {
    const start = lineStart(index);
    const first = items[start];
    return {
      index,
      line,
      fitness: c.fitness,
      streak: c.streak,
      demerits: c.demerits,
      prev: c.from,
      overfull: c.overfull,
      startWidth: sumWidth[start] as number,
      startStretch: sumStretch[start] as number,
      startExpand: sumExpand[start] as number,
      startShrink: sumShrink[start] as number,
      startGlue: sumGlue[start] as number,
      startMargin: first?.kind === 'box' ? (first.marginLeft ?? 0) : 0,
    };
  };

  const active: ActiveNode[] = [
    makeNode(-1, 0, { from: null, demerits: 0, fitness: Fitness.Decent, streak: 0, overfull: false }),
  ];
  const streakSlots = params.maxConsecutiveFlagged + 1;
  // With a looseness, every line number is a class of its own (TeX §1070).
  const easyLine = params.looseness === 0 ? params.easyLine : n;
  // The best way to reach each (line class, fitness, streak) at the current break.
  const bestByKey: (Candidate | undefined)[] = new Array((easyLine + 1) * 4 * streakSlots);
  const usedKeys: number[] = [];

  for (let i = 0; i < n; i += 1) {
    if (!isLegalBreak(items, i)) continue;
    const item = items[i] as KPGlue | KPPenalty;
    const isPenalty = item.kind === 'penalty';
    const cost = isPenalty ? item.cost : 0;
    const forced = cost <= -INFINITE_PENALTY;
    const flagged = isPenalty && item.flagged;
    const fill = isPenalty && item.fill;
    const endWidth = (sumWidth[i] as number) + (isPenalty ? item.width : 0);
    const endStretch = (sumStretch[i] as number) + item.endStretch + params.backgroundStretch;
    const endShrink = sumShrink[i] as number;
    const endExpand = sumExpand[i] as number;
    const isParagraphEnd = i === n - 1;
    const marginRight = rightMarginAt(items, i);

    let kept = 0;
    let bestDeactivated: ActiveNode | null = null;
    for (let k = 0; k < active.length; k += 1) {
      const a = active[k] as ActiveNode;
      const marginLeft = a.line > 0 || params.protrudeFirstLine ? a.startMargin : 0;
      const excess = params.lineWidth(a.line) + marginLeft + marginRight - (endWidth - a.startWidth);
      // What the spaces must take once the glyphs have taken what they can.
      const expand = endExpand - a.startExpand;
      let ratio = 0;
      if (excess > expand + EPSILON) {
        const stretch = endStretch - a.startStretch;
        ratio = fill ? 0 : (excess - expand) / (stretch > 0 ? stretch : params.stretchFloor);
      } else if (excess < -expand - EPSILON) {
        const shrink = endShrink - a.startShrink;
        ratio = shrink > 0 ? (excess + expand) / shrink : -Infinity;
      }

      if (ratio < -1 || forced) {
        if (bestDeactivated === null || a.demerits < bestDeactivated.demerits) bestDeactivated = a;
      } else {
        active[kept] = a;
        kept += 1;
      }
      if (ratio < -1) continue;
      const badness = badnessOf(ratio);
      if (badness > params.tolerance) continue;
      const streak = flagged ? a.streak + 1 : 0;
      if (flagged && (streak > params.maxConsecutiveFlagged || params.flaggedForbidden(a.line))) continue;

      const fitness = fitnessOf(ratio);
      let demerits = (params.linePenalty + badness) ** 2;
      if (cost > 0) demerits += cost ** 2;
      else if (!forced) demerits -= cost ** 2;
      if (flagged && a.streak > 0) demerits += params.doubleHyphenDemerits;
      if (isParagraphEnd && a.streak > 0) {
        demerits += params.finalHyphenDemerits;
        if (sumGlue[i] === a.startGlue) {
          const start = items[a.index];
          if (start?.kind === 'penalty' && start.hyphen === true && start.wide !== true) {
            if (!params.finalPass) continue;
            demerits += LONE_TAIL_DEMERITS;
          } else demerits += COMPOUND_TAIL_DEMERITS;
        }
      }
      if (Math.abs(fitness - a.fitness) > 1) demerits += params.adjDemerits;
      demerits += a.demerits;

      const line = Math.min(a.line + 1, easyLine);
      const key = (line * 4 + fitness) * streakSlots + streak;
      const known = bestByKey[key];
      if (known === undefined) usedKeys.push(key);
      if (known === undefined || demerits < known.demerits) {
        bestByKey[key] = { from: a, demerits, fitness, streak, overfull: false };
      }
    }
    active.length = kept;

    // TeX §851: in the final pass an overfull line beats having no paragraph at all.
    if (usedKeys.length === 0 && kept === 0 && bestDeactivated !== null && params.finalPass) {
      active.push(
        makeNode(i, bestDeactivated.line + 1, {
          from: bestDeactivated,
          demerits: bestDeactivated.demerits,
          fitness: Fitness.Tight,
          streak: 0,
          overfull: true,
        }),
      );
    }
    for (const key of usedKeys) {
      const c = bestByKey[key] as Candidate;
      active.push(makeNode(i, c.from.line + 1, c));
      bestByKey[key] = undefined;
    }
    usedKeys.length = 0;
    if (active.length === 0) return null;
  }

  const ending = bestEnding(active, n - 1, params.looseness);
  // TeX §873: a pass that cannot give the lines asked for hands over to the next.
  if (ending === null || (ending.actual !== params.looseness && !params.finalPass)) return null;
  const best = ending.node;
  const breaks: ChosenBreak[] = [];
  for (let node: ActiveNode | null = best; node !== null && node.index >= 0; node = node.prev) {
    breaks.push({ index: node.index, overfull: node.overfull });
  }
  return breaks.reverse();
}

/**
 * The paragraph's best ending: fewest demerits, or with a looseness the line
 * count nearest the optimum's plus the looseness, then fewest demerits (TeX §875);
 * `actual` is how many lines it has more than the optimum.
 */
function bestEnding(active: readonly ActiveNode[], last: number, looseness: number): { node: ActiveNode; actual: number } | null {
  let best: ActiveNode | null = null;
  for (const a of active) {
    if (a.index === last && (best === null || a.demerits < best.demerits)) best = a;
  }
  if (best === null || looseness === 0) return best === null ? null : { node: best, actual: 0 };
  const optimum = best.line;
  let actual = 0;
  for (const a of active) {
    if (a.index !== last) continue;
    const diff = a.line - optimum;
    if ((diff < actual && looseness <= diff) || (diff > actual && looseness >= diff)) {
      best = a;
      actual = diff;
    } else if (diff === actual && a.demerits < best.demerits) {
      best = a;
    }
  }
  return { node: best, actual };
}
