// Margins for a page size a theme names without setting its own: the text
// block is made as wide as about 66 characters of the body face at its size
// (the middle of the 60–75 that reads best), from the font's real widths.
import { openFont } from '../fonts.ts';
import type { PageSize } from './units.ts';

export type Side = 'top' | 'bottom' | 'inner' | 'outer';
export type Margins = Record<Side, number>;

/** Characters to the line the derived measure aims at. */
export const TARGET_CHARACTERS = 66;

/** Fewest characters to the line a narrow page is given, by narrowing its margins. */
const FLOOR_CHARACTERS = 62;

/** The narrowest side margin for the target measure. */
const ROOMY_SIDE = 0.5 * 72;

/**
 * The narrowest side margin a narrow page (5 × 8 in at 10.5 pt) takes to keep
 * FLOOR_CHARACTERS: KDP's inside minimum for books under 150 pages.
 */
const TIGHT_SIDE = 0.375 * 72;

/**
 * The proportions of the default 6 × 9 in page: 0.8 / 0.9 in between the
 * inside and outside margins, 0.8 / 0.95 in of 9 in at the head and foot.
 */
const INNER_SHARE = 0.8 / (0.8 + 0.9);
const TOP_SHARE = 0.8 / 9;
const BOTTOM_SHARE = 0.95 / 9;

/**
 * Ordinary English prose, punctuation and spaces included: its average advance
 * is what a reader's "characters per line" counts.
 */
const SAMPLE =
  'The committee met on a Tuesday in early spring, when the roads were still muddy and few of the members expected ' +
  'to agree on anything. By evening, however, they had settled the budget, named a new secretary, and written ' +
  'a short letter to the mayor explaining why the old bridge could not wait another year for repairs.';

/** Average width in points of one character of the sample in the font at `size`. */
export function averageCharacterWidth(fontFile: string, size: number): number {
  const font = openFont(fontFile);
  const units = font.layout(SAMPLE).advanceWidth;
  return ((units / font.unitsPerEm) * size) / [...SAMPLE].length;
}

/**
 * Every side the theme left open, for `page` and a body of `characterWidth`
 * points per character. Sides the theme set (`given`) are kept; the open
 * side opposite a given one takes what the measure leaves.
 */
export function deriveMargins(page: PageSize, characterWidth: number, given: Partial<Margins>): Margins {
  const roomy = Math.min(TARGET_CHARACTERS * characterWidth, page.width - 2 * ROOMY_SIDE);
  const tight = Math.min(FLOOR_CHARACTERS * characterWidth, page.width - 2 * TIGHT_SIDE);
  const across = page.width - Math.max(roomy, tight);
  const inner = given.inner ?? Math.max(TIGHT_SIDE, given.outer === undefined ? across * INNER_SHARE : across - given.outer);
  const outer = given.outer ?? Math.max(TIGHT_SIDE, across - inner);
  return {
    top: given.top ?? Math.max(ROOMY_SIDE, page.height * TOP_SHARE),
    bottom: given.bottom ?? Math.max(ROOMY_SIDE, page.height * BOTTOM_SHARE),
    inner,
    outer,
  };
}
