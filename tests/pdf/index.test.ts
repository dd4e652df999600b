// The real PDF, read back: text in order, fonts embedded, metadata, outline,
// links, and the same bytes for the same input.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Block, Document } from '../../src/document.ts';
import { renderPdf } from '../../src/pdf/index.ts';
import type { RenderedPdf } from '../../src/pdf/index.ts';
import { loadTheme } from '../../src/theme/load.ts';
import { inOrder, layerUnits, readPdf } from '../helpers/read-pdf.ts';
import { run, testWith } from '../helpers/external.ts';
import { code, codeBlock, del, em, heading, item, link, list, makeDocument, note, para, prose, quote, ref, strong, table } from '../helpers/build-doc.ts';

const FIGURE = fileURLToPath(new URL('../fixtures/pdf/figure.png', import.meta.url));
const DATE = new Date('2024-12-20T00:00:00Z');

function sampleDocument(): Document {
  const figure: Block = {
    type: 'figure',
    image: { path: FIGURE, alt: 'A chequered gradient', mediaType: 'image/png', width: 240, height: 160 },
    caption: [{ type: 'text', value: 'A chequered gradient.' }],
  };
  return makeDocument(
    [
      para(prose(60, 1), ref(1), ' with ', em('emphasis'), ', ', strong('strength'), ', ', del('a deletion'), ' and ', code('code()'), '.'),
      heading(1, 'Harbour & Tides'),
      para(prose(80, 2), ' See ', link('https://example.com/tides', 'the tide tables'), '.'),
      quote(para(prose(40, 3))),
      list(true, [item(para(prose(12, 4))), item(para(prose(12, 5)), list(false, [item(para('nested'))]))]),
      heading(2, 'Numbers'),
      table([['Port', 'Depth'], ['North', '12 m'], ['South', '9 m']]),
      codeBlock('const depth = 12; // metres\nconsole.log(depth);'),
      figure,
      para(prose(200, 6), ref(2)),
      para(prose(200, 7)),
    ],
    [note(1, para('A note on the first page.')), note(2, para(prose(60, 8)))],
    {
      title: 'Harbour & Tides',
      subtitle: 'A dek about the sea',
      authors: ['Ann Author'],
      publisher: 'The Publisher',
      source: 'https://example.com/original',
      keywords: ['sea', 'tides'],
      lang: 'en-GB',
    },
  );
}

