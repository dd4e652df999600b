// Figures, tables and references as Markdown written for Pandoc has them,
// built through the galley command and read back: a figure's `{#id
// width=50%}` makes it a link target at half the measure (a destination on
// its page, an id on the EPUB's <figure>); pandoc-crossref's references print
// "fig. 1", "tbl. 1" and "eq. 1", linked, and what they name is numbered; an
// HTML table with no header row is set without one (no header cells in the
// PDF's tags, no <thead> in the EPUB).
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { runGalley, temporaryDir } from '../helpers/cli.ts';
import { elements, readEpub } from '../helpers/epub-reader.ts';
import { imagesDrawn } from '../helpers/images-drawn.ts';
import { readPdf } from '../helpers/read-pdf.ts';
import { epubValidatorTests } from '../helpers/epub-validation.ts';
import { nodesOf, readTagged, textOf } from '../helpers/tagged-text.ts';

const MANUSCRIPT = `---
title: Figures and Tables
---

Intro text.

<table>
  <tr><td>Alpha</td><td>Beta</td></tr>
  <tr><td>Gamma</td><td>Delta</td></tr>
</table>

![A view](wide.png){#fig:view width=50%}

See [the figure](#fig:view), that is @fig:view, and [@tbl:sizes; @eq:energy].

![The whole measure](big.png)

| Port | Ships |
|------|------:|
| Dover | 4 |

: Sizes {#tbl:sizes}

$$ E = mc^2 $$ {#eq:energy}

The end.
`;

describe('figures and tables written for Pandoc, built', () => {
  const dir = temporaryDir();
  const file = join(dir, 'figures.md');
  beforeAll(async () => {
    writeFileSync(file, MANUSCRIPT);
    copyFileSync(new URL('../fixtures/parse/images/wide.png', import.meta.url).pathname, join(dir, 'wide.png'));
    // wide.png's proportions, at 3,000 pixels: at 96 to the inch, wider than the measure.
    await sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#c33' } }).png().toFile(join(dir, 'big.png'));
    const run = runGalley(['build', file, '--out', dir, '--strict']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  test('an HTML table of <td> rows has no header row: two rows of data cells in the PDF, no <thead> in the EPUB', async () => {
    const tagged = await readTagged(readFileSync(join(dir, 'figures.pdf')));
    const table = nodesOf(tagged.tree).find((node) => node.type === 'Table' && textOf(node).includes('Alpha'));
    const rows = table?.children.filter((node) => node.type === 'TR') ?? [];
    expect(rows.map((row) => row.children.map((cell) => `${cell.type}:${textOf(cell)}`))).toEqual([
      ['TD:Alpha', 'TD:Beta'],
      ['TD:Gamma', 'TD:Delta'],
    ]);
    const epub = await readEpub(readFileSync(join(dir, 'figures.epub')));
    const documents = await epub.contentDocuments();
    const tables = documents.flatMap(({ doc }) => elements(doc, 'table')).filter((el) => (el.textContent ?? '').includes('Alpha'));
    expect(tables).toHaveLength(1);
    expect(elements(tables[0]!, 'thead')).toHaveLength(0);
    expect(elements(tables[0]!, 'tr')).toHaveLength(2);
  });

  test('a figure with {#fig:view width=50%} is set at half the measure, and the link to it leads to the figure’s destination', async () => {
    const bytes = readFileSync(join(dir, 'figures.pdf'));
    const pdf = await readPdf(bytes);
    expect(pdf.destinations).toContain('fig:view');
    expect(pdf.links).toContainEqual({ page: 1, dest: 'fig:view' });
    // The second figure, with no attributes and wider than the measure at its own size, fills the measure.
    const [half, full] = await imagesDrawn(bytes);
    expect((half?.width ?? 0) / (full?.width ?? 1)).toBeCloseTo(0.5);
    expect((half?.height ?? 0) / (half?.width ?? 1)).toBeCloseTo(2 / 3);
    const epub = await readEpub(readFileSync(join(dir, 'figures.epub')));
    const documents = await epub.contentDocuments();
    const [figure, whole] = documents.flatMap(({ doc }) => elements(doc, 'figure'));
    expect(figure?.getAttribute('id')).toBe('fig:view');
    expect(elements(figure!, 'img')[0]?.getAttribute('style')).toBe('width: 50%');
    expect(whole?.hasAttribute('id')).toBe(false);
    const hrefs = documents.flatMap(({ doc }) => elements(doc, 'a').map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((href) => href.endsWith('#fig:view'))).toHaveLength(2);
  });

  test('pandoc-crossref references print "fig. 1", "tbl. 1" and "eq. 1", linked, and what they name is numbered', async () => {
    const bytes = readFileSync(join(dir, 'figures.pdf'));
    const pdf = await readPdf(bytes);
    const text = pdf.pages.map((page) => page.text).join('\n').replace(/\s+/gu, ' ');
    expect(text).toContain('that is fig. 1, and tbl. 1, eq. 1.');
    expect(text).toContain('Figure 1: A view');
    expect(text).toContain('Table 1: Sizes');
    expect(text).not.toMatch(/@fig|@tbl|@eq|\{#/u);
    for (const dest of ['fig:view', 'tbl:sizes', 'eq:energy']) {
      expect(pdf.destinations).toContain(dest);
      expect(pdf.links.some((link) => link.dest === dest)).toBe(true);
    }
    const epub = await readEpub(readFileSync(join(dir, 'figures.epub')));
    const documents = await epub.contentDocuments();
    const links = documents.flatMap(({ doc }) => elements(doc, 'a').map((a) => `${(a.textContent ?? '').replace(/\s/gu, ' ')} → ${(a.getAttribute('href') ?? '').replace(/^.*#/u, '#')}`));
    expect(links).toEqual(expect.arrayContaining(['fig. 1 → #fig:view', 'tbl. 1 → #tbl:sizes', 'eq. 1 → #eq:energy']));
    const ids = documents.flatMap(({ doc }) => [...doc.getElementsByTagName('*')].map((el) => el.getAttribute('id')));
    expect(ids).toEqual(expect.arrayContaining(['fig:view', 'tbl:sizes', 'eq:energy']));
    expect(documents.flatMap(({ doc }) => elements(doc, 'figcaption').map((el) => el.textContent))).toEqual(['Figure 1: A view', 'The whole measure']);
    expect(documents.flatMap(({ doc }) => elements(doc, 'caption').map((el) => el.textContent))).toEqual(['Table 1: Sizes']);
  });

  test('galley check finds every word of the manuscript in the text layer, and every internal link lands', () => {
    const run = runGalley(['check', join(dir, 'figures.pdf'), join(dir, 'figures.epub')]);
    expect(run.stdout).toMatch(/pass {2}Text layer against the embedded manuscript {2}all \d+ words/u);
    expect(run.stdout).toMatch(/pass {2}Internal links and note references/u);
    expect(run.status).toBe(0);
  });

  epubValidatorTests(() => join(dir, 'figures.epub'));
});
