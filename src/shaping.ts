// Text shaping (fontkit's layout: kerning, ligatures) is the costliest step of
// setting a page, and prose repeats its words: each chunk of text is shaped
// once per font and remembered, in this build and — through src/cache.ts — in
// the next. Layout measures with these runs and pdfkit draws from the very
// same objects (they are its layout cache), so widths agree exactly.
import type { Font } from 'fontkit';
import { cacheKey, readCached, writeCached } from './cache.ts';

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
const FORMAT = 'galley-shaping-1';
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

function shape(font: Font, text: string): ShapedRun {
  const run = font.layout(text);
  const scale = 1000 / font.unitsPerEm;
  const codePoints = ownCodePoints(font, text, run.glyphs.map((g) => g.id), run.glyphs.map((g) => g.codePoints));
  const glyphs = run.glyphs.map((glyph, i): ShapedGlyph => ({ id: glyph.id, advanceWidth: glyph.advanceWidth, codePoints: codePoints[i] ?? [] }));
  let advanceWidth = 0;
  const positions = run.positions.map((p, i): ShapedPosition => {
    advanceWidth += p.xAdvance * scale;
    return {
      xAdvance: p.xAdvance * scale,
      yAdvance: p.yAdvance * scale,
      xOffset: p.xOffset * scale,
      yOffset: p.yOffset * scale,
      advanceWidth: (run.glyphs[i]?.advanceWidth ?? 0) * scale,
    };
  });
  return { glyphs, positions, advanceWidth };
}

/** Per glyph: id, advance, the four positions, the count of characters, the characters. */
function serialize(runs: ReadonlyMap<string, ShapedRun>): string {
  const out: Record<string, number[]> = {};
  for (const [text, run] of runs) {
    const flat: number[] = [];
    run.glyphs.forEach((glyph, i) => {
      const p = run.positions[i] as ShapedPosition;
      flat.push(glyph.id, glyph.advanceWidth, p.xAdvance, p.yAdvance, p.xOffset, p.yOffset, glyph.codePoints.length, ...glyph.codePoints);
    });
    out[text] = flat;
  }
  return JSON.stringify(out);
}

function deserialize(json: string, scale: number): Map<string, ShapedRun> {
  const runs = new Map<string, ShapedRun>();
  const stored = JSON.parse(json) as Record<string, number[]>;
  for (const [text, flat] of Object.entries(stored)) {
    const glyphs: ShapedGlyph[] = [];
    const positions: ShapedPosition[] = [];
    let advanceWidth = 0;
    for (let i = 0; i < flat.length; ) {
      const [id, advance, xAdvance, yAdvance, xOffset, yOffset, count] = flat.slice(i, i + 7) as number[] as [number, number, number, number, number, number, number];
      glyphs.push({ id, advanceWidth: advance, codePoints: flat.slice(i + 7, i + 7 + count) });
      positions.push({ xAdvance, yAdvance, xOffset, yOffset, advanceWidth: advance * scale });
      advanceWidth += xAdvance;
      i += 7 + count;
    }
    runs.set(text, { glyphs, positions, advanceWidth });
  }
  return runs;
}

/** Shaped chunks of one font file: from the cache when known, else shaped now. */
export class Shaper {
  /** What pdfkit reads as its layout cache: looking a chunk up shapes it if need be. */
  readonly layoutCache: Record<string, ShapedRun>;
  private runs: Map<string, ShapedRun> | null = null;
  private added = 0;
  private key: string | null = null;

  constructor(
    private readonly font: Font,
    private readonly bytes: () => Uint8Array,
  ) {
    this.layoutCache = new Proxy(Object.create(null) as Record<string, ShapedRun>, {
      get: (_target, text) => (typeof text === 'string' ? this.run(text) : undefined),
    });
  }

  run(text: string): ShapedRun {
    const runs = this.load();
    let run = runs.get(text);
    if (run === undefined) {
      run = shape(this.font, text);
      runs.set(text, run);
      this.added++;
    }
    return run;
  }

  /** Writes the runs back to the cache if this build shaped new ones. */
  save(): void {
    if (this.runs === null || this.added === 0 || this.key === null) return;
    writeCached(CACHE_KIND, this.key, serialize(this.runs));
    this.added = 0;
  }

  private load(): Map<string, ShapedRun> {
    if (this.runs !== null) return this.runs;
    this.key = cacheKey(FORMAT, this.bytes());
    const stored = readCached(CACHE_KIND, this.key);
    let runs = new Map<string, ShapedRun>();
    if (stored !== null) {
      try {
        runs = deserialize(stored.toString('utf8'), 1000 / this.font.unitsPerEm);
        // Years of manuscripts in one file would slow every build down: start again.
        if (runs.size > MAX_STORED) runs = new Map();
      } catch {
        // an unreadable entry is only a miss: shaped again and rewritten
        this.added = 1;
      }
    }
    this.runs = runs;
    return runs;
  }
}
