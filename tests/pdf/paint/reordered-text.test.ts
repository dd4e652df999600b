// Scripts whose shaping reorders glyphs: the shaped run's outlines are the
// glyphs the font's shaper gives, in drawing order, as wide as layout measured
// them; the letters under them are encoded one glyph each, in written order,
// each mapped back to its own character.
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { SHAPED_OUT_OF_ORDER, shapedOutlines, unshapedFont } from '../../../src/pdf/paint/reordered-text.ts';

const require = createRequire(import.meta.url);
const font = create(readFileSync(require.resolve('@expo-google-fonts/noto-serif-devanagari/400Regular/NotoSerifDevanagari_400Regular.ttf'))) as Font;
const WORD = 'विशाल';

describe('SHAPED_OUT_OF_ORDER', () => {
  test('matches the scripts of India, Sri Lanka, South-East Asia and Tibet, not Latin, Cyrillic, Arabic or Han', () => {
    for (const text of [WORD, 'বাংলা', 'தமிழ்', 'සිංහල', 'รูป', 'ພາສາ', 'བོད་ཡིག', 'ភាសា']) expect(SHAPED_OUT_OF_ORDER.test(text)).toBe(true);
    for (const text of ['plain', 'кириллица', 'عربي', '汉字']) expect(SHAPED_OUT_OF_ORDER.test(text)).toBe(false);
  });
});

describe('shapedOutlines', () => {
  test('draws the vowel sign before its consonant, as the shaper orders them, as wide as the shaped run', () => {
    const { shapes, width } = shapedOutlines(font, WORD, 10, 100, 12, 1, 0);
    const shaped = font.layout(WORD);
    expect(shapes).toHaveLength(shaped.glyphs.filter((g) => g.path.toSVG() !== '').length);
    // The first glyph drawn is the i-sign (U+093F), written second.
    expect(shaped.glyphs[0]?.codePoints).toEqual([0x093f]);
    const advance = shaped.positions.reduce((sum, p) => sum + p.xAdvance, 0);
    expect(width).toBeCloseTo((advance * 12) / font.unitsPerEm, 6);
    // Page space, y down: the outline is flipped and placed on the baseline from x = 10.
    expect(shapes[0]?.transform).toEqual([12 / font.unitsPerEm, 0, 0, -12 / font.unitsPerEm, 10, 100]);
  });

  test('widens by the horizontal scale and adds the word spacing after each space', () => {
    const plain = shapedOutlines(font, `${WORD} ${WORD}`, 0, 0, 12, 1, 0).width;
    expect(shapedOutlines(font, `${WORD} ${WORD}`, 0, 0, 12, 1.02, 0).width).toBeCloseTo(plain * 1.02, 6);
    expect(shapedOutlines(font, `${WORD} ${WORD}`, 0, 0, 12, 1, 3).width).toBeCloseTo(plain + 3, 6);
  });
});

describe('unshapedFont', () => {
  test('one glyph per letter, in written order, each mapped to its letter for extraction', () => {
    const included: number[] = [];
    const kit = { id: 'F9', font, scale: 1000 / font.unitsPerEm, subset: { includeGlyph: (id: number) => included.push(id) }, widths: [] as number[], unicode: [] as number[][] };
    const [codes, positions] = unshapedFont(kit).encode(WORD);
    expect(codes).toHaveLength([...WORD].length);
    expect(positions).toHaveLength(codes.length);
    // Subset ids in order of first use: the written order, the i-sign second.
    expect(kit.unicode.slice(1, 6)).toEqual([...WORD].map((c) => [c.codePointAt(0)]));
    expect(included).toEqual([...WORD].map((c) => font.glyphForCodePoint(c.codePointAt(0) as number).id));
  });

  test('a mark with no width of its own takes a little room, so extraction reads it after its letter', () => {
    // Devanagari's virama (U+094D) has no advance in the font.
    expect(font.glyphForCodePoint(0x094d).advanceWidth).toBe(0);
    const kit = { id: 'F9', font, scale: 1000 / font.unitsPerEm, subset: { includeGlyph: (id: number) => id }, widths: [] as number[], unicode: [] as number[][] };
    const [, positions] = unshapedFont(kit).encode('स्त');
    expect(positions[1]?.xAdvance).toBeGreaterThan(0);
    expect(positions[1]?.xAdvance).toBeLessThan(100);
    // Its width in the font's /W array is the same room: no gap opens after it.
    expect(positions[1]?.advanceWidth).toBe(positions[1]?.xAdvance);
  });
});
