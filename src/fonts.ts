// Each font file is parsed once with fontkit; the same parsed font measures text
// for layout and is handed to pdfkit for drawing, so widths agree exactly.
// Characters a face lacks are set in the theme's fallback faces, which are read
// only when a document needs them; a character no face has is drawn as U+FFFD
// (see missing-glyphs.ts for its warning).
import { readFileSync } from 'node:fs';
import { create } from 'fontkit';
import type { Font } from 'fontkit';
import { Shaper } from './shaping.ts';
import type { FallbackBoldFontKey, FallbackFontKey, FontKey, Fragment, GlyphCount, Measure } from './fonts/types.ts';
import type { FontFaces, Theme } from './theme/types.ts';

/**
 * The runs pdfkit lays text out in when no features are given: kerning and
 * ligatures within a run, none across; each ends at a space or tab. Measuring
 * and the PDF's text operators both cut text this way.
 */
export const LAYOUT_RUNS = /[^ \t]*[ \t]?/gu;

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

/**
 * A font that is read and parsed when first used. pdfkit is given every face
 * before painting but touches one only when it draws with it; a CJK face is
 * 15 MB and 100 ms to read, which a document that never needs it must not pay.
 */
function lazyFont(load: () => Font): Font {
  return new Proxy({} as Font, {
    get(_target, key) {
      const font = load();
      const value: unknown = Reflect.get(font, key, font);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(font) : value;
    },
    set: (_target, key, value) => Reflect.set(load(), key, value),
    has: (_target, key) => Reflect.has(load(), key),
  });
}

/** Every fallback key, in order: 48, the most a theme may list (theme/schema.ts). */
export const FALLBACK_FONT_KEYS: readonly FallbackFontKey[] = Array.from({ length: 48 }, (_, i) => `fallback${i}` as FallbackFontKey);

/** The fallback faces' bolds, by the same positions. */
export const FALLBACK_BOLD_FONT_KEYS: readonly FallbackBoldFontKey[] = Array.from({ length: 48 }, (_, i) => `fallbackBold${i}` as FallbackBoldFontKey);

export const FONT_KEYS: readonly FontKey[] = [
  'body',
  'bodyItalic',
  'bodyBold',
  'bodyBoldItalic',
  'mono',
  'monoItalic',
  'monoBold',
  'monoBoldItalic',
  ...FALLBACK_FONT_KEYS,
  ...FALLBACK_BOLD_FONT_KEYS,
];

/** A stretch of text and the face that has glyphs for it. */
export interface CoveredText {
  readonly text: string;
  readonly font: FontKey;
}

