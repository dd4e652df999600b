// --profile print: pages trimmed to the theme's page size in their boxes, bleed
// and crop marks when the theme asks, the inside margin the page count needs
// (never less than the theme's own), an even page count, and
// nothing interactive (print services reject links and bookmarks).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PdfFile } from '../../src/check/pdf/reader.ts';
import type { PdfDict } from '../../src/check/pdf/reader.ts';
import { checkBoxes, checkPrintRules, checkTagged } from '../../src/check/pdf/structure.ts';
import { UserError } from '../../src/diagnostics.ts';
import { loadTheme } from '../../src/theme/load.ts';
import { runGalley, temporaryDir } from '../helpers/cli.ts';
import { readPdf } from '../helpers/read-pdf.ts';
import { run, testWith } from '../helpers/external.ts';
import { ARTICLE, EVERY_NODE, render } from '../helpers/archive.ts';

const IN = 72;

function boxes(pdf: PdfFile, page: PdfDict): Record<'MediaBox' | 'BleedBox' | 'TrimBox', number[]> {
  const box = (key: string): number[] => pdf.array(pdf.inherited(page, key) ?? page.get(key)).map((v) => pdf.number(v) ?? NaN);
  return { MediaBox: box('MediaBox'), BleedBox: box('BleedBox'), TrimBox: box('TrimBox') };
}

/** The left edge of the text on each page: the smallest x of any text drawn. */
/** Each page's text edge: its leftmost line starting with a letter or digit (punctuation protrudes into the margin). */
async function leftEdges(bytes: Uint8Array): Promise<number[]> {
  const { pages } = await readPdf(bytes);
  return pages.map((p) => Math.min(...p.items.filter((i) => /^[\p{L}\p{N}]/u.test(i.str.trimStart())).map((i) => i.x)));
}

function themeDir(yaml: string): string {
  const dir = join(temporaryDir('galley-print-theme-'), 'theme');
  mkdirSync(dir);
  writeFileSync(join(dir, 'theme.yaml'), yaml);
  return dir;
}

describe('the print profile with the default theme (no bleed, no marks)', () => {
  test('puts every page in MediaBox = BleedBox = TrimBox of the 6 × 9 in trim, and pads to an even count', async () => {
    const rendered = await render(ARTICLE, { kind: 'print' });
    const pdf = new PdfFile(rendered.bytes);
    const pages = pdf.pages();
    expect(pages.length % 2).toBe(0);
    expect(pages.length).toBe(rendered.pages);
    for (const page of pages) expect(boxes(pdf, page)).toEqual({ MediaBox: [0, 0, 6 * IN, 9 * IN], BleedBox: [0, 0, 6 * IN, 9 * IN], TrimBox: [0, 0, 6 * IN, 9 * IN] });
    expect(checkBoxes(pdf).status).toBe('pass');
  });

  test('has no links, annotations, bookmarks or named destinations, and is still tagged', async () => {
    const { bytes } = await render(EVERY_NODE, { kind: 'print' });
    const pdf = new PdfFile(bytes);
    for (const page of pdf.pages()) expect(page.get('Annots')).toBeUndefined();
    expect(pdf.catalog().get('Outlines')).toBeUndefined();
    expect(pdf.array(pdf.dict(pdf.dict(pdf.catalog().get('Names'))?.get('Dests'))?.get('Names'))).toEqual([]);
    expect(checkPrintRules(pdf).status).toBe('pass');
    expect(checkTagged(pdf).status).toBe('pass');
    expect(pdf.version).toBe('1.6');
  });

  test("keeps the theme's inside margin where it is wider than the binding needs, binding side alternating", async () => {
    const edges = await leftEdges((await render(ARTICLE, { kind: 'print' })).bytes);
    const theme = loadTheme();
    // Page 1 is the centred title page; then versos (even) have the outside margin on the left, rectos the inside.
    expect(theme.margins.inner).toBeCloseTo(0.8 * IN);
    expect(edges[1]).toBeCloseTo(theme.margins.outer, 0);
    expect(edges[2]).toBeCloseTo(theme.margins.inner, 0);
  });

  test("widens a theme's inside margin narrower than the binding minimum for the page count", async () => {
    const dir = themeDir('margins:\n  inner: 0.25in\n');
    const edges = await leftEdges((await render(ARTICLE, { kind: 'print' }, dir)).bytes);
    expect(edges[2]).toBeCloseTo(0.375 * IN, 0);
  });

  test('lays the book out again when the page count crosses a step of the table', async () => {
    const dir = themeDir('extends: default\nprint:\n  insideMargins:\n    - { pages: 2, margin: 0.375in }\n    - { pages: 1000, margin: 1.5in }\n');
    const rendered = await render(EVERY_NODE, { kind: 'print' }, dir);
    // At 0.375 in the manuscript takes more than 2 pages, so the 1.5 in step applies, and is what the rectos show.
    expect(rendered.pages).toBeGreaterThan(2);
    const edges = await leftEdges(rendered.bytes);
    expect(edges[2]).toBeCloseTo(1.5 * IN, 0);
  });

  test('reports images printed below 300 ppi at their place in the manuscript', () => {
    const run = runGalley(['build', EVERY_NODE, '--out', temporaryDir(), '--profile', 'print', '--format', 'pdf']);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^tests\/fixtures\/manuscripts\/every-node\.md:64:\d+: warning: image "chart\.png" prints at \d+ ppi on page \d+ .*300 ppi/mu);
  });
});

