// Built PDFs of one manuscript on A4, letter and the 6 × 9 in default, read
// back: the page is the size the theme names, and the justified body lines
// hold the 60–75 characters the derived margins promise.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseManuscript } from '../../src/parse/index.ts';
import { renderPdf } from '../../src/pdf/index.ts';
import { loadTheme } from '../../src/theme/load.ts';
import type { Theme } from '../../src/theme/types.ts';
import { runGalley, temporaryDir } from '../helpers/cli.ts';
import { readPdf } from '../helpers/read-pdf.ts';

const ARTICLE = 'manuscript/article.md';
const DATE = new Date('2024-12-20T00:00:00Z');

function pageSizeTheme(size: string): string {
  const dir = path.join(temporaryDir('galley-page-size-'), size);
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'theme.yaml'), `page:\n  size: ${size}\n`);
  return dir;
}

/** The body lines that run the full measure (justified, not a paragraph's last), as text. */
async function fullBodyLines(theme: Theme): Promise<string[]> {
  const { document } = parseManuscript(ARTICLE, readFileSync(ARTICLE));
  if (document === null) throw new Error('the article does not parse');
  const { bytes } = await renderPdf(document, theme, { date: DATE, profile: { kind: 'archive', pdfa: 'PDF/A-3b' } });
  const { pages } = await readPdf(bytes);
  for (const page of pages) expect(page.height).toBeCloseTo(theme.page.height, 1);
  const measure = theme.page.width - theme.margins.inner - theme.margins.outer;
  const lines: string[] = [];
  for (const page of pages) {
    const byBaseline = new Map<number, { str: string; x: number; width: number }[]>();
    for (const item of page.items) {
      // Font expansion (at most 2%) shows in the size pdf.js reports.
      if (Math.abs(item.size - theme.body.size) > theme.body.size * 0.025) continue;
      const key = Math.round(item.y * 10);
      byBaseline.set(key, [...(byBaseline.get(key) ?? []), item]);
    }
    for (const items of byBaseline.values()) {
      const left = Math.min(...items.map((i) => i.x));
      const right = Math.max(...items.map((i) => i.x + i.width));
      if (right - left > measure - 1) lines.push(items.map((i) => i.str).join('').replace(/\s+/gu, ' ').trim());
    }
  }
  return lines;
}

describe('a manuscript built on a named page size', () => {
  test.each(['a4', 'letter'])('%s: full body lines average 60–75 characters, none over 80', async (size) => {
    const theme = loadTheme(pageSizeTheme(size));
    const lines = await fullBodyLines(theme);
    expect(lines.length).toBeGreaterThan(20);
    const average = lines.reduce((sum, line) => sum + [...line].length, 0) / lines.length;
    expect(average).toBeGreaterThanOrEqual(60);
    expect(average).toBeLessThanOrEqual(75);
    expect(Math.max(...lines.map((line) => [...line].length))).toBeLessThanOrEqual(80);
  });

  test('the default 6 × 9 in page keeps its own hand-set measure', async () => {
    const lines = await fullBodyLines(loadTheme());
    const average = lines.reduce((sum, line) => sum + [...line].length, 0) / lines.length;
    expect(average).toBeGreaterThanOrEqual(58);
    expect(average).toBeLessThanOrEqual(70);
  });
});

describe('galley build --theme', () => {
  test('with a theme that is not there lists the themes there are', () => {
    const run = runGalley(['build', ARTICLE, '--out', temporaryDir(), '--theme', 'a4']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^a4:1:1: error: theme "a4" not found; the themes in \S+ are: bleed, default .*"a4" is a page size/mu);
  });
});