describe('the rendered PDF', () => {
  const theme = loadTheme();
  const doc = sampleDocument();
  let rendered: RenderedPdf;
  beforeAll(async () => {
    rendered = await renderPdf(doc, theme, { date: DATE });
  });

  test('is byte-for-byte the same when rendered twice', async () => {
    const again = await renderPdf(doc, theme, { date: DATE });
    expect(again.bytes.equals(rendered.bytes)).toBe(true);
    const later = await renderPdf(doc, theme, { date: new Date('2025-01-01T00:00:00Z') });
    expect(later.bytes.equals(rendered.bytes)).toBe(false);
  });

  test('reports its pages and where each begins', () => {
    expect(rendered.pages).toBeGreaterThan(1);
    expect(rendered.pageStarts).toHaveLength(rendered.pages);
    expect(rendered.pageStarts.map((s) => s.page)).toEqual(Array.from({ length: rendered.pages }, (_, i) => i + 1));
    expect(rendered.report.notesOffPage).toBe(0);
  });

  test('holds the text in reading order', async () => {
    const pdf = await readPdf(rendered.bytes);
    expect(pdf.pages).toHaveLength(rendered.pages);
    const layer = await layerUnits(rendered.bytes);
    const expected = ['Harbour', '&', 'Tides', ...prose(60, 1).split(' '), 'with', 'emphasis,', 'strength,', 'a', 'deletion', 'and', 'code().'];
    expect(inOrder(layer, expected)).toBe('all found');
    expect(inOrder(layer, prose(200, 7))).toBe('all found');
    // Soft hyphens never reach the page.
    expect(pdf.pages.some((p) => p.text.includes('\u00ad'))).toBe(false);
  });

  test('carries the document info, language and outline', async () => {
    const pdf = await readPdf(rendered.bytes);
    expect(pdf.info).toMatchObject({
      Title: 'Harbour & Tides',
      Author: 'Ann Author',
      Subject: 'A dek about the sea',
      Keywords: 'sea, tides',
      Producer: 'Galley',
      Creator: 'Galley',
      Language: 'en-GB',
    });
    expect(String(pdf.info.CreationDate)).toMatch(/^D:20241220000000/u);
    // The title heads the outline; headings nest under it by depth.
    const loaded = await getDocument({ data: new Uint8Array(rendered.bytes), verbosity: 0 }).promise;
    const outline = await loaded.getOutline();
    const tree = (items: typeof outline): unknown[] => items.map((o) => (o.items.length > 0 ? [o.title, tree(o.items)] : o.title));
    expect(tree(outline)).toEqual([['Harbour & Tides', [['Harbour & Tides', ['Numbers']]]]]);
    await loaded.destroy();
    const raw = rendered.bytes.toString('latin1');
    expect(raw).toMatch(/\/DisplayDocTitle true/u);
    expect(raw.startsWith('%PDF-1.7')).toBe(true);
  });

  test('embeds every font it uses, and never a standard 14 font', () => {
    const raw = rendered.bytes.toString('latin1');
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/u);
    const descendants = raw.match(/\/Subtype \/CIDFontType2/gu) ?? [];
    const files = raw.match(/\/FontFile2/gu) ?? [];
    expect(descendants.length).toBeGreaterThanOrEqual(4);
    expect(files.length).toBe(descendants.length);
  });

  test('links the URL, the note marks and the notes back to their marks', async () => {
    const pdf = await getDocument({ data: new Uint8Array(rendered.bytes), verbosity: 0 }).promise;
    const all = (await Promise.all(Array.from({ length: pdf.numPages }, async (_, i) => (await pdf.getPage(i + 1)).getAnnotations()))).flat();
    const urls = all.map((a) => a.url).filter((u): u is string => typeof u === 'string');
    expect(urls).toContain('https://example.com/tides');
    expect(urls).toContain('https://example.com/original');
    const internal = all.map((a) => a.dest).filter((d): d is string => typeof d === 'string');
    expect(internal).toEqual(expect.arrayContaining(['note-1', 'ref-1', 'note-2', 'ref-2']));
    const destinations = await pdf.getDestinations();
    expect(Object.keys(destinations)).toEqual(expect.arrayContaining(['note-1', 'ref-1', 'harbour-tides']));
    await pdf.destroy();
  });
});

testWith('pdffonts', 'pdffonts lists only embedded, subset fonts', async () => {
  const { bytes } = await renderPdf(sampleDocument(), loadTheme(), { date: DATE });
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'galley-pdf-')), 'sample.pdf');
  writeFileSync(file, bytes);
  const rows = run('pdffonts', [file]).trim().split('\n').slice(2);
  expect(rows.length).toBeGreaterThanOrEqual(4);
  for (const row of rows) expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes yes yes/u);
});

test('justified lines end at the right margin, style changes and no-break spaces included', async () => {
  const theme = loadTheme();
  const sentence = ['Mr.\u00a0Putin said on 12\u00a0December that the ', em('11\u00a0000 troops'), ' were ', strong('advancing'), ', and Mr.\u00a0Kim agreed. '];
  const doc = makeDocument([para(...Array.from({ length: 6 }, () => sentence).flat())]);
  const { bytes } = await renderPdf(doc, theme, { date: DATE });
  const [page] = (await readPdf(bytes)).pages;
  const right = theme.page.width - theme.margins.outer;
  // Font expansion scales a line's glyphs by up to 2%, which pdf.js reports as size.
  const bodyItems = page!.items.filter((i) => Math.abs(i.size / theme.body.size - 1) <= 0.021);
  const byLine = new Map<number, number>();
  for (const item of bodyItems) {
    const y = Math.round(item.y);
    byLine.set(y, Math.max(byLine.get(y) ?? 0, item.x + item.width));
  }
  const ends = [...byLine.entries()].sort((a, b) => b[0] - a[0]).map(([, end]) => end);
  expect(ends.length).toBeGreaterThan(3);
  // At the margin, or past it by what a stop or comma may hang out (protrusion: 70% of a stop).
  for (const end of ends.slice(0, -1)) {
    expect(end).toBeGreaterThan(right - 0.5);
    expect(end).toBeLessThan(right + 0.35 * theme.body.size);
  }
});
