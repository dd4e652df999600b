// The units `galley check` compares between manuscript and text layer: words
// without punctuation, ligatures and widths unified, and single characters in
// scripts written without spaces, so a line break anywhere still compares.
import { describe, expect, it } from 'vitest';
import type { TextItem, TextPage } from '../../../src/check/pdf/layer.ts';
import { missingPassages } from '../../../src/check/pdf/text-layer.ts';
import { expectedOf, layerStream, manuscriptUnits, units } from '../../../src/check/pdf/words.ts';
import { Diagnostics } from '../../../src/diagnostics.ts';
import { parseMarkdown } from '../../../src/parse/markdown.ts';

describe('units', () => {
  it('keeps letters, digits and marks, lower-cased, and drops quotes, dashes and hyphens', () => {
    expect(units('“Ships,” she said — twenty-one of them.')).toEqual(['ships', 'she', 'said', 'twentyone', 'of', 'them']);
  });

  it('unifies ligatures and full-width forms, as a PDF text layer may give them', () => {
    expect(units('ﬁnal ＡＢＣ１２')).toEqual(['final', 'abc12']);
  });

  it('splits Chinese and Japanese into single characters, words around them kept whole', () => {
    expect(units('集装箱box改变')).toEqual(['集', '装', '箱', 'box', '改', '变']);
  });

  it('keeps accents, whether precomposed or combining', () => {
    expect(units('café cafe\u0301')).toEqual(['café', 'café']);
  });
});

describe('manuscriptUnits', () => {
  it('leaves out Pandoc attribute blocks after headings and images, which Galley never prints', () => {
    const root = parseMarkdown('# Beginning {#begin}\n\nText ![a figure](x.png){#fig:x width="50%"} after.\n\n## 日本 {#nihon .unnumbered}\n\n本文。\n', new Diagnostics('m.md'));
    expect(manuscriptUnits(root).body).toEqual(['beginning', 'text', 'after', '日', '本', '本', '文']);
  });

  it('leaves out Pandoc attribute blocks after inline code and links, which Galley never prints', () => {
    const source = 'Use `white`{.white} and [button](https://example.org){.button}, [r][ref]{.x}; `a`{not attrs}, `b`\\{.c}.\n\n[ref]: https://example.org\n';
    expect(manuscriptUnits(parseMarkdown(source, new Diagnostics('m.md')), 'en', source).body).toEqual(['use', 'white', 'and', 'button', 'r', 'a', 'not', 'attrs', 'b', 'c']);
  });

  it('reads an implicit header reference as its link’s words, as Galley prints it; other brackets as written', () => {
    const root = parseMarkdown('# Defaults files {#defaults}\n\nIn a [defaults file][Defaults files], see [Defaults files]; not [a][b].\n', new Diagnostics('m.md'));
    expect(manuscriptUnits(root).body).toEqual(['defaults', 'files', 'in', 'a', 'defaults', 'file', 'see', 'defaults', 'files', 'not', 'ab']);
  });

  it('puts the words of a heading taken for the title first, where the title block prints them; not when the front matter has a title', () => {
    const source = '*[English](en.md) ∙ Français*\n\n# The Title\n\nText.\n';
    expect(manuscriptUnits(parseMarkdown(source, new Diagnostics('m.md'))).body).toEqual(['the', 'title', 'english', 'français', 'text']);
    const titled = parseMarkdown(`---\ntitle: Own\n---\n\n${source}`, new Diagnostics('m.md'));
    expect(manuscriptUnits(titled).body).toEqual(['english', 'français', 'the', 'title', 'text']);
  });
});

