// Manuscripts as found in the wild, built by the real command: linked figures,
// heading attributes and ragged tables come out in both the PDF and the EPUB.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { readEpub } from '../helpers/epub-reader.ts';
import { runGalley, temporaryDir, type CliRun } from '../helpers/cli.ts';
import { readPdf, type PdfReadBack } from '../helpers/read-pdf.ts';

const FIGURE = new URL('../fixtures/pdf/figure.png', import.meta.url).pathname;

const MANUSCRIPT = `---
title: Wild things
---

# Beginning {#begin .intro}

See [the start](#begin).

[![](fig3.png)](https://example.com/chart)

| NOTE |
| --- |
| Keep it short. | stray |
`;

let run: CliRun;
let pdf: PdfReadBack;
let pdfBytes: Buffer;
let xhtml: string;

beforeAll(async () => {
  const folder = temporaryDir();
  copyFileSync(FIGURE, join(folder, 'fig3.png'));
  writeFileSync(join(folder, 'wild.md'), MANUSCRIPT);
  run = runGalley(['build', join(folder, 'wild.md'), '--out', join(folder, 'out')]);
  pdfBytes = readFileSync(join(folder, 'out', 'wild.pdf'));
  pdf = await readPdf(pdfBytes);
  const epub = await readEpub(readFileSync(join(folder, 'out', 'wild.epub')));
  xhtml = (await Promise.all((await epub.contentDocuments()).map(({ name }) => epub.text(name)))).join('\n');
}, 120_000);

describe('a manuscript from the wild', () => {
  test('builds, warning about the table cell it leaves out', () => {
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/wild\.md:13:18: warning: table row has 2 cells but the header has 1; left out, as GitHub does: "stray"/);
  });

  test('draws a linked image as a figure with its link in the PDF, not "[]"', () => {
    const text = pdf.pages.map((p) => p.text).join('\n');
    expect(text).not.toContain('[]');
    expect(pdfBytes.toString('latin1')).toMatch(/\/Subtype \/Image/);
    expect(pdf.links.map((l) => l.url ?? l.dest)).toEqual(expect.arrayContaining(['https://example.com/chart', 'begin']));
  });

  test('keeps the link around the figure in the EPUB', () => {
    expect(xhtml).toMatch(/<figure><a href="https:\/\/example\.com\/chart"><img [^>]*src="images\/image-1\.png"/);
  });

  test('takes a heading id from its attributes and prints none of them', () => {
    const text = pdf.pages.map((p) => p.text).join('\n');
    expect(text).toContain('Beginning');
    expect(text).not.toContain('{#begin');
    expect(xhtml).toMatch(/<h1[^>]* id="begin"[^>]*>Beginning<\/h1>/);
    expect(xhtml).not.toContain('stray');
  });
});


test('--resource-path lets images come from other folders, and nothing outside them', () => {
  const base = temporaryDir();
  const assets = join(base, 'assets');
  const book = join(base, 'book');
  for (const dir of [assets, book]) mkdirSync(dir);
  copyFileSync(FIGURE, join(assets, 'chart.png'));
  writeFileSync(join(book, 'b.md'), '---\ntitle: B\n---\n\n![A chart](chart.png)\n');
  const out = join(base, 'out');
  expect(runGalley(['build', join(book, 'b.md'), '--out', out, '--format', 'pdf', '--resource-path', `${join(base, 'none')}:${assets}`]).status).toBe(0);
  const without = runGalley(['build', join(book, 'b.md'), '--out', out, '--format', 'pdf']);
  expect(without.status).toBe(0);
  expect(without.stderr).toMatch(/b\.md:5:1: warning: image "chart\.png" not found in the manuscript's folder.*; its alt text is shown instead/);
  const strict = runGalley(['build', join(book, 'b.md'), '--out', join(base, 'strict'), '--format', 'pdf', '--strict']);
  expect(strict.status).toBe(1);
  expect(strict.stderr).toMatch(/b\.md:5:1: error: image "chart\.png" not found/);
});

test('an HTML epigraph becomes a block quote with its attribution line, in the PDF and the EPUB', async () => {
  const folder = temporaryDir();
  writeFileSync(join(folder, 'e.md'), '---\ntitle: E\n---\n\n<blockquote>I am not what I am. <footer>Iago, <em>Othello</em></footer></blockquote>\n\nWater is H<sub>2</sub>O.\n');
  const out = join(folder, 'out');
  const built = runGalley(['build', join(folder, 'e.md'), '--out', out]);
  expect(built.stderr).toBe('');
  expect(built.status).toBe(0);
  const text = (await readPdf(readFileSync(join(out, 'e.pdf')))).pages.map((p) => p.text).join('\n');
  expect(text).toMatch(/I am not what I am\.\s*\n\s*— Iago, Othello/);
  expect(text).toContain('H₂O');
  const epub = await readEpub(readFileSync(join(out, 'e.epub')));
  const xhtml = (await Promise.all((await epub.contentDocuments()).map(({ name }) => epub.text(name)))).join('\n');
  expect(xhtml).toContain('<blockquote><p>I am not what I am.</p><p>— Iago, <em>Othello</em></p></blockquote>');
});
