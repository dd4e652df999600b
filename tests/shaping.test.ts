// The shaping cache: a warm build shapes nothing and gives the same runs (and
// so the same PDF) as a cold one; a damaged cache entry is only a miss.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { loadTheme } from '../src/theme/load.ts';
import { Shaper } from '../src/shaping.ts';
import { ownCacheFolder } from './helpers/cache.ts';

const theme = loadTheme();
const path = theme.fonts.body.regular;
const bytes = readFileSync(path);
const WORDS = ['office ', 'fjord', 'AVATAR ', 'Wave', '\u00a0', ' ', 'naïve ', 'e\u0301te\u0301 '];

const cache = ownCacheFolder('each', 'galley-shaping-cache-');

function plain(shaper: Shaper, text: string): unknown {
  return JSON.parse(JSON.stringify(shaper.run(text)));
}

describe('Shaper', () => {
  it('gives what fontkit lays out, in pdfkit’s thousandths of an em', () => {
    const font = create(bytes);
    const shaper = new Shaper(create(bytes), () => bytes);
    for (const word of WORDS) {
      const run = font.layout(word);
      const shaped = shaper.run(word);
      expect(shaped.glyphs.map((g) => g.id)).toEqual(run.glyphs.map((g) => g.id));
      expect(shaped.advanceWidth).toBeCloseTo((run.advanceWidth * 1000) / font.unitsPerEm, 9);
    }
    // Kerning and the fi ligature survive.
    expect(shaper.run('AVATAR ').advanceWidth).toBeLessThan(['A', 'V', 'A', 'T', 'A', 'R', ' '].reduce((w, c) => w + shaper.run(c).advanceWidth, 0));
    expect(shaper.run('office ').glyphs.length).toBeLessThan('office '.length);
  });

  it('takes each glyph’s characters from the text it shapes, not from the first text that made the glyph', () => {
    const shaper = new Shaper(create(bytes), () => bytes);
    const nbsp = shaper.run('\u00a0');
    const space = shaper.run(' ');
    expect(nbsp.glyphs[0]?.id).toBe(space.glyphs[0]?.id);
    expect(nbsp.glyphs[0]?.codePoints).toEqual([0xa0]);
    expect(space.glyphs[0]?.codePoints).toEqual([0x20]);
  });

  it('gives a ligature its characters though a subsetter made its glyph first, as when the run that drew it came from the cache', () => {
    const font = create(bytes);
    const ligature = font.layout('ff').glyphs[0]?.id ?? -1;
    const fresh = create(bytes);
    // pdfkit's subsetting asks for the glyph by id alone (fontkit's types leave getGlyph out): fontkit keeps that object, with no characters.
    (fresh as unknown as { getGlyph(id: number): unknown }).getGlyph(ligature);
    const { glyphs } = new Shaper(fresh, () => bytes).run('affection');
    expect(glyphs[1]?.id).toBe(ligature);
    expect(String.fromCodePoint(...glyphs.flatMap((g) => g.codePoints))).toBe('affection');
  });

  it('sets a face whose layout tables fontkit cannot read glyph by glyph, unshaped, rather than stop the build', () => {
    const font = create(bytes);
    // Noto Sans Mongolian's tables throw this from fontkit's layout.
    const unreadable = Object.create(font, { layout: { value: () => { throw new Error('Not a fixed size'); } } }) as typeof font;
    const { glyphs, advanceWidth } = new Shaper(unreadable, () => bytes).run('office');
    expect(String.fromCodePoint(...glyphs.flatMap((g) => g.codePoints))).toBe('office');
    expect(glyphs.map((g) => g.id)).toEqual([...'office'].map((ch) => font.glyphForCodePoint(ch.codePointAt(0) ?? 0).id));
    expect(advanceWidth).toBeCloseTo(([...'office'].reduce((w, ch) => w + font.glyphForCodePoint(ch.codePointAt(0) ?? 0).advanceWidth, 0) * 1000) / font.unitsPerEm, 6);
  });

  it('gives a connecting glyph a right-to-left font adds between two letters a joiner, so extraction keeps the word whole', () => {
    const amiri = readFileSync(join(import.meta.dirname, '../node_modules/@expo-google-fonts/amiri/400Regular/Amiri_400Regular.ttf'));
    const shaper = new Shaper(create(amiri), () => amiri);
    for (const word of ['مالک', 'الگو']) {
      const { glyphs } = shaper.run(word);
      // Amiri draws lam before kaf or gaf with a connecting stroke: one glyph more than letters.
      expect(glyphs).toHaveLength([...word].length + 1);
      const text = glyphs.flatMap((g) => g.codePoints).reverse();
      expect(String.fromCodePoint(...text)).toBe(word.replace('ل', 'ل\u200d'));
    }
    expect(shaper.run('کلاس').glyphs.flatMap((g) => g.codePoints)).not.toContain(0x200d);
  });

  it('stores its runs, and a later shaper of the same font reads them back unchanged without shaping', () => {
    const cold = new Shaper(create(bytes), () => bytes);
    const coldRuns = WORDS.map((w) => plain(cold, w));
    cold.save();
    const font = create(bytes);
    let shaped = 0;
    const layout = font.layout.bind(font);
    font.layout = (text: string) => {
      shaped += 1;
      return layout(text);
    };
    const warm = new Shaper(font, () => bytes);
    expect(WORDS.map((w) => plain(warm, w))).toEqual(coldRuns);
    expect(shaped).toBe(0);
    // pdfkit reads the same runs through its layout cache.
    expect(JSON.parse(JSON.stringify(warm.layoutCache['fjord']))).toEqual(coldRuns[1]);
  });

  it('shapes again when the stored entry is damaged, and repairs it', () => {
    const cold = new Shaper(create(bytes), () => bytes);
    const expected = plain(cold, 'fjord');
    cold.save();
    const folder = join(cache(), 'shaping');
    const [entry] = readdirSync(folder);
    for (const damage of ['{"fjord": [1, 2', '{"fjord": [1]}', '{"fjord": [-5, 500, 0, 0, 0, 0, 9]}', '{"fjord": "x"}', '[1, 2]']) {
      writeFileSync(join(folder, entry as string), damage);
      const warm = new Shaper(create(bytes), () => bytes);
      expect(plain(warm, 'fjord')).toEqual(expected);
      warm.save();
      expect(JSON.parse(readFileSync(join(folder, entry as string), 'utf8'))).toHaveProperty('fjord');
    }
  });

  it('keeps fonts apart: another font’s runs are never read for this one', () => {
    const other = readFileSync(theme.fonts.body.bold);
    const regular = new Shaper(create(bytes), () => bytes);
    regular.run('Wave');
    regular.save();
    const bold = new Shaper(create(other), () => other);
    expect(bold.run('Wave').advanceWidth).not.toBe(regular.run('Wave').advanceWidth);
  });

  it('shapes text whose face has a null mark anchor or an empty last glyph (fontkit, patched)', () => {
    // fontkit 2.0.4 threw on both (foliojs/fontkit#367): Noto Sans Gurmukhi's nasal sign over ਪ has a
    // null anchor, and Noto Sans Sinhala's last glyph, the no-break space, is empty at the end of its table.
    const gurmukhi = readFileSync(theme.fonts.fallback.find((p) => p.includes('NotoSansGurmukhi')) as string);
    const sinhala = readFileSync(theme.fonts.fallback.find((p) => p.includes('NotoSansSinhala')) as string);
    expect(new Shaper(create(gurmukhi), () => gurmukhi).run('ਪੰਜਾਬੀ').glyphs.length).toBeGreaterThan(0);
    expect(new Shaper(create(sinhala), () => sinhala).run('සිංහල\u00a0භාෂාව').advanceWidth).toBeGreaterThan(0);
  });
});
