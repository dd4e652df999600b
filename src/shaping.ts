// Text shaping (fontkit's layout: kerning, ligatures) is the costliest step of
// setting a page, and prose repeats its words: each chunk of text is shaped
// once per font and remembered, in this build and — through src/cache.ts — in
// the next. Layout measures with these runs and pdfkit draws from the very
// same objects (they are its layout cache), so widths agree exactly.
import type { Font, Glyph, GlyphPosition, GlyphRun } from 'fontkit';
import { cacheKey, readCached, writeCached } from './cache.ts';
import { layoutText } from './fonts/myanmar.ts';

/** A glyph as pdfkit's encoder reads it: advance in font units, the characters it stands for. */
export interface ShapedGlyph {
  readonly id: number;
  readonly advanceWidth: number;
  readonly codePoints: readonly number[];
}

/** Offsets and advances in thousandths of an em, as pdfkit's EmbeddedFont.layoutRun leaves them. */
export interface ShapedPosition {
  readonly xAdvance: number;
  readonly yAdvance: number;
  readonly xOffset: number;
  readonly yOffset: number;
  readonly advanceWidth: number;
}

export interface ShapedRun {
  readonly glyphs: readonly ShapedGlyph[];
  readonly positions: readonly ShapedPosition[];
  /** In thousandths of an em. */
  readonly advanceWidth: number;
}

const CACHE_KIND = 'shaping';
/** Bump when the stored form or the way runs are made changes. */
const FORMAT = 'galley-shaping-6';
/** Past this many chunks per font, the stored runs are dropped and the cache starts again. */
const MAX_STORED = 50_000;

/**
 * The glyphs' characters, from this chunk's own text where a glyph stands for
 * one character the cmap maps to it. fontkit hands back its per-font glyph
 * objects, which keep the characters of whatever text first made them: a
 * no-break space seen first would otherwise be the text of every space glyph,
 * and which text came first would depend on the cache.
 */
function ownCodePoints(font: Font, text: string, glyphIds: readonly number[], fontkitCodePoints: readonly (readonly number[])[]): (readonly number[])[] {
  const chars = [...text].map((ch) => ch.codePointAt(0) ?? 0);
  if (chars.length !== glyphIds.length) return fontkitCodePoints.map((cps) => [...cps]);
  return glyphIds.map((id, i) => {
    const cp = chars[i] as number;
    return font.glyphForCodePoint(cp).id === id ? [cp] : [...(fontkitCodePoints[i] ?? [])];
  });
}

/**
 * A run as stored: per glyph, in font units, either `id, advance, character`
 * (no kerning, no offset, one character: most glyphs) or `-1 - id, advance,
 * xAdvance, yAdvance, xOffset, yOffset, count, ...characters`.
 */
type Encoded = readonly number[];

/**
 * fontkit's layout: glyphs, positions and the characters in glyph order. A
 * right-to-left word comes back right to left (joined, for Arabic), the space
 * after it kept after it: Galley draws an RTL stretch word by word from the
 * right (see pdf/layout/bidi.ts), and the space belongs between the words.
 */
function shape(font: Font, text: string): { glyphs: readonly Glyph[]; positions: readonly GlyphPosition[]; chars: string; rtl: boolean } {
  const run = layoutOrPlain(font, text);
  if (run.direction !== 'rtl') return { glyphs: run.glyphs, positions: run.positions, chars: text, rtl: false };
  const [, word = '', space = ''] = /^(.*?)([ \t]*)$/su.exec(text) ?? [];
  const shaped = space === '' || word === '' ? run : font.layout(word);
  const after = space === '' || word === '' ? null : font.layout(space);
  return {
    glyphs: [...shaped.glyphs, ...(after?.glyphs ?? [])],
    positions: [...shaped.positions, ...(after?.positions ?? [])],
    chars: [...(after === null ? text : word)].reverse().join('') + (after === null ? '' : space),
    rtl: true,
  };
}

/**
 * fontkit's layout, or the text's glyphs side by side when fontkit cannot read
 * the face's layout tables (Noto Sans Mongolian's throw "Not a fixed size"):
 * a theme's font must not stop the book, and unshaped letters still read.
 */
function layoutOrPlain(font: Font, text: string): Pick<GlyphRun, 'glyphs' | 'positions' | 'direction'> {
  try {
    return layoutText(font, text);
  } catch {
    const glyphs = [...text].map((ch) => font.glyphForCodePoint(ch.codePointAt(0) ?? 0));
    const positions = glyphs.map((glyph) => ({ xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 }) as GlyphPosition);
    return { glyphs, positions, direction: 'ltr' };
  }
}

/** ZERO WIDTH JOINER: invisible, ignored by search, and it keeps the letters on either side one word. */
const JOINER = 0x200d;

/**
 * A glyph a right-to-left font adds between two letters with no character of
 * its own, such as Amiri's connecting stroke between lam and kaf ("مالک"),
 * stands for a joiner in the text layer: with no character, text extraction
 * saw its width as a space between the letters ("مال ک").
 */
function joinersForAddedGlyphs(run: { glyphs: readonly Glyph[]; positions: readonly GlyphPosition[] }, codePoints: (readonly number[])[]): void {
  codePoints.forEach((chars, i) => {
    const inside = i > 0 && i < codePoints.length - 1 && (codePoints[i - 1]?.length ?? 0) > 0 && (codePoints[i + 1]?.length ?? 0) > 0;
    if (chars.length === 0 && inside && (run.positions[i]?.xAdvance ?? 0) > 0) codePoints[i] = [JOINER];
  });
}

