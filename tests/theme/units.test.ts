// Lengths and page sizes as a theme writes them: "0.75in", "20mm", "a4",
// "170x240mm"; anything else is refused (null), never guessed.
import { describe, expect, it } from 'vitest';
import { PAGE_PRESETS, parseLength, parsePageSize } from '../../src/theme/units.ts';

describe('parseLength', () => {
  it('converts each unit to points, a bare number being points', () => {
    expect(parseLength('1in')).toBe(72);
    expect(parseLength('12pt')).toBe(12);
    expect(parseLength(' 25.4 mm ')).toBeCloseTo(72, 10);
    expect(parseLength('2.54cm')).toBeCloseTo(72, 10);
    expect(parseLength('.5in')).toBe(36);
    expect(parseLength(10.5)).toBe(10.5);
    expect(parseLength('-3pt')).toBe(-3);
  });

  it('refuses what is not a length', () => {
    for (const value of ['12px', '1 inch', 'in', '', '1e3pt', Number.NaN, Infinity, null, undefined, true]) {
      expect(parseLength(value), String(value)).toBeNull();
    }
  });
});

describe('parsePageSize', () => {
  it('knows the presets, whatever their case', () => {
    expect(parsePageSize('A4')).toBe(PAGE_PRESETS.a4);
    expect(parsePageSize('letter')).toEqual({ width: 612, height: 792 });
    expect(parsePageSize('6x9in')).toEqual({ width: 432, height: 648 });
  });

  it('reads WxH, the unit after the height applying to both unless the width has its own', () => {
    expect(parsePageSize('7x10in')).toEqual({ width: 504, height: 720 });
    expect(parsePageSize('7in × 254mm')?.height).toBeCloseTo(720, 10);
    expect(parsePageSize('7in × 254mm')?.width).toBe(504);
    expect(parsePageSize('170x240mm')?.width).toBeCloseTo((170 * 72) / 25.4, 10);
  });

  it('refuses a size without a unit, a zero side or anything else', () => {
    for (const value of ['170x240', '0x9in', 'a3', 'big', '6x9x2in']) expect(parsePageSize(value), value).toBeNull();
  });
});