export interface FontSet {
  readonly paths: Readonly<Record<FontKey, string>>;
  readonly fonts: Readonly<Record<FontKey, Font>>;
  /** Width in points, laid out exactly as pdfkit lays out what paint draws. */
  readonly measure: Measure;
  /** Glyphs in `text` as paint draws it (ligatures are one). */
  readonly glyphCount: GlyphCount;
  /** The shaped chunks of a face: what measure uses, and pdfkit's layout cache when painting. */
  shaper(key: FontKey): Shaper;
  /** Keeps this build's newly shaped chunks for the next build (see shaping.ts). */
  saveShaping(): void;
  /** Every character of `text` has a glyph in the font (no .notdef boxes). */
  hasGlyphs(key: FontKey, text: string): boolean;
  /**
   * `text` cut where the face that can draw it changes: `key` where it has the
   * glyphs, else the first fallback face that has them (a whole word in one
   * face where one face has all of it, so polytonic Greek is not set in two
   * designs). A character no face has becomes U+FFFD, in a face that has it.
   * Text with combining marks is set in its NFC form.
   */
  split(text: string, key: FontKey): CoveredText[];
  /** One line of `text` in `key` and its fallbacks, as fragments from x = 0, and its width. */
  setLine(text: string, key: FontKey, size: number): { fragments: Fragment[]; width: number };
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

/** Drawn as nothing (fontkit gives them no width), so no face needs a glyph for them. */
export const NEEDS_NO_GLYPH = /[\s\p{Default_Ignorable_Code_Point}]/u;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Drawn for a character no face has: visible, and searchable in the text layer. */
export const REPLACEMENT = '\uFFFD';

const COMBINING_MARK = /\p{M}/u;

/** A word with Latin letters or digits keeps them in the text face, even if another face has the whole word. */
const LATIN = /[A-Za-z0-9]/u;

const fontSets = new WeakMap<Theme, FontSet>();

/** Where a slanted or bold face lacks a character, its family's plainer faces come before the fallbacks. */
const UPRIGHT: Partial<Record<FontKey, readonly FontKey[]>> = {
  bodyItalic: ['body'],
  bodyBold: ['body'],
  bodyBoldItalic: ['bodyBold', 'body'],
  monoItalic: ['mono'],
  monoBold: ['mono'],
  monoBoldItalic: ['monoBold', 'mono'],
};

function isFallback(key: FontKey): boolean {
  return key.startsWith('fallback');
}

/** A fallback bold's regular face. */
function regularOf(key: FontKey): FontKey | undefined {
  const index = FALLBACK_BOLD_FONT_KEYS.indexOf(key as FallbackBoldFontKey);
  return index < 0 ? undefined : FALLBACK_FONT_KEYS[index];
}

/** The faces whose text takes a fallback face's bold. */
const BOLD = new Set<FontKey>(['bodyBold', 'bodyBoldItalic', 'monoBold', 'monoBoldItalic']);

/** The fonts of a theme, loaded once per theme object; fallback faces only when used. */
export function loadFonts(theme: Theme): FontSet {
  const known = fontSets.get(theme);
  if (known) return known;
  const basePaths = { ...facePaths(theme.fonts.body, 'body'), ...facePaths(theme.fonts.mono, 'mono') };
  const fallbacks = FALLBACK_FONT_KEYS.slice(0, theme.fonts.fallback.length);
  // Bold text tries each fallback's bold where the theme gives one, then its regular face (for what the bold lacks).
  const boldFallbacks = fallbacks.flatMap((key, i): FontKey[] => (theme.fonts.fallbackBold[i] ? [FALLBACK_BOLD_FONT_KEYS[i] as FontKey, key] : [key]));
  // Keys past the theme's list are never assigned to a run; they name the body face so every key is a font.
  const fallbackPath = (key: FontKey): string | undefined => {
    const bold = FALLBACK_BOLD_FONT_KEYS.indexOf(key as FallbackBoldFontKey);
    if (bold >= 0) return theme.fonts.fallbackBold[bold] ?? theme.fonts.fallback[bold];
    return theme.fonts.fallback[FALLBACK_FONT_KEYS.indexOf(key as FallbackFontKey)];
  };
  const paths = Object.fromEntries(FONT_KEYS.map((key) => [key, basePaths[key] ?? fallbackPath(key) ?? theme.fonts.body.regular])) as Record<FontKey, string>;
  // Parsed afresh for each font set, never shared with another document: fontkit
  // keeps each glyph with the characters it was first made from, and pdfkit maps
  // glyphs back to text from those, so a shared font could carry one document's
  // mapping into the next one's text layer.
  const parsed = new Map<string, { font: Font; bytes: Buffer }>();
  const parse = (path: string): Font => {
    let known = parsed.get(path);
    if (known === undefined) {
      const bytes = readFileSync(path);
      parsed.set(path, (known = { font: create(bytes), bytes }));
    }
    return known.font;
  };
  const fonts = Object.fromEntries(
    FONT_KEYS.map((key) => [key, isFallback(key) ? lazyFont(() => parse(paths[key])) : parse(paths[key])]),
  ) as Record<FontKey, Font>;

  // Whether a face can draw a code point, remembered: every run of text is checked.
  const coverage = new Map<FontKey, Map<number, boolean>>();
  const covers = (key: FontKey, codePoint: number): boolean => {
    let known = coverage.get(key);
    if (known === undefined) coverage.set(key, (known = new Map()));
    let has = known.get(codePoint);
    if (has === undefined) {
      // A bold is read only once its regular face, which has the same script, has the character.
      const regular = regularOf(key);
      has = NEEDS_NO_GLYPH.test(String.fromCodePoint(codePoint)) || ((regular === undefined || covers(regular, codePoint)) && fonts[key].hasGlyphForCodePoint(codePoint));
      known.set(codePoint, has);
    }
    return has;
  };
  const drawable = (key: FontKey, text: string): boolean => {
    for (let i = 0; i < text.length; i++) {
      const codePoint = text.codePointAt(i) as number;
      if (codePoint > 0xffff) i++;
      if (!covers(key, codePoint)) return false;
    }
    return true;
  };
  const chainOf = (key: FontKey): FontKey[] => [key, ...(UPRIGHT[key] ?? []), ...(BOLD.has(key) ? boldFallbacks : fallbacks)];
  /** The face for one grapheme cluster: all of it in one face if possible, else its base character. */
  const faceFor = (cluster: string, key: FontKey): FontKey | null => {
    const chain = chainOf(key);
    const whole = chain.find((k) => drawable(k, cluster));
    if (whole !== undefined) return whole;
    const base = [...cluster].find((ch) => !NEEDS_NO_GLYPH.test(ch)) ?? '';
    return chain.find((k) => drawable(k, base)) ?? null;
  };

  // One shaper per font file (several keys may name the same file).
  const shapers = new Map<string, Shaper>();
  const shaper = (key: FontKey): Shaper => {
    const path = paths[key];
    let known = shapers.get(path);
    if (known === undefined) {
      const font = fonts[key];
      shapers.set(path, (known = new Shaper(font, () => (parse(path), parsed.get(path)?.bytes ?? Buffer.alloc(0)))));
    }
    return known;
  };
  const chunkWidth = (key: FontKey, chunk: string): number => shaper(key).run(chunk).advanceWidth / 1000;
  const emWidth = (key: FontKey, text: string): number => {
    // Most texts measured are single words: one chunk.
    if (!text.includes(' ') && !text.includes('\t')) return text === '' ? 0 : chunkWidth(key, text);
    let width = 0;
    for (const chunk of text.match(LAYOUT_RUNS) ?? []) {
      if (chunk !== '') width += chunkWidth(key, chunk);
    }
    return width;
  };

  const set: FontSet = {
    paths,
    fonts,
    measure: (text, key, size) => emWidth(key, text) * size,
    glyphCount: (text, key) => {
      let count = 0;
      for (const chunk of text.match(LAYOUT_RUNS) ?? []) if (chunk !== '') count += shaper(key).run(chunk).glyphs.length;
      return count;
    },
    shaper,
    saveShaping: () => {
      for (const known of shapers.values()) known.save();
    },
    hasGlyphs: drawable,
    split(raw, key) {
      // Decomposed accents (ο + U+0313 + U+0301) become the precomposed letter a
      // face draws as one glyph, rather than marks a face may not stack.
      const text = COMBINING_MARK.test(raw) ? raw.normalize('NFC') : raw;
      if (fallbacks.length === 0 || drawable(key, text)) return [{ text, font: key }];
      const pieces: { text: string; font: FontKey }[] = [];
      const push = (piece: string, font: FontKey): void => {
        const last = pieces.at(-1);
        if (last !== undefined && last.font === font) last.text += piece;
        else pieces.push({ text: piece, font });
      };
      for (const word of text.match(/\s+|\S+/gu) ?? []) {
        const whole = drawable(key, word) ? key : LATIN.test(word) ? undefined : chainOf(key).find((k) => drawable(k, word));
        if (whole !== undefined) {
          push(word, whole);
          continue;
        }
        for (const { segment } of graphemes.segment(word)) {
          // Invisible marks stay with the text before them.
          const visible = [...segment].some((ch) => !NEEDS_NO_GLYPH.test(ch));
          if (!visible) push(segment, pieces.at(-1)?.font ?? key);
          else if (drawable(key, segment)) push(segment, key);
          else {
            const face = faceFor(segment, key);
            if (face !== null) push(segment, face);
            else push(REPLACEMENT, chainOf(key).find((k) => covers(k, 0xfffd)) ?? key);
          }
        }
      }
      return pieces;
    },
    setLine(text, key, size) {
      const fragments: Fragment[] = [];
      let width = 0;
      for (const piece of set.split(text, key)) {
        const w = emWidth(piece.font, piece.text) * size;
        fragments.push({ text: piece.text, font: piece.font, size, x: width, width: w, wordSpacing: 0 });
        width += w;
      }
      return { fragments, width };
    },
    ascent: (key, size) => (fonts[key].ascent / fonts[key].unitsPerEm) * size,
    descent: (key, size) => (-fonts[key].descent / fonts[key].unitsPerEm) * size,
  };
  fontSets.set(theme, set);
  return set;
}