function encode(font: Font, text: string): Encoded {
  const run = shape(font, text);
  const codePoints = ownCodePoints(font, run.chars, run.glyphs.map((g) => g.id), run.glyphs.map((g) => g.codePoints));
  if (run.rtl) joinersForAddedGlyphs(run, codePoints);
  const flat: number[] = [];
  run.glyphs.forEach((glyph, i) => {
    const p = run.positions[i] as GlyphPosition;
    const chars = codePoints[i] ?? [];
    const plain = p.xAdvance === glyph.advanceWidth && p.yAdvance === 0 && p.xOffset === 0 && p.yOffset === 0 && chars.length === 1;
    if (plain) flat.push(glyph.id, glyph.advanceWidth, chars[0] as number);
    else flat.push(-1 - glyph.id, glyph.advanceWidth, p.xAdvance, p.yAdvance, p.xOffset, p.yOffset, chars.length, ...chars);
  });
  return flat;
}

/** The run pdfkit expects, from its stored form; throws on a malformed one. */
function decode(flat: unknown, scale: number): ShapedRun {
  if (!Array.isArray(flat) || !flat.every((n) => Number.isInteger(n))) throw new Error('not a shaped run');
  const numbers = flat as number[];
  const glyphs: ShapedGlyph[] = [];
  const positions: ShapedPosition[] = [];
  let advanceWidth = 0;
  const take = (at: number): number => {
    if (at >= numbers.length) throw new Error('truncated shaped run');
    return numbers[at] as number;
  };
  for (let i = 0; i < numbers.length; ) {
    const head = take(i);
    const advance = take(i + 1);
    let xAdvance = advance;
    let yAdvance = 0;
    let xOffset = 0;
    let yOffset = 0;
    let codePoints: number[];
    if (head >= 0) {
      codePoints = [take(i + 2)];
      i += 3;
    } else {
      [xAdvance, yAdvance, xOffset, yOffset] = [take(i + 2), take(i + 3), take(i + 4), take(i + 5)];
      const count = take(i + 6);
      if (count < 0) throw new Error('malformed shaped run');
      codePoints = numbers.slice(i + 7, i + 7 + count);
      if (codePoints.length !== count) throw new Error('truncated shaped run');
      i += 7 + count;
    }
    glyphs.push({ id: head >= 0 ? head : -1 - head, advanceWidth: advance, codePoints });
    positions.push({ xAdvance: xAdvance * scale, yAdvance: yAdvance * scale, xOffset: xOffset * scale, yOffset: yOffset * scale, advanceWidth: advance * scale });
    advanceWidth += xAdvance * scale;
  }
  return { glyphs, positions, advanceWidth };
}

/**
 * Shaped chunks of one font file: from the cache when known, else shaped now.
 * Stored runs are decoded only when looked up; a build uses few of a big cache's.
 */
export class Shaper {
  /** What pdfkit reads as its layout cache: looking a chunk up shapes it if need be. */
  readonly layoutCache: Record<string, ShapedRun>;
  private readonly runs = new Map<string, ShapedRun>();
  private stored: Record<string, Encoded> | null = null;
  private added = 0;
  private key: string | null = null;
  /** Font units to thousandths of an em; read on first use, as the font may not be loaded yet (see fonts.ts). */
  private scale = 0;

  constructor(
    private readonly font: Font,
    private readonly bytes: () => Uint8Array,
  ) {
    this.layoutCache = new Proxy(Object.create(null) as Record<string, ShapedRun>, {
      get: (_target, text) => (typeof text === 'string' ? this.run(text) : undefined),
    });
  }

  run(text: string): ShapedRun {
    const known = this.runs.get(text);
    if (known !== undefined) return known;
    const stored = this.load();
    let run: ShapedRun | undefined;
    const encoded = Object.hasOwn(stored, text) ? stored[text] : undefined;
    if (encoded !== undefined) {
      try {
        run = decode(encoded, this.scale);
      } catch {
        // a damaged entry is only a miss: shaped again below
      }
    }
    if (run === undefined) {
      // Decoded from what is stored, so a run is the same object whether shaped now or read back.
      const fresh = encode(this.font, text);
      stored[text] = fresh;
      run = decode(fresh, this.scale);
      this.added++;
    }
    this.runs.set(text, run);
    return run;
  }

  /** Writes the runs back to the cache if this build shaped new ones. */
  save(): void {
    if (this.stored === null || this.added === 0 || this.key === null) return;
    writeCached(CACHE_KIND, this.key, JSON.stringify(this.stored));
    this.added = 0;
  }

  private load(): Record<string, Encoded> {
    if (this.stored !== null) return this.stored;
    this.scale = 1000 / this.font.unitsPerEm;
    this.key = cacheKey(FORMAT, this.bytes());
    const cached = readCached(CACHE_KIND, this.key);
    let stored: Record<string, Encoded> = Object.create(null) as Record<string, Encoded>;
    if (cached !== null) {
      try {
        const parsed: unknown = JSON.parse(cached.toString('utf8'));
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not a shaping cache');
        // Years of manuscripts in one file would slow every build down: start again.
        if (Object.keys(parsed).length <= MAX_STORED) stored = Object.assign(stored, parsed);
      } catch {
        // an unreadable entry is only a miss: shaped again and rewritten
        this.added = 1;
      }
    }
    this.stored = stored;
    return stored;
  }
}
