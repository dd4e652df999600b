// Text in a script whose shaped glyphs do not read back in their letters'
// order: the vowel signs of the scripts of India, Sri Lanka and Cambodia are
// drawn before their consonant and their conjuncts as one glyph; the marks of
// Thai, Lao and Tibetan are placed by offsets that text extraction reads out
// of order or as a line of their own. A PDF's text is read back in the order
// and places its glyphs are drawn, so "विशाल" would extract as "िवशाल" and
// "รูป" as "รป ู", failing every search. Such a run is drawn as its shaped
// glyphs' outlines, and under them its letters as invisible text in their
// written order, each letter its own unshaped glyph, stretched to the run's
// width (as a formula's TeX is drawn under it); text extraction, search and
// copying then give the text as written. Other scripts keep real shaped text
// (pdfkit.ts).
import type { Font, Glyph } from 'fontkit';
import { layoutText } from '../../fonts/myanmar.ts';
import type { GlyphPosition, TextFont } from './content-stream.ts';

/**
 * Scripts drawn so: Devanagari to Sinhala, Thai, Lao, Tibetan, Myanmar and
 * Khmer. Thai's sara am (ำ) is one more reason: fonts draw it as two glyphs,
 * the second also the plain sara aa (า), and a PDF maps each glyph to one text.
 */
export const SHAPED_OUT_OF_ORDER = /[\u0900-\u0FFF\u1000-\u109F\u1780-\u17FF]/u;

/** The parts of pdfkit's embedded font the unshaped encoding writes into. */
export interface SubsetFont {
  readonly id: string;
  readonly font: Font;
  /** Font units → thousandths of the font size. */
  readonly scale: number;
  readonly subset: { includeGlyph(glyph: number): number };
  readonly widths: number[];
  readonly unicode: number[][];
}

export interface GlyphShape {
  readonly d: string;
  readonly transform: readonly number[];
}

/**
 * The run's shaped glyphs as outlines in page space (y down), from `x` on the
 * baseline, `hscale` wide, with `wordSpacing` after each space; and the run's width.
 */
export function shapedOutlines(
  font: Font,
  text: string,
  x: number,
  baseline: number,
  size: number,
  hscale: number,
  wordSpacing: number,
): { readonly shapes: GlyphShape[]; readonly width: number } {
  const run = layoutText(font, text);
  const unit = size / font.unitsPerEm;
  const shapes: GlyphShape[] = [];
  let at = x;
  run.glyphs.forEach((glyph: Glyph, i: number) => {
    const position = run.positions[i];
    if (position === undefined) return;
    const d = glyph.path.toSVG();
    if (d !== '') shapes.push({ d, transform: [unit * hscale, 0, 0, -unit, at + position.xOffset * unit * hscale, baseline - position.yOffset * unit] });
    at += position.xAdvance * unit * hscale + (glyph.codePoints.includes(0x20) ? wordSpacing : 0);
  });
  return { shapes, width: at - x };
}

/**
 * The width, in thousandths of the size, of an invisible letter whose glyph
 * has none: these fonts' glyphs are drawn as outlines only, so the width
 * serves the text layer alone.
 */
const MARK_WIDTH = 50;

/** The font encoding each letter as its own glyph, in written order, with no shaping. */
export function unshapedFont(kit: SubsetFont): TextFont {
  return {
    id: kit.id,
    encode(text: string): [string[], GlyphPosition[]] {
      const codes: string[] = [];
      const positions: GlyphPosition[] = [];
      for (const char of text) {
        const codePoint = char.codePointAt(0) as number;
        const glyph = kit.font.glyphForCodePoint(codePoint);
        const id = kit.subset.includeGlyph(glyph.id);
        // A mark of no width would share its x with the next letter, and extraction, which reads by
        // position, could put it after that letter ("มรี" for "มีร"): each letter takes some room.
        const advance = Math.max(glyph.advanceWidth * kit.scale, MARK_WIDTH);
        const width = (kit.widths[id] ??= advance);
        kit.unicode[id] ??= [codePoint];
        codes.push(`0000${id.toString(16)}`.slice(-4));
        positions.push({ xAdvance: advance, xOffset: 0, yOffset: 0, advanceWidth: width });
      }
      return [codes, positions];
    },
  };
}
