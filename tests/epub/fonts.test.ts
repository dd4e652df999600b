// The EPUB embeds, cut down to what the book shows, each fallback face that
// draws a character the body face lacks — and none for a book that needs none.
import { readFileSync } from 'node:fs';
import { create } from 'fontkit';
import { describe, expect, test } from 'vitest';
import { fallbackFonts } from '../../src/epub/fonts.ts';
import { loadTheme } from '../../src/theme/load.ts';
import { makeDocument, para, prose } from '../helpers/build-doc.ts';

const theme = loadTheme();

describe('fallback faces in the EPUB', () => {
  test('polytonic Greek, a math letter, a symbol and an emoji each bring the face that has them, subset', async () => {
    const fonts = await fallbackFonts(theme, makeDocument([para('ἀγαθός 𝔽 ☃ 😀 中')]));
    const byFile = new Map(fonts.map((font) => [font.path, font]));
    expect(fonts.map((font) => font.family)).toEqual(['Galley Fallback 1', 'Galley Fallback 4', 'Galley Fallback 5', 'Galley Fallback 7', 'Galley Fallback 9']);
    const drawn = [...byFile.keys()].map((path) => create(readFileSync(path)));
    const has = (ch: string): number => drawn.filter((font) => font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0)).length;
    for (const ch of ['ἀ', '𝔽', '☃', '😀', '中']) expect(has(ch)).toBeGreaterThan(0);
    // Subsets, not the whole faces: the CJK face alone is megabytes.
    for (const path of byFile.keys()) expect(readFileSync(path).length).toBeLessThan(50_000);
  });

  test('words the book adds (an alert’s Chinese label) are drawn by the subset too', async () => {
    const fonts = await fallbackFonts(theme, makeDocument([para(prose(10))]), ['注意']);
    expect(fonts.map((font) => font.family)).toEqual(['Galley Fallback 7']);
    const face = create(readFileSync(fonts[0]!.path));
    for (const ch of '注意') expect(face.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0)).toBe(true);
  });

  test('a book in Latin script embeds none', async () => {
    expect(await fallbackFonts(theme, makeDocument([para(prose(40))]))).toEqual([]);
  });
});