describe("the print profile with an A4 theme", () => {
  test("trims to the theme's page size, with its derived margins", async () => {
    const dir = themeDir('page:\n  size: a4\n');
    const theme = loadTheme(dir);
    const rendered = await render(ARTICLE, { kind: 'print' }, dir);
    const pdf = new PdfFile(rendered.bytes);
    const a4 = [0, 0, 595.276, 841.89];
    for (const page of pdf.pages()) {
      for (const box of Object.values(boxes(pdf, page))) box.forEach((value, i) => expect(value).toBeCloseTo(a4[i] ?? NaN, 2));
    }
    expect(checkBoxes(pdf).status).toBe('pass');
    const edges = await leftEdges(rendered.bytes);
    expect(edges[1]).toBeCloseTo(theme.margins.outer, 0);
    expect(edges[2]).toBeCloseTo(theme.margins.inner, 0);
    expect(theme.margins.inner).toBeGreaterThan(IN);
  });
});

describe('the print profile with bleed and crop marks (the bleed theme)', () => {
  const bleed = 0.125 * IN;
  const slug = 0.125 * IN + 0.25 * IN;

  test('adds the bleed on the top, bottom and outside edge, inside a sheet wide enough for the marks', async () => {
    const pdf = new PdfFile((await render(ARTICLE, { kind: 'print' }, 'bleed')).bytes);
    const pages = pdf.pages();
    pages.forEach((page, i) => {
      const recto = i % 2 === 0;
      const trim = [slug, slug, slug + 6 * IN, slug + 9 * IN];
      expect(boxes(pdf, page)).toEqual({
        MediaBox: [0, 0, 6 * IN + 2 * slug, 9 * IN + 2 * slug],
        TrimBox: trim,
        BleedBox: recto ? [slug, slug - bleed, slug + 6 * IN + bleed, slug + 9 * IN + bleed] : [slug - bleed, slug - bleed, slug + 6 * IN, slug + 9 * IN + bleed],
      });
    });
    expect(checkPrintRules(pdf).status).toBe('pass');
  });

  testWith('pdftoppm', 'draws crop marks outside the bleed and nothing in the bleed corner', async () => {
    const dir = temporaryDir();
    const file = join(dir, 'bleed.pdf');
    writeFileSync(file, (await render(ARTICLE, { kind: 'print' }, 'bleed')).bytes);
    run('pdftoppm', ['-r', '72', '-f', '1', '-l', '1', '-gray', file, join(dir, 'page')]);
    const pgm = readFileSync(join(dir, 'page-1.pgm'));
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/u.exec(pgm.toString('latin1', 0, 30));
    const width = Number(header?.[1]);
    const start = header?.[0].length ?? 0;
    const grey = (x: number, y: number): number => pgm[start + y * width + x] ?? 255;
    const top = Math.round(slug);
    // The top-left corner's horizontal mark runs from the sheet edge to the bleed, on the trim line.
    const mark = [2, 5, 8].map((x) => Math.min(grey(x, top - 1), grey(x, top)));
    for (const value of mark) expect(value).toBeLessThan(160);
    // Between the mark and the trim corner lies the bleed: blank.
    for (let x = top - Math.round(bleed) + 2; x < top - 1; x++) for (let y = top - Math.round(bleed) + 2; y < top - 1; y++) expect(grey(x, y)).toBe(255);
  });
});

describe('print settings in a theme', () => {
  test('are checked where they are written', () => {
    const dir = themeDir('extends: default\nprint:\n  bleed: 0.2in\n  insideMargins:\n    - { pages: 300, margin: 0.5in }\n    - { pages: 150, margin: 0.375in }\n');
    let messages: string[] = [];
    try {
      loadTheme(dir);
    } catch (error) {
      if (error instanceof UserError) messages = error.diagnostics.map((d) => `${d.line}: ${d.message}`);
    }
    expect(messages).toEqual([
      expect.stringMatching(/^\d+: print\.insideMargins\.1\.pages: must be more than the step before \(300\)$/u),
      expect.stringMatching(/^\d+: print\.cropMarks\.offset: must be at least print\.bleed/u),
    ]);
  });

  test('a theme without them cannot be printed, and says so', async () => {
    const ownTheme = readFileSync('templates/default/theme.yaml', 'utf8').split('\nprint:')[0] ?? '';
    const dir = themeDir(`extends: none\n${ownTheme}`);
    await expect(render(ARTICLE, { kind: 'print' }, dir)).rejects.toThrow(/has no print settings/u);
  });
});

describe('the command line', () => {
  test.each([
    [['--profile', 'poster'], 'unknown profile "poster"'],
    [['--pdfa', '2u'], 'unknown PDF/A level "2u"'],
    [['--profile', 'print', '--pdfa', '1b'], '--pdfa applies to the archive profile'],
  ])('galley build %j is a usage error', (flags, message) => {
    const run = runGalley(['build', ARTICLE, '--out', temporaryDir(), ...flags]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
