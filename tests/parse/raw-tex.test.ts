// Paragraphs of TeX commands alone are left out with a warning, as Pandoc
// leaves raw TeX out of every output but LaTeX; a backslash in prose stays.
// A page break alone (`\newpage`, or HTML's styled empty <div>) is a page break.
import { describe, expect, it } from 'vitest';
import { isPageBreak, rawTexCommands } from '../../src/parse/raw-tex.ts';
import { blocksOf, documentOf, messages, parse, withTitle } from '../helpers/parse.ts';

describe('raw TeX', () => {
  it('is a paragraph of commands alone, with their arguments', () => {
    expect(rawTexCommands('\\newpage')).toBe('\\newpage');
    expect(rawTexCommands(' \\vspace*{1cm}\n\\noindent ')).toBe('\\vspace*{1cm}\n\\noindent');
    expect(rawTexCommands('\\includegraphics[width=5cm]{a.png}')).toBe('\\includegraphics[width=5cm]{a.png}');
    expect(rawTexCommands('See C:\\Users\\me')).toBeNull();
    expect(rawTexCommands('\\newpage then prose')).toBeNull();
  });

  it('is left out of the document with a warning at its place', () => {
    const result = parse(withTitle('Before.\n\n\\vspace{1cm}\n\nAfter, in C:\\Users.\n'));
    expect(documentOf(result).blocks.map((block) => block.type === 'paragraph' && block.children.map((c) => ('value' in c ? c.value : '')).join(''))).toEqual(['Before.', 'After, in C:\\Users.']);
    expect(messages(result)).toEqual(['book.md:6:1: warning: raw TeX "\\vspace{1cm}" is left out: Galley does not run TeX (Pandoc leaves it out of every output but LaTeX)']);
  });
});

describe('page breaks', () => {
  it('are TeX’s page-ending commands alone, and no other', () => {
    for (const command of ['\\newpage', '\\pagebreak', '\\pagebreak[4]', '\\clearpage', '\\cleardoublepage']) expect(isPageBreak(command)).toBe(true);
    for (const command of ['\\newline', '\\newpage\n\\noindent', '\\pagebreakx', '\\vspace{1cm}']) expect(isPageBreak(command)).toBe(false);
  });

  it('are read from a paragraph of one such command, or an empty element styled to break the page, with no warning', () => {
    const result = parse(
      withTitle(
        [
          'One.',
          '\\newpage',
          'Two.',
          '<div style="page-break-after: always;"></div>',
          'Three.',
          "<div style='break-before: page'></div>",
          'Four.',
          '<div style="color: red"></div>',
          'Five.',
        ].join('\n\n'),
      ),
    );
    expect(messages(result)).toEqual([]);
    expect(documentOf(result).blocks.map((block) => block.type)).toEqual(['paragraph', 'pageBreak', 'paragraph', 'pageBreak', 'paragraph', 'pageBreak', 'paragraph', 'paragraph']);
  });

  it('a command inside a paragraph of prose is prose', () => {
    expect(blocksOf('Write \\newpage to break the page.\n').map((block) => block.type)).toEqual(['paragraph']);
  });
});
