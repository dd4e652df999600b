// Burmese put in the order its glyphs are drawn, syllable by syllable, as
// HarfBuzz's Myanmar shaper puts it, then laid out by fontkit: the vowel sign
// ေ and the medial ြ before their consonant, the kinzi after the consonant it
// stands on, formed into its glyph with no dotted circle.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';
import { describe, expect, test } from 'vitest';
import { layoutText, myanmarVisualOrder } from '../../src/fonts/myanmar.ts';

const require = createRequire(import.meta.url);
const font = create(readFileSync(require.resolve('@expo-google-fonts/noto-sans-myanmar/400Regular/NotoSansMyanmar_400Regular.ttf'))) as Font;

describe('myanmarVisualOrder', () => {
  test('the medial ra and the vowel sign e go before their consonant', () => {
    expect(myanmarVisualOrder('မြန်မာ')).toBe('ြမန်မာ');
    expect(myanmarVisualOrder('ကျေး')).toBe('ေကျး');
    expect(myanmarVisualOrder('ပြော')).toBe('ေြပာ');
  });

  test('a kinzi goes after the consonant it stands on', () => {
    expect(myanmarVisualOrder('မင်္ဂလာ')).toBe('မဂင်္လာ');
  });

  test('an anusvara goes before a vowel sign below; other letters keep their order', () => {
    expect(myanmarVisualOrder('ကုံ')).toBe('ကံု');
    expect(myanmarVisualOrder('ဇူး')).toBe('ဇူး');
    expect(myanmarVisualOrder('Burmese: ကေ.')).toBe('Burmese: ေက.');
  });
});

describe('layoutText', () => {
  const drawn = (text: string): number[][] => layoutText(font, text).glyphs.map((g) => [...g.codePoints]);

  test('draws ေ first and forms the kinzi, with no dotted circle', () => {
    expect(drawn('ကျေး')[0]).toEqual([0x1031]);
    const kinzi = drawn('မင်္ဂလာ');
    expect(kinzi.flat()).not.toContain(0x25cc);
    // Nga, asat and virama are one glyph, after the ga it stands on.
    expect(kinzi).toContainEqual([0x1004, 0x103a, 0x1039]);
    expect(kinzi.findIndex((cps) => cps.includes(0x1002))).toBeLessThan(kinzi.findIndex((cps) => cps.includes(0x1004)));
  });

  test('leaves other text to fontkit as it is', () => {
    const plain = font.layout('abc');
    expect(layoutText(font, 'abc').glyphs.map((g) => g.id)).toEqual(plain.glyphs.map((g) => g.id));
  });
});
