// Each font file is parsed once with fontkit; the same parsed font measures text
// for layout and is handed to pdfkit for drawing, so widths agree exactly.
// Characters a face lacks are set in the theme's fallback faces, which are read
// only when a document needs them.
import { readFileSync } from 'node:fs';
import { create } from 'fontkit';
import type { Font } from 'fontkit';
import type { Diagnostic } from './diagnostics.ts';
import type { Block, Document, Inline } from './document.ts';
import { LineIndex } from './parse/position.ts';
import { Shaper } from './shaping.ts';
import type { FallbackFontKey, FontKey, Measure } from './pdf/layout/types.ts';
import { inlineText } from './text.ts';
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

export const FALLBACK_FONT_KEYS: readonly FallbackFontKey[] = [
  'fallback0',
  'fallback1',
  'fallback2',
  'fallback3',
  'fallback4',
  'fallback5',
  'fallback6',
  'fallback7',
];

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
  /** The shaped chunks of a face: what measure uses, and pdfkit's layout cache when painting. */
  shaper(key: FontKey): Shaper;
  /** Keeps this build's newly shaped chunks for the next build (see shaping.ts). */
  saveShaping(): void;
  /** Every character of `text` has a glyph in the font (no .notdef boxes). */
  hasGlyphs(key: FontKey, text: string): boolean;
  /**
   * `text` cut where the face that can draw it changes: `key` where it has the
   * glyphs, else the first fallback face that has them. A character no face
   * has stays in `key` (see `missingGlyphWarnings`).
   */
  split(text: string, key: FontKey): CoveredText[];
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
const NEEDS_NO_GLYPH = /[\s\p{Default_Ignorable_Code_Point}]/u;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

const fontSets = new WeakMap<Theme, FontSet>();

/** The fonts of a theme, loaded once per theme object; fallback faces only when used. */
/** Where a slanted or bold face lacks a character, its family's plainer faces come before the fallbacks. */
const UPRIGHT: Partial<Record<FontKey, readonly FontKey[]>> = {
  bodyItalic: ['body'],
  bodyBold: ['body'],
  bodyBoldItalic: ['bodyBold', 'body'],
  monoItalic: ['mono'],
  monoBold: ['mono'],
  monoBoldItalic: ['monoBold', 'mono'],
};

