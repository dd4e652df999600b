// The page content stream's text operators: one text object (BT…ET) per drawn
// line, with pdfkit's glyph codes and kerning, written in one piece rather than
// through pdfkit's per-fragment writer. Font expansion is the text horizontal
// scaling operator (Tz) and letter spacing the character spacing operator
// (Tc), both set inside the text object and reset before its end. A hyphen
// added where a word breaks at the line's end is read as a soft hyphen.
import { LAYOUT_RUNS } from '../../fonts.ts';
import type { Fragment } from '../../fonts/types.ts';

/** Where fontkit put a glyph, in thousandths of the font size. */
export interface GlyphPosition {
  readonly xAdvance: number;
  readonly xOffset: number;
  readonly yOffset: number;
  /** The glyph's own width, which the font's widths array gives the viewer. */
  readonly advanceWidth: number;
}

/** pdfkit's embedded font, as the text writer uses it. */
export interface TextFont {
  /** Its resource name on the page (F1, F2…). */
  readonly id: string;
  /**
   * Lays `text` out (kerned, ligated), adds its glyphs to the subset, and gives
   * their 4-hex-digit codes with their positions.
   */
  encode(text: string): [string[], GlyphPosition[]];
}

/** How a fragment's glyphs are set: its own fields (absent: scale 1, no letter spacing, no soft hyphen). */
export type TextSetting = Pick<Fragment, 'wordSpacing' | 'hscale' | 'tracking' | 'softHyphen'>;

/** Marked content whose text is a soft hyphen: UTF-16BE with its byte-order mark. */
const SOFT_HYPHEN_SPAN = '/Span <</ActualText <FEFF00AD>>> BDC';

/** A number as pdfkit writes one: at most six decimals. */
const pdfNumber = (n: number): number => Math.round(n * 1e6) / 1e6;

/**
 * One text object (BT…ET) drawing `text` in `font` at `size`, baseline at
 * (x, baseline) in pdfkit's top-down page space, each U+0020 widened by
 * `wordSpacing` points. The glyphs and kerning are pdfkit's own (its _fragment
 * writes the same TJ arrays); the widening is a TJ adjustment after each space
 * glyph, as Tw acts only on single-byte codes and pdfkit's wordSpacing option
 * drops the spaces from the text layer. The text matrix flips y back upright,
 * so no q/cm/Q is needed around it. `hscale` widens every glyph (and, as Tz
 * does, the TJ adjustments too: the word spacing is divided by it to stay
 * `wordSpacing` points). `tracking` points are added after every glyph, spaces
 * included (Tz scales Tc too: it is divided by `hscale` likewise).
 * `softHyphen`: the last glyph is a hyphen the line break added; it is
 * wrapped in a Span whose ActualText is U+00AD (PDF 32000-1, 14.8.2.2.3).
 */
export function textObject(
  font: TextFont,
  text: string,
  x: number,
  baseline: number,
  size: number,
  setting: TextSetting,
): string {
  const { wordSpacing, hscale = 1, tracking = 0, softHyphen = false } = setting;
  const scale = (size / 1000) * hscale;
  const spacing = wordSpacing / scale;
  const origin = (at: number, rise: number): string => `1 0 0 -1 ${pdfNumber(at)} ${pdfNumber(baseline - rise)} Tm`;
  const out = ['BT', `/${font.id} ${pdfNumber(size)} Tf`, origin(x, 0)];
  if (hscale !== 1) out.push(`${pdfNumber(hscale * 100)} Tz`);
  if (tracking !== 0) out.push(`${pdfNumber(tracking / hscale)} Tc`);
  // Glyph codes since the last adjustment, and the TJ array they go into.
  let codes = '';
  const array: string[] = [];
  const flush = (): void => {
    if (codes !== '') array.push(`<${codes}> 0`);
    codes = '';
    if (array.length > 0) out.push(`[${array.join(' ')}] TJ`);
    array.length = 0;
  };
  let at = x;
  let offset = false;
  let span = false;
  const runs = (text.match(LAYOUT_RUNS) ?? []).filter((run) => run !== '');
  for (const [r, run] of runs.entries()) {
    const [hex, positions] = font.encode(run);
    const spaceAt = run.endsWith(' ') ? positions.length - 1 : -1;
    const softAt = softHyphen && r === runs.length - 1 && run.endsWith('-') ? positions.length - 1 : -1;
    for (let i = 0; i < positions.length; i++) {
      if (i === softAt) {
        flush();
        out.push(SOFT_HYPHEN_SPAN);
        span = true;
      }
      const position = positions[i] as GlyphPosition;
      const extra = i === spaceAt ? spacing : 0;
      const adjustment = position.xAdvance - position.advanceWidth + extra;
      if (position.xOffset !== 0 || position.yOffset !== 0) {
        // A displaced glyph (a mark, a shaped cluster) gets a text matrix of its own.
        flush();
        out.push(origin(at + position.xOffset * scale, position.yOffset * scale), `[<${hex[i]}> ${pdfNumber(-adjustment)}] TJ`);
        offset = true;
      } else {
        if (offset) out.push(origin(at, 0));
        offset = false;
        codes += hex[i];
        if (adjustment !== 0) {
          array.push(`<${codes}> ${pdfNumber(-adjustment)}`);
          codes = '';
        }
      }
      at += (position.xAdvance + extra) * scale + tracking;
    }
  }
  flush();
  if (span) out.push('EMC');
  // Tz and Tc are graphics state, which ET keeps: later text must not inherit them.
  if (hscale !== 1) out.push('100 Tz');
  if (tracking !== 0) out.push('0 Tc');
  out.push('ET');
  return out.join('\n');
}
