// Paragraphs of TeX commands alone are left out with a warning, as Pandoc
// leaves raw TeX out of every output but LaTeX; a backslash in prose stays.
import { describe, expect, it } from 'vitest';
import { rawTexCommands } from '../../src/parse/raw-tex.ts';
import { documentOf, messages, parse, withTitle } from '../helpers/parse.ts';

describe('raw TeX', () => {
  it('is a paragraph of commands alone, with their arguments', () => {
    expect(rawTexCommands('\\newpage')).toBe('\\newpage');
    expect(rawTexCommands(' \\vspace*{1cm}\n\\noindent ')).toBe('\\vspace*{1cm}\n\\noindent');
    expect(rawTexCommands('\\includegraphics[width=5cm]{a.png}')).toBe('\\includegraphics[width=5cm]{a.png}');
    expect(rawTexCommands('See C:\\Users\\me')).toBeNull();
    expect(rawTexCommands('\\newpage then prose')).toBeNull();
  });

  it('is left out of the document with a warning at its place', () => {
    const result = parse(withTitle('Before.\n\n\\newpage\n\nAfter, in C:\\Users.\n'));
    expect(documentOf(result).blocks.map((block) => block.type === 'paragraph' && block.children.map((c) => ('value' in c ? c.value : '')).join(''))).toEqual(['Before.', 'After, in C:\\Users.']);
    expect(messages(result)).toEqual(['book.md:6:1: warning: raw TeX "\\newpage" is left out: Galley does not run TeX (Pandoc leaves it out of every output but LaTeX)']);
  });
});
