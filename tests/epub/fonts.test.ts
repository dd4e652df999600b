// The EPUB embeds, cut down to what the book shows, each fallback face that
// draws a character the body face lacks — and none for a book that needs none.
import { readFileSync } from 'node:fs';
import { create } from 'fontkit';
import { describe, expect, test } from 'vitest';
import { fallbackFamily, fallbackFonts, stylesheet } from '../../src/epub/fonts.ts';
import { loadTheme } from '../../src/theme/load.ts';
import { heading, makeDocument, para, prose, strong } from '../helpers/build-doc.ts';

const theme = loadTheme();
/** The family of the theme's fallback face whose file name has `name`. */
const familyOf = (name: string): string => fallbackFamily(theme.fonts.fallback.findIndex((path) => path.includes(name)) + 1);

describe('fallback faces in the EPUB', () => {
  test('polytonic Greek, a math letter, a symbol and an emoji each bring the face that has them, subset', async () => {
    const fonts = await fallbackFonts(theme, makeDocument([para('ἀγαθός 𝔽 ☃ 😀 中')]));
    const byFile = new Map(fonts.map((font) => [font.path, font]));
    expect(fonts.map((font) => font.family)).toEqual(['NotoSerif_', 'NotoSansMath', 'NotoSansSymbols2', 'NotoSerifSC', 'NotoEmoji'].map(familyOf));
    const drawn = [...byFile.keys()].map((path) => create(readFileSync(path)));
    const has = (ch: string): number => drawn.filter((font) => font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0)).length;
    for (const ch of ['ἀ', '𝔽', '☃', '😀', '中']) expect(has(ch)).toBeGreaterThan(0);
    // Subsets, not the whole faces: the CJK face alone is megabytes.
    for (const path of byFile.keys()) expect(readFileSync(path).length).toBeLessThan(50_000);
  });

  test('words the book adds (an alert’s Chinese label) are drawn by the subset too', async () => {
    const fonts = await fallbackFonts(theme, makeDocument([para(prose(10))]), ['注意']);
    expect(fonts.map((font) => font.family)).toEqual([familyOf('NotoSerifSC')]);
    const face = create(readFileSync(fonts[0]!.path));
    for (const ch of '注意') expect(face.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0)).toBe(true);
  });

  test('a bold fallback face comes for the characters set in bold only, in the same family, and none when nothing is bold', async () => {
    const fonts = await fallbackFonts(theme, makeDocument([heading(2, '見出し'), para('本文と', strong('太字'), 'です。')]), ['注意'], ['注意']);
    const cjk = fonts.filter((font) => font.family === familyOf('NotoSerifSC'));
    expect(cjk.map((font) => font.weight)).toEqual(['normal', 'bold']);
    const [regular, bold] = cjk.map((font) => create(readFileSync(font.path)));
    const drawsAll = (font: typeof regular, chars: string): boolean => [...chars].every((ch) => font!.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0));
    expect(drawsAll(regular, '見出し本文と太字です注意')).toBe(true);
    expect(drawsAll(bold, '見出し太字注意')).toBe(true);
    expect([...'本文とです'].some((ch) => bold!.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0))).toBe(false);
    const weight = (font: typeof regular): number => (font as unknown as { 'OS/2': { usWeightClass: number } })['OS/2'].usWeightClass;
    expect([weight(regular), weight(bold)]).toEqual([400, 700]);
    const plain = await fallbackFonts(theme, makeDocument([para('本文です。')]));
    expect(plain.map((font) => font.weight)).toEqual(['normal']);
  });

  test('Thai, Tamil, Georgian, Khmer and Tibetan bring their faces, and no CJK face', async () => {
    const text = 'ภาษาไทย தமிழ் ქართული ភាសាខ្មែរ བོད་ཡིག';
    const fonts = await fallbackFonts(theme, makeDocument([para(text)]));
    const drawn = fonts.map((font) => create(readFileSync(font.path)));
    for (const ch of text.replace(/\s/gu, '')) expect(drawn.some((font) => font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0))).toBe(true);
    expect(fonts.some((font) => /CJK|SC|JP|KR/u.test(create(readFileSync(font.path)).familyName))).toBe(false);
  });

  test('the stylesheet names every fallback face the theme has, for the text and for code', () => {
    const css = stylesheet(theme, []);
    const stacks = [...css.matchAll(/font-family: ("Galley (?:Body|Mono)"[^;]*);/gu)].map((m) => m[1] as string);
    expect(stacks).toHaveLength(2);
    for (const stack of stacks) for (let n = 1; n <= theme.fonts.fallback.length; n++) expect(stack).toContain(`"${fallbackFamily(n)}"`);
  });

  test('a book in Latin script embeds none', async () => {
    expect(await fallbackFonts(theme, makeDocument([para(prose(40))]))).toEqual([]);
  });
});
