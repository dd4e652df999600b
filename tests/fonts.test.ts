// Measuring must agree with what pdfkit draws, or justified lines would not
// end at the margin.
import PDFDocument from 'pdfkit';
import { describe, expect, test } from 'vitest';
import { FONT_KEYS, loadFonts, openFont, REPLACEMENT } from '../src/fonts.ts';
import type { FontKey } from '../src/fonts/types.ts';
import { loadTheme } from '../src/theme/load.ts';

const theme = loadTheme();
const fonts = loadFonts(theme);

describe('fonts', () => {
  test('each file is parsed once per font set, and never shared with another document', () => {
    expect(loadFonts(theme)).toBe(fonts);
    expect(fonts.fonts.bodyItalic).not.toBe(fonts.fonts.body);
    const other = loadFonts(loadTheme());
    expect(other.fonts.body).not.toBe(fonts.fonts.body);
    expect(openFont(theme.fonts.body.regular)).not.toBe(fonts.fonts.body);
  });

  test('bold text a fallback face sets is set in its bold where the theme gives one; italic and regular text in its regular face', () => {
    const thai = theme.fonts.fallback.findIndex((file) => file.includes('NotoSansThaiLooped'));
    const math = theme.fonts.fallback.findIndex((file) => file.includes('NotoSansMath'));
    expect(theme.fonts.fallbackBold[thai]).toMatch(/NotoSansThaiLooped_700Bold\.ttf$/u);
    expect(theme.fonts.fallbackBold[math]).toBeNull();
    expect(fonts.split('ตัวหนา', 'bodyBold').map((piece) => piece.font)).toEqual([`fallbackBold${thai}`]);
    expect(fonts.split('ตัวหนา', 'bodyBoldItalic').map((piece) => piece.font)).toEqual([`fallbackBold${thai}`]);
    expect(fonts.split('ตัวหนา', 'bodyItalic').map((piece) => piece.font)).toEqual([`fallback${thai}`]);
    expect(fonts.split('ตัวหนา', 'body').map((piece) => piece.font)).toEqual([`fallback${thai}`]);
    // A face with no bold (math) sets bold text in its regular weight.
    expect(fonts.split('𝔄', 'bodyBold').map((piece) => piece.font)).toEqual([`fallback${math}`]);
    expect(fonts.paths[`fallbackBold${thai}` as FontKey]).toBe(theme.fonts.fallbackBold[thai]);
  });

  test('a slanted face lacking a character borrows it from its upright face before any fallback', () => {
    // Source Code Pro's italic has no Greek; its upright face has.
    expect(fonts.hasGlyphs('monoItalic', 'ά')).toBe(false);
    expect(fonts.split('ελλάδα', 'monoItalic').map((piece) => piece.font)).toEqual(['mono']);
  });

  test('measures exactly as pdfkit lays the text out (kerning and ligatures included)', () => {
    const doc = new PDFDocument({ autoFirstPage: false });
    const samples = ['AVATAR Wave', 'office affluent fjord', 'North Korea’s “elite” unit — 1,000', 'const x = 1;  // two spaces'];
    for (const key of FONT_KEYS) {
      doc.registerFont(key, fonts.fonts[key] as never);
      doc.font(key, 10.5);
      for (const sample of samples) expect(fonts.measure(sample, key, 10.5)).toBeCloseTo(doc.widthOfString(sample), 6);
    }
  });

  test('kerning is applied: "AV" is narrower than "A" and "V" apart', () => {
    const apart = fonts.measure('A', 'body', 10) + fonts.measure('V', 'body', 10);
    expect(fonts.measure('AV', 'body', 10)).toBeLessThan(apart);
  });

  test('widths scale with the size', () => {
    expect(fonts.measure('Harbour', 'bodyItalic', 20)).toBeCloseTo(2 * fonts.measure('Harbour', 'bodyItalic', 10), 9);
  });

  test('knows which characters a face can draw', () => {
    expect(fonts.hasGlyphs('body', 'Harbour ☐☑')).toBe(true);
    expect(fonts.hasGlyphs('body', '⁂')).toBe(false);
    expect(fonts.hasGlyphs('mono', '↪')).toBe(false);
    expect(fonts.hasGlyphs('mono', '→')).toBe(true);
  });

  test('the scripts of India, Sri Lanka, South-East Asia and Tibet, Georgian, Armenian and Ethiopic each have a face', () => {
    const samples = ['ภาษาไทย', 'ພາສາລາວ', 'ភាសាខ្មែរ', 'မြန်မာ', 'བོད་ཡིག', 'தமிழ்', 'සිංහල', 'ગુજરાતી', 'ਪੰਜਾਬੀ', 'ଓଡ଼ିଆ', 'తెలుగు', 'ಕನ್ನಡ', 'മലയാളം', 'ქართული', 'Հայերեն', 'አማርኛ'];
    for (const sample of samples) {
      const pieces = fonts.split(sample, 'body');
      expect(pieces.map((p) => p.text).join(''), sample).not.toContain(REPLACEMENT);
      // The whole word in one face: its shaping needs every letter together.
      expect(pieces, sample).toHaveLength(1);
      expect(pieces[0]?.font).toMatch(/^fallback/u);
    }
  });
});
