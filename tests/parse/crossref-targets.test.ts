// pandoc-crossref's figures, tables and formulas, numbered in document order
// by kind, only when labelled; headings labelled sec: known by their title.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.ts';
import { crossrefTargets, kindOf } from '../../src/parse/crossref-targets.ts';
import { parseMarkdown } from '../../src/parse/markdown.ts';
import { inlineText } from '../../src/text.ts';
import { documentOf, FIXTURES, messages, parse, withTitle } from '../helpers/parse.ts';

const targets = (markdown: string) => crossrefTargets(parseMarkdown(markdown, new Diagnostics('m.md'))!, markdown);
const manuscript = join(FIXTURES, 'images', 'book.md');
const TABLE = '| a | b |\n|---|---|\n| 1 | 2 |\n';

describe('kindOf', () => {
  it('names the kinds pandoc-crossref numbers by their prefix', () => {
    expect(['fig:a', 'tbl:a', 'eq:a', 'sec:a', 'lst:a', 'Fig:a', 'figure'].map(kindOf)).toEqual(['fig', 'tbl', 'eq', 'sec', null, null, null]);
  });
});

describe('crossrefTargets', () => {
  it('numbers each kind from 1 in document order, in lists and quotes too, leaving unlabelled ones out', () => {
    const found = targets(
      `![A](a.png){#fig:a}\n\n![Plain](p.png)\n\n> ![B](b.png){#fig:b width=50%}\n\n${TABLE}\n: Sizes {#tbl:sizes}\n\n- $$x$$ {#eq:x}\n\n$$\ny\n$$\n{#eq:y}\n\n## Methods *here* {#sec:methods}\n`,
    );
    expect(Object.fromEntries(found)).toEqual({
      'fig:a': { kind: 'fig', number: 1 },
      'fig:b': { kind: 'fig', number: 2 },
      'tbl:sizes': { kind: 'tbl', number: 1 },
      'eq:x': { kind: 'eq', number: 1 },
      'eq:y': { kind: 'eq', number: 2 },
      'sec:methods': { kind: 'sec', title: 'Methods here' },
    });
  });

  it('counts a label used twice once, and ids of other kinds (an image in running text, a figure’s #map) not at all', () => {
    const found = targets('![A](a.png){#fig:a}\n\n![Again](b.png){#fig:a}\n\n![C](c.png){#map}\n\nSee ![d](d.png){#fig:d} here.\n');
    expect([...found.keys()]).toEqual(['fig:a']);
  });
});

describe('numbered things, parsed', () => {
  it('a figure’s caption opens with "Figure 1: ", a table’s with "Table 1: ", a formula is tagged', () => {
    const result = parse(withTitle(`![A map](wide.png){#fig:map}\n\n![](wide.png){#fig:bare}\n\n${TABLE}\nTable: Sizes {#tbl:sizes}\n\n$$E = mc^2$$ {#eq:e}\n`), manuscript);
    const [map, bare, table, formula] = documentOf(result).blocks;
    expect(map).toMatchObject({ type: 'figure', id: 'fig:map', caption: [{ type: 'text', value: 'Figure 1: ' }, { type: 'text', value: 'A map' }] });
    expect(bare).toMatchObject({ type: 'figure', caption: [{ type: 'text', value: 'Figure 2' }] });
    expect(table).toMatchObject({ type: 'table', id: 'tbl:sizes' });
    expect(table?.type === 'table' && inlineText(table.caption ?? [])).toBe('Table 1: Sizes');
    expect(formula).toEqual({ type: 'paragraph', children: [{ type: 'anchor', id: 'eq:e' }, { type: 'math', tex: 'E = mc^2 \\tag{1}', display: true }] });
    expect(messages(result)).toEqual([]);
  });

  it('a formula that tags itself keeps its own tag', () => {
    const [formula] = documentOf(parse(withTitle('$$x \\tag{A}$$ {#eq:x}\n'))).blocks;
    expect(formula).toMatchObject({ children: [{ type: 'anchor' }, { type: 'math', tex: 'x \\tag{A}' }] });
  });
});
