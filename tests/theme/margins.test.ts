// Margins derived for a page size the theme names without margins: the text
// block holds about 66 characters of the body face, no fewer than 62 on a
// narrow page, and the sides a theme did set are kept.
import { describe, expect, it } from 'vitest';
import { averageCharacterWidth, deriveMargins, TARGET_CHARACTERS } from '../../src/theme/margins.ts';
import { PAGE_PRESETS } from '../../src/theme/units.ts';

const SOURCE_SERIF = new URL('../../node_modules/@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf', import.meta.url).pathname;
const inches = (w: number, h: number) => ({ width: w * 72, height: h * 72 });

describe('averageCharacterWidth', () => {
  it('grows with the size, and is about half an em for a text face', () => {
    const at10 = averageCharacterWidth(SOURCE_SERIF, 10);
    expect(averageCharacterWidth(SOURCE_SERIF, 20)).toBeCloseTo(2 * at10, 10);
    expect(at10).toBeGreaterThan(3.5);
    expect(at10).toBeLessThan(6);
  });
});

describe('deriveMargins', () => {
  const char = 5;

  it('makes the measure hold the target characters, the inside margin narrower than the outside', () => {
    const page = inches(6, 9);
    const m = deriveMargins(page, char, {});
    expect(page.width - m.inner - m.outer).toBeCloseTo(TARGET_CHARACTERS * char, 6);
    expect(m.inner).toBeLessThan(m.outer);
    expect(m.top).toBeLessThan(m.bottom);
  });

  it('on a wide page keeps at least half an inch each side, the measure still 66 characters at most', () => {
    const m = deriveMargins(PAGE_PRESETS.a4!, char, {});
    expect(PAGE_PRESETS.a4!.width - m.inner - m.outer).toBeCloseTo(TARGET_CHARACTERS * char, 6);
    expect(Math.min(m.inner, m.outer, m.top, m.bottom)).toBeGreaterThanOrEqual(36);
  });

  it('on a narrow page gives up margin, down to 3/8 in a side, to keep 62 characters', () => {
    const page = inches(5, 8);
    const kept = deriveMargins(page, 4.8, {});
    expect(page.width - kept.inner - kept.outer).toBeCloseTo(62 * 4.8, 6);
    expect(Math.min(kept.inner, kept.outer)).toBeLessThan(36);
    // A face too wide for even that gets the narrowest sides, never less.
    const wide = deriveMargins(page, 5.3, {});
    expect([wide.inner, wide.outer]).toEqual([27, 27]);
  });

  it('keeps the sides the theme set, the opposite side taking what the measure leaves', () => {
    const page = inches(6, 9);
    const m = deriveMargins(page, char, { inner: 60, top: 50 });
    expect(m.inner).toBe(60);
    expect(m.top).toBe(50);
    expect(page.width - m.inner - m.outer).toBeCloseTo(TARGET_CHARACTERS * char, 6);
  });
});