describe('layerStream', () => {
  const item = (str: string, x: number, y: number, width: number): TextItem => ({ str, x, y, width, size: 10, role: 'body' });
  const page = (number: number, items: TextItem[]): TextPage => ({ number, label: String(number), items });
  const body = new Set(['body'] as const);

  it('joins a word hyphenated at a line end, the hyphen drawn apart or not, across a page turn too', () => {
    const first = page(1, [item('a broken cryptocur', 0, 700, 90), item('\u00ad', 90, 700, 3), item('rencies and well-', 0, 688, 80)]);
    const second = page(2, [item('known words', 0, 700, 50)]);
    const stream = layerStream([first, second], body);
    expect(stream.units).toEqual(['a', 'broken', 'cryptocurrencies', 'and', 'wellknown', 'words']);
    expect(stream.pages).toEqual([1, 1, 1, 1, 1, 2]);
  });

  it('joins a URL or code broken before its punctuation, as the Chicago Manual breaks it (Pandoc’s manual)', () => {
    const lines = [item('default reference.docx: pandoc -o custom', 0, 700, 200), item('-reference.docx --print-default-data-file reference', 0, 688, 210), item('.docx. Then open it.', 0, 676, 90)];
    expect(layerStream([page(1, lines)], body).units).toEqual(['default', 'referencedocx', 'pandoc', 'o', 'customreferencedocx', 'printdefaultdatafile', 'referencedocx', 'then', 'open', 'it']);
  });

  describe('a word broken at a line end with no mark (code in a narrow table column: ":kissin" / "g:")', () => {
    // | top | kissing | `:kissing:` | relaxed | `:relaxed:` | top |, drawn cell by cell.
    const manuscript = units('top kissing :kissing: relaxed :relaxed: top');
    const row = (ico = 'relaxed'): TextItem[] => [
      item('top', 60, 700, 15),
      item('kissing', 120, 700, 30),
      item(':kissin', 200, 700, 33),
      item('g:', 200, 688, 10),
      item(ico, 255, 700, 32),
      item(':relaxe', 307, 700, 33),
      item('d:', 307, 688, 10),
      item('top', 349, 700, 15),
    ];

    it('is joined when the manuscript has the word whole and not one of its pieces', () => {
      const stream = layerStream([page(1, row())], body, expectedOf(manuscript));
      expect(stream.units).toEqual(manuscript);
      expect(missingPassages(manuscript, stream.units)).toEqual([]);
      expect(layerStream([page(1, row())], body).units).toEqual(['top', 'kissing', 'kissin', 'g', 'relaxed', 'relaxe', 'd', 'top']);
    });

    it('is not joined when both pieces are manuscript words', () => {
      const lines = [item('some', 0, 700, 20), item('thing something', 0, 688, 70)];
      expect(layerStream([page(1, lines)], body, expectedOf(units('some thing something'))).units).toEqual(['some', 'thing', 'something']);
    });

    it('leaves a word really missing found missing', () => {
      const stream = layerStream([page(1, row('smiling'))], body, expectedOf(manuscript));
      expect(missingPassages(manuscript, stream.units).map(({ from, to }) => manuscript.slice(from, to))).toEqual([['relaxed']]);
    });
  });

  it('leaves a hyphen that stands apart (a dash between spaces) alone', () => {
    const stream = layerStream([page(1, [item('ships', 0, 700, 25), item('-', 40, 700, 3), item('boxes', 50, 700, 25)])], body);
    expect(stream.units).toEqual(['ships', 'boxes']);
  });

  it('expects an alert’s label where its marker stands, in the document’s language', () => {
    const root = parseMarkdown('Before.\n\n> [!NOTE]\n> Inside.\n\n> [ !FOO]\n> Plain.\n', new Diagnostics('m.md'));
    expect(manuscriptUnits(root, 'fr-FR').body).toEqual(['before', 'remarque', 'inside', 'foo', 'plain']);
    expect(manuscriptUnits(root).body).toEqual(['before', 'note', 'inside', 'foo', 'plain']);
  });

  it('expects an Obsidian callout’s label, then its title, where its marker stands', () => {
    const root = parseMarkdown('> [!faq]- Why *not*?\n> Because.\n\n> [!bug]\n> Crash.\n', new Diagnostics('m.md'));
    expect(manuscriptUnits(root).body).toEqual(['important', 'why', 'not', 'because', 'warning', 'crash']);
  });

  it('reads Obsidian’s wikilinks as their shown text, and leaves its comments out', () => {
    const root = parseMarkdown('See [[Page|the page]], [[#Top]] and [[Other#Part]]%% hidden %% here.\n', new Diagnostics('m.md'));
    expect(manuscriptUnits(root).body).toEqual(['see', 'the', 'page', 'top', 'and', 'other', 'part', 'here']);
  });
});
