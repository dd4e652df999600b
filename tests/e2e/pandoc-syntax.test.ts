// Pandoc's own syntax built through the galley command: fenced divs and
// bracketed spans, a line block, a page break, an inline note, superscripts
// and subscripts, a table caption, a simple table, a multiline table and one
// without a header. The PDF prints their content and none of their fences,
// brackets, bars or attributes, the caption above its table; the EPUB carries
// the ids and the <caption> and passes the validators; `galley check` finds
// every word.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runGalley, temporaryDir } from '../helpers/cli.ts';
import { readEpub } from '../helpers/epub-reader.ts';
import { epubValidatorTests } from '../helpers/epub-validation.ts';
import { inOrder, layerUnits, readTextLayer } from '../helpers/read-pdf.ts';

const MANUSCRIPT = `---
title: Divs and Spans
---

See [the option](#option--reference-doc) and [the sidebar](#special).

[\`--reference-doc=\`*FILE*]{#option--reference-doc}

:   Use the specified file as a style reference.

    ::: {#input-formats}
    - docx
    - odt
    :::

::::: {#special .sidebar}
Here is a paragraph.

::: Danger
A warning within a warning, in [Moin]{lang=de} words.
:::
:::::

::: {.callout-tip title="A tip"}
Tips are callouts.
:::

| The limerick packs laughs anatomical
|    But the good ones I've seen

\\newpage

Water is H~2~O.^[An inline note, *marked up*.] The end.

The 4<sup>th</sup> of x^ij^ and y<sub>k</sub>.

| Gas | Share |
|-----|------:|
| N~2~ | 78% |

Table: Air, by volume.

  Planet    Moons
--------  -------
  Mars          2
  Jupiter      95

----------------------------
 Moon       Note
---------- -----------------
 Phobos     The larger, and
            the nearer.

 Deimos     The smaller.
----------------------------

-------  -------
 Io        1610
-------  -------
`;

describe('Pandoc syntax, built', () => {
  const dir = temporaryDir();
  const file = join(dir, 'divs.md');
  beforeAll(() => {
    writeFileSync(file, MANUSCRIPT);
    const run = runGalley(['build', file, '--out', dir, '--strict']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  test('the PDF prints the content in order, and no fence, bracket or attribute', async () => {
    const layer = await layerUnits(readFileSync(join(dir, 'divs.pdf')));
    expect(
      inOrder(layer, [
        'See the option and the sidebar.',
        '--reference-doc=FILE Use the specified file as a style reference.',
        'docx odt',
        'Here is a paragraph. A warning within a warning, in Moin words.',
        'A tip Tips are callouts.',
        'The limerick packs laughs anatomical But the good ones I’ve seen',
        'Water is H₂O.1 The end.',
        'The 4th of xij and yk.',
        'Air, by volume. Gas Share N₂ 78%',
        'Planet Moons Mars 2 Jupiter 95',
        'Moon Note Phobos The larger, and the nearer. Deimos The smaller.',
        'Io 1610',
        '1 An inline note, marked up.',
      ]),
    ).toBe('all found');
    const pages = await readTextLayer(readFileSync(join(dir, 'divs.pdf')));
    const text = pages.flatMap((page) => page.items.map((item) => item.str)).join(' ');
    expect(text).toContain('--reference-doc=');
    expect(text).not.toMatch(/:::|\]\{|\{[#.]|lang=|\||\^\[|~|---/u);
  });

  test('\\newpage opens a page: the limerick ends one, the water opens the next', async () => {
    const pages = await readTextLayer(readFileSync(join(dir, 'divs.pdf')));
    const pageOf = (start: string) => pages.find((page) => page.items.some((item) => item.str.startsWith(start)))?.number ?? 0;
    expect(pageOf('Water is')).toBe(pageOf('But the good ones') + 1);
  });

  test('superscripts and subscripts with no Unicode characters are smaller, raised and lowered', async () => {
    const pages = await readTextLayer(readFileSync(join(dir, 'divs.pdf')));
    const items = pages.flatMap((page) => page.items);
    const item = (str: string) => items.find((i) => i.str === str);
    const [before, sup, sub] = [item('The 4'), item('ij'), item('k')];
    expect(before && item('th') && sup && sub).toBeTruthy();
    expect(item('th')?.size).toBeLessThan(before?.size ?? 0);
    expect(item('th')?.y).toBeGreaterThan(before?.y ?? 0);
    expect(sup?.y).toBeGreaterThan(before?.y ?? 0);
    expect(sub?.y).toBeLessThan(before?.y ?? 0);
  });

  test('the EPUB has an element for each id the links lead to, and the table its caption', async () => {
    const epub = await readEpub(readFileSync(join(dir, 'divs.epub')));
    const documents = await epub.contentDocuments();
    const ids = documents.flatMap(({ doc }) => [...doc.getElementsByTagName('*')].map((el) => el.getAttribute('id')));
    expect(ids).toEqual(expect.arrayContaining(['option--reference-doc', 'special', 'input-formats']));
    const hrefs = documents.flatMap(({ doc }) => [...doc.getElementsByTagName('a')].map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((href) => href.endsWith('#option--reference-doc') || href.endsWith('#special'))).toHaveLength(2);
    const captions = documents.flatMap(({ doc }) => [...doc.getElementsByTagName('caption')].map((el) => el.textContent));
    expect(captions).toEqual(['Air, by volume.']);
    const scripts = documents.flatMap(({ doc }) => [...doc.getElementsByTagName('sup'), ...doc.getElementsByTagName('sub')].map((el) => `${el.tagName}:${el.textContent}`));
    expect(scripts).toEqual(expect.arrayContaining(['sup:th', 'sup:ij', 'sub:k']));
    const breaks = documents.flatMap(({ doc }) => [...doc.getElementsByTagName('div')].filter((el) => el.getAttribute('class') === 'page-break'));
    expect(breaks).toHaveLength(1);
  });

  epubValidatorTests(() => join(dir, 'divs.epub'));

  test('galley check finds every word of the manuscript in the text layer, in order', () => {
    const run = runGalley(['check', join(dir, 'divs.pdf')]);
    expect(run.stdout).toMatch(/pass {2}Text layer against the embedded manuscript {2}all \d+ words/u);
  });
});
