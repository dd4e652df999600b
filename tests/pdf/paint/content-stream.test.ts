// The text writer: one BT…ET per fragment, pdfkit's glyph codes and kerning in
// a TJ array, and each space kept as a glyph and widened by a TJ adjustment.
import { inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { loadFonts } from '../../../src/fonts.ts';
import { textObject } from '../../../src/pdf/paint/content-stream.ts';
import type { GlyphPosition, TextFont } from '../../../src/pdf/paint/content-stream.ts';
import { PdfWriter } from '../../../src/pdf/paint/pdfkit.ts';
import { loadTheme } from '../../../src/theme/load.ts';
import { readPdf } from '../../helpers/read-pdf.ts';

/** One glyph per character, coded by its char code, 500 wide; "V" after "A" is kerned by -80, "^" is raised by 200. */
function fakeFont(): TextFont & { readonly runs: string[] } {
  const runs: string[] = [];
  return {
    id: 'F9',
    runs,
    encode(text) {
      runs.push(text);
      const chars = [...text];
      const hex = chars.map((ch) => (ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0'));
      const positions = chars.map((ch, i): GlyphPosition => ({
        xAdvance: ch === 'A' && chars[i + 1] === 'V' ? 420 : 500,
        advanceWidth: 500,
        xOffset: 0,
        yOffset: ch === '^' ? 200 : 0,
      }));
      return [hex, positions];
    },
  };
}

const SPACE = '0020';

describe('textObject', () => {
  test('draws the whole fragment as one text object, upright in the top-down page space', () => {
    const ops = textObject(fakeFont(), 'ab', 10, 20, 12, { wordSpacing: 0 }).split('\n');
    expect(ops).toEqual(['BT', '/F9 12 Tf', '1 0 0 -1 10 20 Tm', '[<00610062> 0] TJ', 'ET']);
  });

  test('scales the glyphs with Tz, keeps the word spacing in points, and resets Tz before ET', () => {
    // At 102%, a TJ adjustment is scaled too: 2 pt at 10 pt is 200 / 1.02 thousandths.
    const ops = textObject(fakeFont(), 'a b', 0, 0, 10, { wordSpacing: 2, hscale: 1.02 }).split('\n');
    expect(ops).toEqual(['BT', '/F9 10 Tf', '1 0 0 -1 0 0 Tm', '102 Tz', `[<0061${SPACE}> -196.078431 <0062> 0] TJ`, '100 Tz', 'ET']);
  });

  test('keeps the spaces, widens each by the word spacing, and keeps the kerning', () => {
    const font = fakeFont();
    // 2 pt of word spacing at 10 pt is 200 thousandths of an em.
    const ops = textObject(font, 'AV b  c', 0, 0, 10, { wordSpacing: 2 });
    const tj = ops.split('\n').find((op) => op.endsWith('TJ'));
    expect(tj).toBe(`[<0041> 80 <0056${SPACE}> -200 <0062${SPACE}> -200 <${SPACE}> -200 <0063> 0] TJ`);
    // Laid out in pdfkit's runs: each ends at a space.
    expect(font.runs).toEqual(['AV ', 'b ', ' ', 'c']);
  });

  test('a space that is kerned gets its kerning and its word spacing together', () => {
    const font: TextFont = {
      id: 'F1',
      encode: (text) => [[...text].map(() => SPACE), [...text].map(() => ({ xAdvance: 450, advanceWidth: 500, xOffset: 0, yOffset: 0 }))],
    };
    expect(textObject(font, ' ', 0, 0, 10, { wordSpacing: 1 }).split('\n')[3]).toBe(`[<${SPACE}> -50] TJ`);
  });

  test('a displaced glyph gets a text matrix of its own, and the text returns to the baseline after it', () => {
    const ops = textObject(fakeFont(), 'a^b', 100, 50, 10, { wordSpacing: 0 }).split('\n');
    expect(ops).toEqual([
      'BT',
      '/F9 10 Tf',
      '1 0 0 -1 100 50 Tm',
      '[<0061> 0] TJ',
      '1 0 0 -1 105 48 Tm',
      '[<005e> 0] TJ',
      '1 0 0 -1 110 50 Tm',
      '[<0062> 0] TJ',
      'ET',
    ]);
  });

  test('a line-end hyphen is drawn in a Span read as a soft hyphen; a hyphen inside a word is not', () => {
    const ops = textObject(fakeFont(), 'well-known oper-', 0, 0, 10, { wordSpacing: 0, softHyphen: true }).split('\n');
    expect(ops).toEqual([
      'BT', '/F9 10 Tf', '1 0 0 -1 0 0 Tm',
      '[<00770065006c006c002d006b006e006f0077006e0020006f007000650072> 0] TJ',
      '/Span <</ActualText <FEFF00AD>>> BDC', '[<002d> 0] TJ', 'EMC',
      'ET',
    ]);
    expect(textObject(fakeFont(), 'oper-', 0, 0, 10, { wordSpacing: 0 })).not.toContain('ActualText');
  });
});

describe('PdfWriter.text', () => {
  const fonts = loadFonts(loadTheme());
  const info = { Title: 'T', CreationDate: new Date(0), ModDate: new Date(0), Producer: 'Galley', Creator: 'Galley' };

  async function draw(lines: readonly { text: string; wordSpacing: number; color?: string }[]): Promise<Buffer> {
    const pdf = new PdfWriter({ info, lang: 'en', version: '1.7', xmp: '' });
    // As paint does: pdfkit draws from the runs layout shaped.
    pdf.registerFont('body', fonts.fonts.body, fonts.shaper('body').layoutCache);
    pdf.addPage(400, 300);
    lines.forEach((line, i) => pdf.text(line.text, 50, 100 + 20 * i, 'body', 10, line.color ?? '#000000', { wordSpacing: line.wordSpacing }));
    return pdf.finish();
  }

  test('a justified line reads back with its spaces and ends where its measure says', async () => {
    const text = 'AVATAR Tower, “Wave” office affluent';
    const wordSpacing = 3.25;
    const bytes = await draw([{ text, wordSpacing }]);
    const [page] = (await readPdf(bytes)).pages;
    if (page === undefined) throw new Error('no page');
    const items = page.items.filter((it) => it.str !== '');
    expect(items.map((it) => it.str).join('').replace(/\s+/gu, ' ').trim()).toBe(text);
    const spaces = text.split(' ').length - 1;
    // Kerned widths (the font set measures as pdfkit lays out) plus the widened spaces.
    const end = 50 + fonts.measure(text, 'body', 10) + spaces * wordSpacing;
    expect(Math.min(...items.map((it) => it.x))).toBeCloseTo(50, 3);
    expect(Math.max(...items.map((it) => it.x + it.width))).toBeCloseTo(end, 2);
  });

  test('sets the fill colour only when it changes, and draws no q/cm/Q around text', async () => {
    const bytes = await draw([
      { text: 'one', wordSpacing: 0 },
      { text: 'two', wordSpacing: 0 },
      { text: 'three', wordSpacing: 0, color: '#ff0000' },
    ]);
    const raw = bytes.toString('latin1');
    const streams = [...raw.matchAll(/\/Length (\d+)\n\/Filter \/FlateDecode\n>>\nstream\n/gu)].map((m) => {
      const start = (m.index ?? 0) + m[0].length;
      return inflateSync(bytes.subarray(start, start + Number(m[1]))).toString('latin1');
    });
    const content = streams.find((s) => s.includes('BT'));
    if (content === undefined) throw new Error('no content stream');
    expect(content.match(/ scn$/gmu)).toHaveLength(2);
    expect(content.match(/^BT$/gmu)).toHaveLength(3);
    // The page's own flip is the only transformation.
    expect(content.match(/ cm$/gmu)).toHaveLength(1);
    expect(content).not.toMatch(/^q$/mu);
  });
});

describe('PdfWriter.destination', () => {
  const info = { Title: 'T', CreationDate: new Date(0), ModDate: new Date(0), Producer: 'Galley', Creator: 'Galley' };
  const NAMES = ['notes', 'méta', 'c1-intro', 'Results', 'грамматика', 'c1_a', '1984-revisited'];

  /** The keys of the file's named destinations, as the name tree lists them (literal strings, unescaped). */
  async function destinationKeys(): Promise<string[]> {
    const pdf = new PdfWriter({ info, lang: 'en', version: '1.7', xmp: '' });
    pdf.addPage(400, 300);
    for (const name of NAMES) pdf.destination(name, 10, 10);
    const raw = (await pdf.finish()).toString('latin1');
    const tree = /\/Names \[\n([\s\S]*?)\n\]/u.exec(raw)?.[1] ?? '';
    return [...tree.matchAll(/^\s*\(((?:\\.|[^\\)])*)\)/gmu)].map((m) => (m[1] ?? '').replace(/\\(.)/gsu, '$1'));
  }

  test('lists the names in the order of their bytes, as a reader’s binary search needs; non-ASCII names after all others', async () => {
    const keys = await destinationKeys();
    expect(keys).toHaveLength(NAMES.length);
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(keys.slice(0, 5)).toEqual(['1984-revisited', 'Results', 'c1-intro', 'c1_a', 'notes']);
    expect(keys.slice(5).every((key) => key.startsWith('\u00fe\u00ff'))).toBe(true);
  });
});