export function loadFonts(theme: Theme): FontSet {
  const known = fontSets.get(theme);
  if (known) return known;
  const basePaths = { ...facePaths(theme.fonts.body, 'body'), ...facePaths(theme.fonts.mono, 'mono') };
  const fallbacks = FALLBACK_FONT_KEYS.slice(0, theme.fonts.fallback.length);
  // Keys past the theme's list are never assigned to a run; they name the body face so every key is a font.
  const paths = Object.fromEntries(
    FONT_KEYS.map((key) => [key, basePaths[key] ?? theme.fonts.fallback[FALLBACK_FONT_KEYS.indexOf(key as FallbackFontKey)] ?? theme.fonts.body.regular]),
  ) as Record<FontKey, string>;
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
    FONT_KEYS.map((key) => [key, fallbacks.includes(key as FallbackFontKey) ? lazyFont(() => parse(paths[key])) : parse(paths[key])]),
  ) as Record<FontKey, Font>;

  // Whether a face can draw a code point, remembered: every run of text is checked.
  const coverage = new Map<FontKey, Map<number, boolean>>();
  const covers = (key: FontKey, codePoint: number): boolean => {
    let known = coverage.get(key);
    if (known === undefined) coverage.set(key, (known = new Map()));
    let has = known.get(codePoint);
    if (has === undefined) {
      has = NEEDS_NO_GLYPH.test(String.fromCodePoint(codePoint)) || fonts[key].hasGlyphForCodePoint(codePoint);
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
  /** The face for one grapheme cluster: all of it in one face if possible, else its base character. */
  const faceFor = (cluster: string, key: FontKey): FontKey | null => {
    const chain = [key, ...(UPRIGHT[key] ?? []), ...fallbacks];
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
    shaper,
    saveShaping: () => {
      for (const known of shapers.values()) known.save();
    },
    hasGlyphs: drawable,
    split(text, key) {
      if (fallbacks.length === 0 || drawable(key, text)) return [{ text, font: key }];
      const pieces: { text: string; font: FontKey }[] = [];
      for (const { segment } of graphemes.segment(text)) {
        const last = pieces.at(-1);
        // Spaces and invisible marks stay with the text before them.
        const visible = [...segment].some((ch) => !NEEDS_NO_GLYPH.test(ch));
        const font = !visible ? (last?.font ?? key) : drawable(key, segment) ? key : (faceFor(segment, key) ?? key);
        if (last !== undefined && last.font === font) last.text += segment;
        else pieces.push({ text: segment, font });
      }
      return pieces;
    },
    ascent: (key, size) => (fonts[key].ascent / fonts[key].unitsPerEm) * size,
    descent: (key, size) => (-fonts[key].descent / fonts[key].unitsPerEm) * size,
  };
  fontSets.set(theme, set);
  return set;
}

/** Where a character is drawn, and so which faces can draw it. */
type Setting = 'text' | 'code' | 'codeBlock' | 'runningHead';

const BODY_FACE_KEYS: Readonly<Record<keyof FontFaces, FontKey>> = { regular: 'body', italic: 'bodyItalic', bold: 'bodyBold', boldItalic: 'bodyBoldItalic' };

const SETTING_MESSAGE: Readonly<Record<Setting, string>> = {
  text: 'no font has a glyph for',
  code: 'no font has a glyph for',
  codeBlock: 'the code font has no glyph (code blocks use no fallback fonts) for',
  runningHead: 'the running-head font has no glyph (running heads use no fallback fonts) for',
};

/**
 * A warning at the first occurrence in the manuscript of each character the
 * PDF cannot draw, so none prints as a blank or a box unannounced. The
 * Document has no positions, so characters are found in its text and then
 * located in the manuscript's source (1:1 when the text was generated, e.g.
 * by a citation style).
 */
export function missingGlyphWarnings(doc: Document, theme: Theme): Diagnostic[] {
  const fonts = loadFonts(theme);
  const faces: Readonly<Record<Setting, readonly FontKey[]>> = {
    text: ['body', ...FALLBACK_FONT_KEYS.slice(0, theme.fonts.fallback.length)],
    code: ['mono', ...FALLBACK_FONT_KEYS.slice(0, theme.fonts.fallback.length)],
    codeBlock: ['mono'],
    runningHead: [BODY_FACE_KEYS[theme.running.face]],
  };
  /** By setting and character, in order of first appearance. */
  const missing = new Map<string, { ch: string; setting: Setting; count: number }>();
  const check = (text: string, setting: Setting): void => {
    if (fonts.hasGlyphs(faces[setting][0] ?? 'body', text)) return;
    for (const ch of text) {
      if (NEEDS_NO_GLYPH.test(ch)) continue;
      const known = missing.get(`${setting}\u0000${ch}`);
      if (known !== undefined) known.count++;
      else if (!faces[setting].some((key) => fonts.hasGlyphs(key, ch))) missing.set(`${setting}\u0000${ch}`, { ch, setting, count: 1 });
    }
  };
  const { metadata } = doc;
  for (const value of [metadata.title, metadata.subtitle, ...metadata.authors, metadata.publisher, metadata.source]) {
    if (value !== undefined) check(value, 'text');
  }
  const headings: string[] = [];
  forEachText([...doc.blocks, ...doc.notes.flatMap((note) => note.children)], check, headings);
  if (theme.running.head !== 'none') check(theme.running.head === 'title' ? metadata.title : [metadata.title, ...headings].join(' '), 'runningHead');

  const source = doc.source.toString('utf8').replace(/^\uFEFF/u, '');
  const lines = new LineIndex(source);
  return [...missing.values()].map(({ ch, setting, count }) => {
    const offset = source.indexOf(ch);
    const at = offset === -1 ? { line: 1, column: 1 } : lines.point(offset);
    const codePoint = (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    const shown = /\p{C}/u.test(ch) ? '' : ` '${ch}'`;
    const times = count > 1 ? ` (${count} times)` : '';
    return { severity: 'warning', file: doc.path, line: at.line, column: at.column, message: `${SETTING_MESSAGE[setting]} U+${codePoint}${shown}${times}` };
  });
}

/** Calls `check` on the text of every node, saying how it is set; collects heading texts. */
function forEachText(blocks: readonly Block[], check: (text: string, setting: Setting) => void, headings: string[]): void {
  const inlines = (nodes: readonly Inline[]): void => {
    for (const node of nodes) {
      if (node.type === 'text') check(node.value, 'text');
      else if (node.type === 'code') check(node.value, 'code');
      else if (node.type === 'image') check(node.image.alt, 'text');
      else if ('children' in node) inlines(node.children);
    }
  };
  // An explicit stack: a manuscript may nest quotes and lists hundreds deep.
  const stack = [...blocks].reverse();
  for (let block = stack.pop(); block !== undefined; block = stack.pop()) {
    switch (block.type) {
      case 'heading':
        headings.push(inlineText(block.children));
        inlines(block.children);
        break;
      case 'paragraph':
        inlines(block.children);
        break;
      case 'figure':
        inlines(block.caption);
        break;
      case 'code':
        check(block.value, 'codeBlock');
        break;
      case 'table':
        for (const row of block.rows) for (const cell of row.cells) inlines(cell.children);
        break;
      case 'blockquote':
        stack.push(...[...block.children].reverse());
        break;
      case 'list':
        stack.push(...block.items.flatMap((item) => item.children).reverse());
        break;
      case 'thematicBreak':
        break;
    }
  }
}
