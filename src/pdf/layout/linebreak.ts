// Paragraph → lines, the way TeX does it: Knuth–Plass total fit in up to four
// passes, each more permissive than the last:
//   1. no hyphenation, badness ≤ pretolerance;
//   2. hyphenation, badness ≤ tolerance;
//   3. hyphenation, badness ≤ looseTolerance;
//   4. the emergency pass (`emergency: true`): any badness, with the tuning's
//      emergency stretch, and an overfull line only where a single unbreakable
//      piece is wider than the line.
// Justified text may use pdfTeX's micro-typography (options.microtype): font
// expansion and letter spacing as extra stretch and shrink, and protrusion
// into the margins.
// Words wider than the line, URLs and code carry their own break
// opportunities, so the emergency pass practically never needs an overfull line.
import { hyphenatorFor } from './hyphenate.ts';
import { trackingFor, withFlex, wordSpaceFor } from './linebreak-flex.ts';
import { withFormulas } from './linebreak-formulas.ts';
import { buildItems } from './linebreak-items.ts';
import { tokenize } from './linebreak-tokens.ts';
import type { Token } from './linebreak-tokens.ts';
import type { Item, ItemContext } from './linebreak-items.ts';
import { knuthPlass } from './linebreak-kp.ts';
import type { KPParams } from './linebreak-kp-model.ts';
import { layoutLines } from './linebreak-layout.ts';
import { withProtrusion } from './linebreak-protrusion.ts';
import { TEX_TUNING } from './linebreak-tuning.ts';
import type { BreakTuning } from './linebreak-tuning.ts';
import type { BreakOptions, BrokenParagraph, Measure, StyledRun } from './types.ts';

export type { BreakTuning } from './linebreak-tuning.ts';
export { TEX_TUNING } from './linebreak-tuning.ts';

type WidthCache = Map<string, Map<number, Map<string, number>>>;
const measureCaches = new WeakMap<Measure, WidthCache>();

/**
 * `measure` with its answers remembered per (font, size, text). The cache lives
 * as long as the measure function does, so one per document serves every
 * paragraph of it.
 */
export function cachedMeasure(measure: Measure): Measure {
  let cache = measureCaches.get(measure);
  if (cache === undefined) measureCaches.set(measure, (cache = new Map()));
  const byFont = cache;
  // Nested maps: a composite string key would be built and hashed on every call.
  return (text, font, size) => {
    let bySize = byFont.get(font);
    if (bySize === undefined) byFont.set(font, (bySize = new Map()));
    let byText = bySize.get(size);
    if (byText === undefined) bySize.set(size, (byText = new Map()));
    let width = byText.get(text);
    if (width === undefined) {
      width = measure(text, font, size);
      byText.set(text, width);
    }
    return width;
  };
}

/**
 * Joins the first `count` words with ties, as a no-break space would: the
 * breaker parts them only if together they are wider than the line.
 */
function tieFirstWords(tokens: readonly Token[], count: number): void {
  let spaces = count - 1;
  for (const token of tokens) {
    if (spaces <= 0 || token.kind === 'newline') return;
    if (token.kind === 'space' && token.breakable) {
      token.breakable = false;
      spaces -= 1;
    }
  }
}

/**
 * One space's stretch in the paragraph's text face (KPParams.stretchFloor):
 * a line with no space is judged as if it had one.
 */
function stretchFloor(runs: readonly StyledRun[], measure: Measure, t: BreakTuning, justify: boolean): number {
  const run = runs.find((r) => r.noteRef === undefined && !r.font.startsWith('mono')) ?? (runs[0] as StyledRun);
  const space = measure(' ', run.font, run.size) * (justify ? t.spaceStretch : 0);
  return space > 0 ? space : run.size / 6;
}

/**
 * Breaks a paragraph into lines.
 *
 * - Justified lines fill `widths[i]` exactly (their fragments' widths sum to
 *   it); the last line, and a line ended by "\n" in a run, keep natural spacing.
 * - A first-line indent is the caller's: pass a narrower `widths[0]` and draw the
 *   first line's fragments shifted by the indent.
 * - Inter-word whitespace is one glue: a run of spaces is drawn as one U+0020
 *   (or the no-break space it contained). Soft hyphens in the text are break
 *   points and are never drawn. Otherwise the fragments' texts, joined, give
 *   back the runs' texts, minus the spaces at line breaks and the "-" added at
 *   a hyphenated line's end.
 * - Hyphenation uses `options.lang`'s patterns (none for null or an unknown
 *   language); `hyphenation.maxConsecutive` caps consecutive lines ending in a
 *   hyphen or dash, and `noHyphenOnLine` forbids them on the lines listed.
 * - `tuning` overrides TeX's parameters (see BreakTuning).
 */
