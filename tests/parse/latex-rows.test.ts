// Which rows of a LaTeX display environment pdflatex numbers, and where each
// row's formula ends (where its \tag goes).
import { describe, expect, it } from 'vitest';
import { environmentRows } from '../../src/parse/latex-rows.ts';

/** Each row as `number?label:text before its end` for reading. */
function rows(tex: string): string[] | null {
  let from = 0;
  return (
    environmentRows(tex)?.map((row) => {
      const shown = `${row.numbered ? '#' : '-'}${row.label ?? ''}:${tex.slice(from, row.end).trim()}`;
      from = row.end;
      return shown;
    }) ?? null
  );
}

describe('environmentRows', () => {
  it('gives equation and multline one number at their end, labelled or not', () => {
    expect(rows('\\begin{equation}\na = b\n\\end{equation}')).toEqual(['#:\\begin{equation}\na = b']);
    expect(rows('\\begin{multline}\na + b \\\\\n+ c \\label{m}\n\\end{multline}')).toEqual(['#m:\\begin{multline}\na + b \\\\\n+ c \\label{m}']);
  });

  it('numbers align, gather, flalign, alignat and eqnarray row by row, but rows with \\nonumber, \\notag or their own \\tag', () => {
    expect(rows('\\begin{align}\nx &= 1 \\label{x} \\\\\ny &= 2 \\nonumber \\\\*[3pt]\nz &= 3 \\notag \\\\ w &= 4 \\tag{A}\n\\end{align}')).toEqual([
      '#x:\\begin{align}\nx &= 1 \\label{x}',
      '-:\\\\\ny &= 2 \\nonumber',
      '-:\\\\*[3pt]\nz &= 3 \\notag',
      '-:\\\\ w &= 4 \\tag{A}',
    ]);
    expect(rows('\\begin{alignat}{2}\na &= b & c &= d \\\\\ne &= f\n\\end{alignat}')?.map((row) => row[0])).toEqual(['#', '#']);
    for (const name of ['gather', 'flalign', 'eqnarray']) expect(rows(`\\begin{${name}}\na \\\\ b\n\\end{${name}}`)).toHaveLength(2);
  });

  it('ends rows only at \\\\ outside braces and nested environments, and not after a trailing \\\\', () => {
    expect(rows('\\begin{align}\ny &= \\begin{cases} 1 & a \\\\ 2 & b \\end{cases} \\\\\nz &= \\text{a \\\\ b} \\\\\n\\end{align}')).toEqual([
      '#:\\begin{align}\ny &= \\begin{cases} 1 & a \\\\ 2 & b \\end{cases}',
      '#:\\\\\nz &= \\text{a \\\\ b}',
    ]);
  });

  it('leaves a % comment out of the rows', () => {
    expect(rows('\\begin{gather}\na % not a row \\\\ here\n\\\\ b\n\\end{gather}')).toHaveLength(2);
  });

  it('numbers nothing in starred, unnumbered or unclosed environments', () => {
    for (const tex of ['\\begin{align*}\na \\\\ b\n\\end{align*}', '\\begin{equation*}a\\end{equation*}', '\\begin{split}a\\end{split}', '\\begin{align}\na', 'E = mc^2']) {
      expect(rows(tex)).toBeNull();
    }
  });
});
