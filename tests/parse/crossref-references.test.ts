// pandoc-crossref's references, printed as it prints them and linked to what
// they name; what they cannot name is printed as written, with a warning;
// citations keep working around them.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, Inline } from '../../src/document.ts';
import { documentOf, FIXTURES, messages, parse, withTitle } from '../helpers/parse.ts';

const manuscript = join(FIXTURES, 'images', 'book.md');
const FIGURES = '![One](wide.png){#fig:one}\n\n![Two](wide.png){#fig:two}\n\n![Three](wide.png){#fig:three}\n\n![Four](wide.png){#fig:four}\n';
const TABLE = '| a | b |\n|---|---|\n| 1 | 2 |\n\n: Sizes {#tbl:sizes}\n';

/** The paragraph's text, each link shown as [text](url). */
function shown(block: Block | undefined): string {
  const show = (inlines: readonly Inline[]): string =>
    inlines.map((inline) => (inline.type === 'text' ? inline.value : inline.type === 'link' ? `[${show(inline.children)}](${inline.url})` : 'children' in inline ? show(inline.children) : '')).join('');
  return block?.type === 'paragraph' ? show(block.children).replace(/\u00a0/gu, '~') : '';
}

const first = (body: string, path = manuscript) => {
  const result = parse(withTitle(`${body}\n\n${FIGURES}\n${TABLE}\n$$x$$ {#eq:x}\n\n# Methods {#sec:methods}\n`), path);
  return { block: documentOf(result).blocks[0], messages: messages(result) };
};

describe('pandoc-crossref references', () => {
  it('print the prefix and number, linked, "fig." or "Fig." as the label is written, for figures, tables and formulas', () => {
    const { block, messages: warnings } = first('See @fig:one, [@Fig:two], @tbl:sizes and @eq:x.');
    expect(shown(block)).toBe('See [fig.~1](#fig:one), [Fig.~2](#fig:two), [tbl.~1](#tbl:sizes) and [eq.~1](#eq:x).');
    expect(warnings).toEqual([]);
  });

  it('group several of a kind under the plural, in order, three in a row as a range', () => {
    expect(shown(first('[@fig:two; @fig:one] and [@fig:one; @fig:two; @fig:three; @Fig:four]').block)).toBe(
      'figs.~[1](#fig:one), [2](#fig:two) and figs.~[1](#fig:one)–[4](#fig:four)',
    );
  });

  it('leave the prefix out after "-", take the one written before them, keep a suffix, and part kinds by commas', () => {
    expect(shown(first('[-@fig:one], [see @fig:two], [@fig:one, left] and [@fig:one; @tbl:sizes]').block)).toBe(
      '[1](#fig:one), [see~2](#fig:two), [fig.~1](#fig:one), left and [fig.~1](#fig:one), [tbl.~1](#tbl:sizes)',
    );
  });

  it('print a section’s title, linked, with one warning that no heading is numbered', () => {
    const { block, messages: warnings } = first('In @sec:methods and [@sec:methods].');
    expect(shown(block)).toBe('In [Methods](#sec:methods) and [Methods](#sec:methods).');
    expect(warnings).toEqual([expect.stringMatching(/book\.md:4:4: warning: pandoc-crossref's section references \(@sec:…\) print the heading's title, linked to it: Galley does not number headings$/u)]);
  });

  it('naming nothing, or a code listing, are printed as written, warned about at the label (listings once)', () => {
    const { block, messages: warnings } = first('See @fig:none, [@fig:one; @fig:gone], @lst:code and @lst:more.');
    expect(shown(block)).toBe('See @fig:none, [@fig:one; @fig:gone], @lst:code and @lst:more.');
    expect(warnings).toEqual([
      expect.stringMatching(/:4:5: warning: reference "@fig:none" is printed as written: no figure \(an image alone in its paragraph\) is labelled \{#fig:none\}$/u),
      expect.stringMatching(/:4:27: warning: reference "@fig:gone" is printed as written: no figure \(an image alone in its paragraph\) is labelled \{#fig:gone\}$/u),
      expect.stringMatching(/:4:39: warning: pandoc-crossref's listing references \(@lst:…\) are printed as written: Galley does not number code listings$/u),
    ]);
  });

  it('to a heading, table or formula nothing labels say which they looked for', () => {
    const { messages: warnings } = first('@sec:none @tbl:none @eq:none');
    expect(warnings).toEqual([
      expect.stringMatching(/:4:1: warning: reference "@sec:none" is printed as written: no heading is labelled \{#sec:none\}$/u),
      expect.stringMatching(/:4:11: warning: reference "@tbl:none" is printed as written: no table caption ends with \{#tbl:none\}$/u),
      expect.stringMatching(/:4:21: warning: reference "@eq:none" is printed as written: no display formula is labelled \{#eq:none\}$/u),
    ]);
  });

  it('may come before what they name, in a figure’s description and a table’s caption too', () => {
    const result = parse(withTitle(`![After @fig:two](wide.png){#fig:one}\n\n![Two](wide.png){#fig:two}\n\n${TABLE.replace(': Sizes', ': Sizes, as @fig:one shows,')}`), manuscript);
    const [one, , table] = documentOf(result).blocks;
    expect(one?.type === 'figure' && one.caption.map((inline) => (inline.type === 'link' ? inline.url : inline.type === 'text' ? inline.value : '')).join('')).toBe('Figure 1: After #fig:two');
    expect(table?.type === 'table' && table.caption?.some((inline) => inline.type === 'link' && inline.url === '#fig:one')).toBe(true);
    expect(messages(result)).toEqual([]);
  });
});

describe('citations beside pandoc-crossref references', () => {
  const sources = 'references:\n- id: doe\n  type: book\n  title: Harbours\n  author: [{family: Doe, given: Jane}]\n';
  const cited = (body: string) => parse(`---\ntitle: T\n${sources}---\n${body}\n\n![One](wide.png){#fig:one}\n`, manuscript);

  it('keep working: a reference is no unknown citation key, and a citation in its brackets stays one', () => {
    const result = cited('As @doe argues [@doe, p. 3], see @fig:one [@fig:one; @doe].');
    const [paragraph] = documentOf(result).blocks;
    expect(shown(paragraph)).toContain('see [fig.~1](#fig:one) [fig.~1](#fig:one)');
    expect(paragraph?.type === 'paragraph' && paragraph.children.filter((inline) => inline.type === 'noteRef')).toHaveLength(3);
    expect(documentOf(result).notes.map((note) => note.label)).toEqual(['@doe', '[@doe, p. 3]', '[@fig:one; @doe]']);
    expect(messages(result)).toEqual([]);
  });

  it('naming nothing is no "unknown citation key" either', () => {
    expect(messages(cited('See @fig:nowhere [@doe].'))).toEqual([expect.stringMatching(/:9:5: warning: reference "@fig:nowhere" is printed as written: no figure \(an image alone in its paragraph\) is labelled \{#fig:nowhere\}$/u)]);
  });
});
