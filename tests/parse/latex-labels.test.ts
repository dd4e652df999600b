// LaTeX's equation labels and references: a display formula with \label is
// numbered (sharing pandoc-crossref's count), \eqref prints "(n)" and \ref
// "n", linked to it; a paragraph that is a math environment is a display
// formula; a reference to no formula is printed as written, with a warning.
import { describe, expect, it } from 'vitest';
import type { Block, Inline } from '../../src/document.ts';
import { documentOf, messages, parse, withTitle } from '../helpers/parse.ts';

/** Each block's text, links as [text](url), formulas as $tex$, anchors as {#id}. */
function shown(blocks: readonly Block[]): string[] {
  const show = (inlines: readonly Inline[]): string =>
    inlines
      .map((inline) =>
        inline.type === 'text' ? inline.value
        : inline.type === 'link' ? `[${show(inline.children)}](${inline.url})`
        : inline.type === 'math' ? `$${inline.tex}$`
        : inline.type === 'anchor' ? `{#${inline.id}}`
        : 'children' in inline ? show(inline.children) : '',
      )
      .join('');
  return blocks.map((block) => (block.type === 'paragraph' ? show(block.children) : block.type));
}

describe('LaTeX equation labels', () => {
  it('number the formulas that have one, in the same count as pandoc-crossref’s; \\eqref and \\ref print and link the number', () => {
    const body = [
      '$$',
      'E = mc^2 \\label{energy}',
      '$$',
      '',
      '$$ F = ma $$ {#eq:force}',
      '',
      '\\begin{align}',
      'a &= b \\label{eq:ab}',
      '\\end{align}',
      '',
      'By \\eqref{energy}, \\ref{eq:force} and \\eqref{eq:ab}.',
    ].join('\n');
    const result = parse(withTitle(body));
    expect(messages(result)).toEqual([]);
    expect(shown(documentOf(result).blocks)).toEqual([
      '{#eq:energy}$E = mc^2 \\label{energy} \\tag{1}$',
      '{#eq:force}$F = ma \\tag{2}$',
      '{#eq:ab}$\\begin{align}\na &= b \\label{eq:ab}\n\\tag{3} \\end{align}$',
      'By [(1)](#eq:energy), [2](#eq:force) and [(3)](#eq:ab).',
    ]);
  });

  it('a paragraph that is only a math environment is a display formula; a starred one takes no number', () => {
    const blocks = documentOf(parse(withTitle('\\begin{equation*}\nx^2\n\\end{equation*}\n\nText \\begin{equation}y\\end{equation} in prose.\n'))).blocks;
    expect(shown(blocks)).toEqual(['$\\begin{equation*}\nx^2\n\\end{equation*}$', 'Text \\begin{equation}y\\end{equation} in prose.']);
  });

  it('numbers environments as pdflatex does: an equation labelled or not, an align row by row but \\nonumber\'s, one count with the labelled formulas', () => {
    const body = [
      '\\begin{equation}',
      'a = b',
      '\\end{equation}',
      '',
      '\\begin{align}',
      'x &= 1 \\label{eq:x} \\\\',
      'z &= 0 \\nonumber \\\\[2pt]',
      'y &= \\begin{cases} 1 \\\\ 2 \\end{cases} \\label{why} \\\\',
      '\\end{align}',
      '',
      '$$ F = ma $$ {#eq:force}',
      '',
      'By \\eqref{eq:x}, \\eqref{why} and \\ref{eq:force}.',
    ].join('\n');
    const result = parse(withTitle(body));
    expect(messages(result)).toEqual([]);
    expect(shown(documentOf(result).blocks)).toEqual([
      '$\\begin{equation}\na = b\n\\tag{1} \\end{equation}$',
      '{#eq:x}{#eq:why}$\\begin{align}\nx &= 1 \\label{eq:x} \\tag{2} \\\\\nz &= 0 \\nonumber \\\\[2pt]\ny &= \\begin{cases} 1 \\\\ 2 \\end{cases} \\label{why} \\tag{3} \\\\\n\\end{align}$',
      '{#eq:force}$F = ma \\tag{4}$',
      'By [(2)](#eq:x), [(3)](#eq:why) and [4](#eq:force).',
    ]);
  });

  it('an environment keeps its TeX as written, where Markdown would read escapes and emphasis', () => {
    const [formula] = documentOf(parse(withTitle('\\begin{align*}\na_1 &= b_1 \\\\\nc_*d &= e*f\n\\end{align*}\n'))).blocks;
    expect(shown([formula as Block])).toEqual(['$\\begin{align*}\na_1 &= b_1 \\\\\nc_*d &= e*f\n\\end{align*}$']);
  });

  it('a reference to a label no formula has is printed as written, with a warning where it stands', () => {
    const result = parse(withTitle('$$x \\label{known}$$\n\nSee \\eqref{known} and\nalso \\ref{unknown}.\n'));
    expect(messages(result)).toEqual(['book.md:7:6: warning: "\\ref{unknown}" is printed as written: no display formula has \\label{unknown}']);
    expect(shown(documentOf(result).blocks)[1]).toBe('See [(1)](#eq:known) and also \\ref{unknown}.');
  });
});
