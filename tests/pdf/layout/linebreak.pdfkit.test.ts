// The fragment contract, checked against pdfkit itself: fragments drawn with
// text(s, x, y, {lineBreak: false, wordSpacing}) land where the breaker said,
// justified lines end exactly at the measure, and the text reads back whole.
import PDFDocument from 'pdfkit';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { breakParagraph } from '../../../src/pdf/layout/linebreak.ts';
import type { FontKey, Measure, StyledRun } from '../../../src/pdf/layout/types.ts';
import { readPdf } from '../../helpers/read-pdf.ts';

const fontDir = fileURLToPath(new URL('../../../node_modules/@expo-google-fonts/source-serif-4/', import.meta.url));
const LEFT = 60;
const TOP = 80;
const LEADING = 15;

test('pdfkit draws the fragments where the breaker put them', async () => {
  const doc = new PDFDocument({ size: 'A4', margin: 0 });
  const faces: Partial<Record<FontKey, string>> = {
    body: `${fontDir}400Regular/SourceSerif4_400Regular.ttf`,
    bodyItalic: `${fontDir}400Regular_Italic/SourceSerif4_400Regular_Italic.ttf`,
    bodyBold: `${fontDir}700Bold/SourceSerif4_700Bold.ttf`,
  };
  for (const [key, path] of Object.entries(faces)) doc.registerFont(key, path);
  // pdfkit's own measure, as paint will use it.
  const measure: Measure = (text, font, size) => doc.font(font).fontSize(size).widthOfString(text);

  const runs: StyledRun[] = [
    { text: 'Over the winter the keeper of the ', font: 'body', size: 10 },
    { text: 'northern lighthouse', font: 'bodyItalic', size: 10 },
    { text: ' kept an extraordinarily detailed logbook', font: 'body', size: 10 },
    { text: '1', font: 'body', size: 6, rise: 4, noteRef: 1 },
    { text: ' of every ship that passed, with its flag, its cargo and its ', font: 'body', size: 10 },
    { text: 'unquestionably', font: 'bodyBold', size: 10 },
    { text: ' remarkable crew, in a hand that never faltered through storms and darkness.', font: 'body', size: 10 },
  ];
  const width = 230;
  const result = breakParagraph(runs, {
    widths: [width],
    measure,
    justify: true,
    lang: 'en-US',
    hyphenation: { leftMin: 2, rightMin: 3, maxConsecutive: 2 },
  });
  expect(result.lines.length).toBeGreaterThan(4);

  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => doc.on('end', resolve));
  result.lines.forEach((line, i) => {
    for (const f of line.fragments) {
      doc
        .font(f.font)
        .fontSize(f.size)
        .text(f.text, LEFT + f.x, TOP + i * LEADING - (f.rise ?? 0), {
          lineBreak: false,
          wordSpacing: f.wordSpacing,
          baseline: 'alphabetic',
        });
    }
  });
  doc.end();
  await ended;
  const [page] = (await readPdf(Buffer.concat(chunks))).pages;
  if (page === undefined) throw new Error('no page');

  // pdfjs gives y from the page bottom; a raised note mark stays nearer its own line than the next.
  const firstBaseline = Math.max(...page.items.filter((it) => it.size > 8).map((it) => it.y));
  const lineOf = (y: number): number => Math.round((firstBaseline - y) / LEADING);
  result.lines.forEach((line, i) => {
    const items = page.items.filter((it) => it.str.trim() !== '' && lineOf(it.y) === i);
    const drawn = items.map((it) => it.str).join('').replace(/\s+/gu, '');
    expect(drawn).toBe(line.fragments.map((f) => f.text).join('').replace(/\s+/gu, ''));
    for (const f of line.fragments) {
      expect(items.some((it) => Math.abs(it.x - (LEFT + f.x)) < 0.05)).toBe(true);
    }
    const end = Math.max(...items.map((it) => it.x + it.width));
    if (i < result.lines.length - 1) expect(end).toBeCloseTo(LEFT + width, 1);
    else expect(end).toBeLessThanOrEqual(LEFT + width + 0.01);
  });
  expect(page.text).not.toContain('\u00AD');
});
