// A document in a language some fallback faces are drawn for tries them first:
// Japanese kanji in Noto Serif JP, not in the Chinese forms of Noto Serif SC.
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/pdf/index.ts';
import { themeForLanguage } from '../../src/theme/language-faces.ts';
import { loadTheme } from '../../src/theme/load.ts';
import { makeDocument, para } from '../helpers/build-doc.ts';

const theme = loadTheme();
const name = (file: string): string => file.replace(/^.*\//u, '');
const position = (t: typeof theme, face: string): number => t.fonts.fallback.findIndex((file) => file.includes(face));

describe('themeForLanguage', () => {
  it('moves the faces marked with the document\'s language to the front, their bolds with them', () => {
    const japanese = themeForLanguage(theme, 'ja-JP');
    expect(name(japanese.fonts.fallback[0] ?? '')).toBe('NotoSerifJP_400Regular.ttf');
    expect(name(japanese.fonts.fallbackBold[0] ?? '')).toBe('NotoSerifJP_700Bold.ttf');
    expect(japanese.fonts.fallbackLanguage[0]).toBe('ja');
    expect(position(japanese, 'NotoSerifJP')).toBeLessThan(position(japanese, 'NotoSerifSC'));
    expect(themeForLanguage(theme, 'ko').fonts.fallback[0]).toContain('NotoSerifKR');
    expect(themeForLanguage(theme, 'zh-Hans').fonts.fallback[0]).toContain('NotoSerifSC');
    // Every face is still there, once.
    expect([...japanese.fonts.fallback].sort()).toEqual([...theme.fonts.fallback].sort());
  });

  it('leaves a theme as it is for a language no face is marked with, and gives the same theme object each time', () => {
    expect(themeForLanguage(theme, 'en-US')).toBe(theme);
    expect(themeForLanguage(theme, 'ja')).toBe(themeForLanguage(theme, 'ja-JP'));
  });

  it('a Japanese document is set in Noto Serif JP, a Chinese one in Noto Serif SC', async () => {
    const fontsOf = async (lang: string): Promise<string[]> => {
      const { bytes } = await renderPdf(makeDocument([para('直骨写の例。')], [], { lang }), themeForLanguage(theme, lang), { date: new Date('2024-01-01T00:00:00Z') });
      return [...new Set(Buffer.from(bytes).toString('latin1').match(/NotoSerif(?:JP|SC)-Regular/gu) ?? [])];
    };
    expect(await fontsOf('ja')).toEqual(['NotoSerifJP-Regular']);
    expect(await fontsOf('zh')).toEqual(['NotoSerifSC-Regular']);
  });
});
