// The drawn cover is kept in the build cache: the same book reuses the PNG,
// and anything drawn on it that changes gives a new one. The build starts the
// cover before the PDF (prepareEpub); a failure then surfaces in renderEpub.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { drawCover } from '../../src/epub/cover.ts';
import { prepareEpub, renderEpub } from '../../src/epub/index.ts';
import { ARTICLE, LALUNE, METADATA } from '../fixtures/epub/documents.ts';
import { build, DATE, defaultTheme } from '../fixtures/epub/build.ts';
import { ownCacheFolder } from '../helpers/cache.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const cache = ownCacheFolder('file', 'galley-cover-cache-');

const cached = (): string[] => readdirSync(join(cache(), 'epub-cover'));

describe('cover cache', () => {
  test('the first build draws the cover and keeps it; the next gets the same bytes', async () => {
    const drawn = await drawCover(METADATA, defaultTheme);
    expect(drawn.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(cached()).toHaveLength(1);
    const again = await drawCover(METADATA, defaultTheme);
    expect(again.bytes.equals(drawn.bytes)).toBe(true);
    expect(again.text).toBe(drawn.text);
    expect(cached()).toHaveLength(1);
  });

  test('the kept PNG is what a later build uses, and a changed title or theme draws anew', async () => {
    const [key = ''] = cached();
    const marker = Buffer.from('kept');
    writeFileSync(join(cache(), 'epub-cover', key), marker);
    expect((await drawCover(METADATA, defaultTheme)).bytes.equals(marker)).toBe(true);

    const retitled = await drawCover({ ...METADATA, title: 'Another title' }, defaultTheme);
    expect(retitled.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const recoloured = await drawCover(METADATA, { ...defaultTheme, colors: { ...defaultTheme.colors, text: '#333333' } });
    expect(recoloured.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(cached()).toHaveLength(3);
  });
});

describe('cover started before the PDF', () => {
  test('gives the same book as a cover drawn at packaging time', async () => {
    const prepared = prepareEpub(ARTICLE, defaultTheme);
    const early = await renderEpub(ARTICLE, defaultTheme, { date: DATE, prepared });
    expect(early.equals(await build(ARTICLE))).toBe(true);
  });

  test('a cover that fails meanwhile fails renderEpub, not the process', async () => {
    const missing = { ...ARTICLE, metadata: { ...ARTICLE.metadata, cover: { ...LALUNE, path: '/nonexistent/galley-cover.jpg' } } };
    const prepared = prepareEpub(missing, defaultTheme);
    // Long enough for an unhandled rejection to be reported, as while a PDF is laid out.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(renderEpub(missing, defaultTheme, { date: DATE, prepared })).rejects.toThrow(/galley-cover\.jpg/u);
  });
});
