// Each font file is parsed once with fontkit; the same parsed font measures text
// for layout and is handed to pdfkit for drawing, so widths agree exactly.
import { readFileSync } from 'node:fs';
import { create } from 'fontkit';
import type { Font } from 'fontkit';
import type { FontKey, Measure } from './pdf/layout/types.ts';
import type { FontFaces, Theme } from './theme/types.ts';

export type { Font };

const parsedByPath = new Map<string, Font>();

/** The parsed font at an absolute path, parsed on first use. */
export function openFont(path: string): Font {
  let font = parsedByPath.get(path);
  if (font === undefined) {
    font = create(readFileSync(path));
    parsedByPath.set(path, font);
  }
  return font;
}

export const FONT_KEYS: readonly FontKey[] = [
  'body',
  'bodyItalic',
  'bodyBold',
  'bodyBoldItalic',
  'mono',
  'monoItalic',
  'monoBold',
  'monoBoldItalic',
];

export interface FontSet {
  readonly paths: Readonly<Record<FontKey, string>>;
  readonly fonts: Readonly<Record<FontKey, Font>>;
  /** Width in points, laid out exactly as pdfkit lays out what paint draws. */
  readonly measure: Measure;
  /** Every character of `text` has a glyph in the font (no .notdef boxes). */
  hasGlyphs(key: FontKey, text: string): boolean;
  /** Height above the baseline of the font's ascender, in points. */
  ascent(key: FontKey, size: number): number;
  /** Depth below the baseline of the font's descender, in points (positive). */
  descent(key: FontKey, size: number): number;
}

function facePaths(faces: FontFaces, prefix: 'body' | 'mono'): Record<string, string> {
  return {
    [prefix]: faces.regular,
    [`${prefix}Italic`]: faces.italic,
    [`${prefix}Bold`]: faces.bold,
    [`${prefix}BoldItalic`]: faces.boldItalic,
  };
}

const fontSets = new WeakMap<Theme, FontSet>();

/** The fonts of a theme, loaded once per theme object. */
export function loadFonts(theme: Theme): FontSet {
  const known = fontSets.get(theme);
  if (known) return known;
  const paths = { ...facePaths(theme.fonts.body, 'body'), ...facePaths(theme.fonts.mono, 'mono') } as Record<FontKey, string>;
  const fonts = Object.fromEntries(FONT_KEYS.map((key) => [key, openFont(paths[key])])) as Record<FontKey, Font>;

  // Advance widths in em, by font and chunk: prose repeats words a great deal,
  // and the breaker measures the same words inside many candidate lines.
  const ems = new Map<string, number>();
  const chunkWidth = (key: FontKey, chunk: string): number => {
    const cacheKey = `${key}\u0000${chunk}`;
    let width = ems.get(cacheKey);
    if (width === undefined) {
      const font = fonts[key];
      width = font.layout(chunk).advanceWidth / font.unitsPerEm;
      ems.set(cacheKey, width);
    }
    return width;
  };
  const emWidth = (key: FontKey, text: string): number => {
    let width = 0;
    // pdfkit lays out text without explicit features in chunks that end at
    // each space (kerning and ligatures within a chunk, none across): do the same.
    for (const chunk of text.match(/[^ \t]*[ \t]?/gu) ?? []) {
      if (chunk !== '') width += chunkWidth(key, chunk);
    }
    return width;
  };

  const set: FontSet = {
    paths,
    fonts,
    measure: (text, key, size) => emWidth(key, text) * size,
    hasGlyphs: (key, text) => [...text].every((ch) => /\s/u.test(ch) || fonts[key].hasGlyphForCodePoint(ch.codePointAt(0) ?? 0)),
    ascent: (key, size) => (fonts[key].ascent / fonts[key].unitsPerEm) * size,
    descent: (key, size) => (-fonts[key].descent / fonts[key].unitsPerEm) * size,
  };
  fontSets.set(theme, set);
  return set;
}
