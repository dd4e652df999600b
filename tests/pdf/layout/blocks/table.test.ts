// Tables read from the page model: column widths chosen from content, header
// cells on at most two balanced lines, a rule under the header row, numbers
// right-aligned unless the author's GFM marker says otherwise.
import { describe, expect, test } from 'vitest';
import type { Block } from '../../../../src/document.ts';
import { isNumber } from '../../../../src/document/table-align.ts';
import type { PlacedLine, PlacedRule } from '../../../../src/pdf/page-model.ts';
import { code, makeDocument, para, prose, table, text } from '../../../helpers/build-doc.ts';
import { lines, pagesOf, rightEdge, textOf, theme } from '../../../helpers/laid-out.ts';

const wordCount = (line: PlacedLine): number => textOf(line).trim().split(/\s+/u).length;

describe('tables on the page', () => {
  const rows = [
    ['Container type', 'Typical max. gross mass', 'Internal length', 'Share of world fleet in 2020'],
    ['Twenty-foot equivalent unit, the standard box used on most routes of the world', '30,480 kg', '5.90 m', '38%'],
    ['Forty-foot high cube', '32,500 kg', '12.03 m', '52.5%'],
    ['Reefer', '34,000 kg', '11.58 m', '9%'],
  ];
  const pages = pagesOf(makeDocument([para(prose(20)), table(rows), para(prose(20, 2))]));
  const th = lines(pages, 'TH');
  const td = lines(pages, 'TD');

  test('header cells take at most two lines when the column can widen', () => {
    expect(new Set(th.map((l) => l.baseline)).size).toBe(2);
    expect(th.map(textOf)).toContain('Typical max.');
  });

  test('a prose column is not starved by a column of a few long words', () => {
    const libraries = [
      ['job', 'library', 'why'],
      ['raw HTML', 'hast-util-from-html (parse5), hast-util-to-mdast', prose(40)],
      ['BibTeX', '@citation-js/plugin-bibtex 0.8', prose(40, 3)],
    ];
    const cells = lines(pagesOf(makeDocument([table(libraries)])), 'TD');
    const library = cells.filter((l) => /hast|citation/u.test(textOf(l)));
    const why = cells.filter((l) => !library.includes(l) && l.x > Math.min(...library.map((c) => c.x)));
    const widthOf = (column: PlacedLine[]): number => Math.max(...column.map((l) => rightEdge(l) - l.x));
    // The package names wrap at their spaces, and the prose gets the rest of the measure.
    expect(library.filter((l) => /hast/u.test(textOf(l)))).toHaveLength(2);
    expect(widthOf(why)).toBeGreaterThan(widthOf(library));
  });

  test('a long code name breaks where a URL may, rather than claim the measure as one word', () => {
    const styles: Block = {
      type: 'table',
      align: [null, null],
      headerRows: 1,
      rows: [
        { cells: [{ children: [text('style')] }, { children: [text('why')] }] },
        { cells: [{ children: [code('@citation/csl-style-chicago-fullnote-bibliography')] }, { children: [text(prose(40))] }] },
      ],
    };
    const cellLines = lines(pagesOf(makeDocument([styles])), 'TD');
    const name = cellLines.filter((l) => l.fragments.some((f) => f.font.startsWith('mono')));
    const why = cellLines.filter((l) => !name.includes(l));
    expect(name.length).toBeGreaterThan(1);
    expect(name.map(textOf).join('')).toBe('@citation/csl-style-chicago-fullnote-bibliography');
    const widthOf = (column: PlacedLine[]): number => Math.max(...column.map((l) => rightEdge(l) - l.x));
    expect(widthOf(why)).toBeGreaterThan(widthOf(name));
  });

  test('a rule under the header row, above the first body row', () => {
    const rules = pages[0]!.items.filter((i): i is PlacedRule => i.kind === 'rule');
    const headerFoot = Math.max(...th.map((l) => l.baseline));
    const bodyTop = Math.min(...td.map((l) => l.baseline));
    expect(rules.some((r) => r.y > headerFoot && r.y < bodyTop)).toBe(true);
  });

  test('a column of numbers is right-aligned, header included; other columns are not', () => {
    const shares = td.filter((l) => /%$/u.test(textOf(l)));
    expect(shares).toHaveLength(3);
    const edge = rightEdge(shares[0]!);
    for (const line of shares) expect(rightEdge(line)).toBeCloseTo(edge, 2);
    expect(rightEdge(th.find((l) => textOf(l).startsWith('fleet'))!)).toBeCloseTo(edge, 2);
    const masses = td.filter((l) => /kg$/u.test(textOf(l)));
    expect(new Set(masses.map((l) => l.x.toFixed(2))).size).toBe(1);
  });

  test('what counts as a number', () => {
    for (const n of ['38%', '30,480', '-1.5', '−2', '+3', '$1,200.50', '1 234,5', '€12', '(4.5)', '12 %']) expect(isNumber(n), n).toBe(true);
    for (const s of ['30,480 kg', 'n/a', 'Reefer', '1.2.3', '']) expect(isNumber(s), s).toBe(false);
  });

  test('a header cell that wraps is balanced and not hyphenated', () => {
    const header = 'Name of the thing being measured here';
    const body = Array.from({ length: 3 }, (_, i) => [`Row ${i} with some words`, `${(i + 1) * 1234}`, `${i}.5%`]);
    const set = lines(pagesOf(makeDocument([table([[header, 'Typical max. gross mass', 'Share'], ...body])])), 'TH');
    const cell = set.filter((l) => l.x === set[0]!.x);
    expect(cell.map(textOf).join(' ')).toBe(header);
    expect(cell.length).toBe(2);
    expect(wordCount(cell[1]!)).toBeGreaterThan(1);
    for (const line of set) expect(textOf(line)).not.toMatch(/-$/u);
  });

  test('a GFM alignment marker still wins over a numeric column', () => {
    const marked: Block = { ...table(rows), align: [null, null, null, 'center'] } as Block;
    const centred = lines(pagesOf(makeDocument([marked])), 'TD').filter((l) => /%$/u.test(textOf(l)));
    const mids = centred.map((l) => (l.x + rightEdge(l)) / 2);
    for (const mid of mids) expect(mid).toBeCloseTo(mids[0]!, 1);
    expect(new Set(centred.map((l) => rightEdge(l).toFixed(1))).size).toBeGreaterThan(1);
  });

  test('a table with an id is a destination at its top, its caption’s', () => {
    const labelled = { ...table([['Port', 'Ships'], ['Dover', '4']]), caption: [text('Ships by port')], id: 'tbl:ships' } as Block;
    const pages = pagesOf(makeDocument([para(prose(20)), labelled]));
    const destination = pages.flatMap((page) => page.destinations).find((d) => d.name === 'tbl:ships');
    const caption = lines(pages, 'Caption')[0]!;
    expect(destination).toBeDefined();
    expect(destination!.y).toBeLessThan(caption.baseline);
    expect(destination!.y).toBeGreaterThan(caption.baseline - 2 * theme.figure.caption.leading);
  });

  test('a headerless table (a Pandoc grid table without `+===+`): no header cells, a rule above its first row', () => {
    const headerless = { ...table([['Bananas', '1.34'], ['Oranges', '2.10']]), headerRows: 0 } as Block;
    const page = pagesOf(makeDocument([headerless]))[0]!;
    const cells = lines([page], 'TD');
    expect(lines([page], 'TH')).toEqual([]);
    expect(cells.map(textOf)).toEqual(['Bananas', '1.34', 'Oranges', '2.10']);
    const rules = page.items.filter((i): i is PlacedRule => i.kind === 'rule');
    expect(rules).toHaveLength(2);
    expect(Math.min(...rules.map((r) => r.y))).toBeLessThan(Math.min(...cells.map((l) => l.baseline)));
  });

  test('several header rows: all set as header cells, one rule under the last of them', () => {
    const twoHeads = { ...table([['Location', 'Temperature'], ['', 'min'], ['Earth', '-89.2']]), headerRows: 2 } as Block;
    const page = pagesOf(makeDocument([twoHeads]))[0]!;
    const heads = lines([page], 'TH');
    expect(heads.map(textOf)).toEqual(['Location', 'Temperature', 'min']);
    expect(lines([page], 'TD').map(textOf)).toEqual(['Earth', '-89.2']);
    const rules = page.items.filter((i): i is PlacedRule => i.kind === 'rule').map((r) => r.y);
    expect(rules).toHaveLength(3);
    const between = rules.filter((y) => y > Math.max(...heads.map((l) => l.baseline)) && y < Math.min(...lines([page], 'TD').map((l) => l.baseline)));
    expect(between).toHaveLength(1);
  });

  test('a table of several header rows running onto more pages opens each with all of them', () => {
    const body = Array.from({ length: 80 }, (_, i) => [`Station ${i}`, `${i}.5`]);
    const long = { ...table([['Location', 'Temperature'], ['', 'min'], ...body]), headerRows: 2 } as Block;
    const set = pagesOf(makeDocument([long]));
    expect(set.length).toBeGreaterThan(1);
    for (const page of set) expect(lines([page], 'TH').map(textOf)).toEqual(['Location', 'Temperature', 'min']);
  });
});