export function breakParagraph(
  written: readonly StyledRun[],
  options: BreakOptions,
  tuning: Partial<BreakTuning> = {},
): BrokenParagraph {
  const { widths } = options;
  // Formulas measure as their width (linebreak-formulas.ts); the cache sees only text.
  const { runs, measure } = withFormulas(written, cachedMeasure(options.measure));
  if (widths.length === 0 || widths.some((w) => !(w > 0))) {
    throw new RangeError(`breakParagraph: widths must be positive, got [${widths.join(', ')}]`);
  }
  const tokens = tokenize(runs);
  if (tokens.length === 0) return { lines: [], emergency: false };
  tieFirstWords(tokens, options.keepFirstWords ?? 1);

  const asked: BreakTuning = { ...TEX_TUNING, ...options.tuning, ...tuning };
  const t: BreakTuning = { ...asked, spaceWidth: wordSpaceFor(runs, asked.spaceWidth) };
  const micro = options.justify ? options.microtype : undefined;
  const protrude = micro?.protrusion === true;
  const expansion = micro?.expansion ?? 0;
  const tracking = trackingFor(runs, micro, options.glyphCount);
  const lineWidth = (line: number): number => widths[Math.min(line, widths.length - 1)] as number;
  const noHyphen = new Set(options.noHyphenOnLine ?? []);
  const em = (runs.find((r) => r.noteRef === undefined) ?? (runs[0] as StyledRun)).size;

  const base: Omit<ItemContext, 'hyphenator'> = {
    runs,
    measure,
    justify: options.justify,
    tuning: t,
    limits: options.hyphenation,
    narrowestLine: Math.min(...widths),
    // Asked for only by a word wider than every line, in a paragraph not hyphenated.
    wideHyphenator: () => hyphenatorFor(options.lang, options.hyphenation.words),
  };
  const itemsOf = (hyphenator: ItemContext['hyphenator']): Item[] => {
    const items = buildItems(tokens, { ...base, hyphenator });
    const flexed = expansion > 0 || tracking > 0 ? withFlex(items, runs, expansion, tracking, options.glyphCount) : items;
    return protrude ? withProtrusion(flexed, runs, measure) : flexed;
  };
  const plain = itemsOf(null);
  let hyphenated: Item[] | null = null;
  // Patterns load on first need: a paragraph that sets well without them never asks.
  const withHyphens = (): Item[] => {
    const hyphenator = options.hyphenation.maxConsecutive > 0 ? hyphenatorFor(options.lang, options.hyphenation.words) : null;
    return (hyphenated ??= hyphenator === null ? plain : itemsOf(hyphenator));
  };

  const params: Omit<KPParams, 'tolerance' | 'backgroundStretch' | 'finalPass'> = {
    lineWidth,
    easyLine: Math.max(widths.length - 1, ...[...noHyphen].map((l) => l + 1)),
    linePenalty: t.linePenalty,
    adjDemerits: t.adjDemerits,
    doubleHyphenDemerits: t.doubleHyphenDemerits,
    finalHyphenDemerits: t.finalHyphenDemerits,
    stretchFloor: stretchFloor(runs, measure, t, options.justify),
    // maxConsecutive 0 turns hyphenation off; lines may still end at a dash, though not two in a row.
    maxConsecutiveFlagged: Math.max(1, options.hyphenation.maxConsecutive),
    flaggedForbidden: (line) => noHyphen.has(line),
    // An indented first line opens with its indent, which does not protrude.
    protrudeFirstLine: lineWidth(0) >= lineWidth(1),
    looseness: t.looseness,
  };
  const passes = [
    { items: () => plain, tolerance: t.pretolerance, backgroundStretch: 0, finalPass: false },
    { items: withHyphens, tolerance: t.tolerance, backgroundStretch: 0, finalPass: false },
    { items: withHyphens, tolerance: t.looseTolerance, backgroundStretch: 0, finalPass: false },
    { items: withHyphens, tolerance: Infinity, backgroundStretch: t.emergencyStretch * em, finalPass: true },
  ];
  const layout = {
    runs,
    measure,
    justify: options.justify,
    lineWidth,
    expansion,
    expansionStep: micro?.expansionStep ?? 0,
    tracking,
    glyphCount: options.glyphCount ?? null,
    protrudeFirstLine: params.protrudeFirstLine,
  };
  // As in TeX, a negative pretolerance skips the first pass. A looseness is
  // met within TeX's two tolerances or not at all: the looser passes, whose
  // lines may be as wide as it takes, would always meet it.
  const tried = passes.filter((p) => p.tolerance >= 0 && (t.looseness === 0 || p.tolerance <= t.tolerance));
  for (const { items: itemsOf, ...pass } of tried) {
    const items = itemsOf();
    const breaks = knuthPlass(items, { ...params, ...pass });
    if (breaks !== null) return { lines: layoutLines(items, breaks, layout), emergency: pass.finalPass };
  }
  if (t.looseness !== 0) return breakParagraph(written, options, { ...tuning, looseness: 0 });
  // Unreachable: the final pass always returns breaks.
  throw new Error('breakParagraph: no breaks found in the final pass');
}
