// Which heading titles a manuscript whose front matter gives no title.
import { describe, expect, test } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.ts';
import { parseMarkdown } from '../../src/parse/markdown.ts';
import { titleHeading } from '../../src/parse/title-heading.ts';

const titleOf = (markdown: string): string | undefined => {
  const heading = titleHeading(parseMarkdown(markdown, new Diagnostics('m.md'))!);
  return heading === undefined ? undefined : `h${heading.depth} ${heading.position?.start.line}`;
};

describe('the title heading', () => {
  test('is the heading the manuscript opens with', () => {
    expect(titleOf('# Title\n\nText.\n\n# Second\n')).toBe('h1 1');
    expect(titleOf('## Opening\n\nText.\n')).toBe('h2 1');
  });

  test('is a level-1 heading after a README’s logo, badges or links to its translations', () => {
    expect(titleOf('<p align="center"><img src="logo.svg"></p>\n\n# Title\n')).toBe('h1 3');
    expect(titleOf('[![CI](ci.svg)](https://ci.example) ![npm](npm.svg)\n\n# Title\n')).toBe('h1 3');
    expect(titleOf('🌍\n*[Čeština](README-cs.md) ∙ [Deutsch](README-de.md)*\n\n# Title\n')).toBe('h1 4');
    expect(titleOf('*[Čeština](README-cs.md) ∙ [Deutsch](README-de.md) ∙ English*\n\n# Title\n')).toBe('h1 3');
  });

  test('is none when prose comes first, or a lower heading follows a logo: such headings stay where they stand', () => {
    expect(titleOf('Intro paragraph before any heading.\n\n## Basic formatting\n\nSome text.\n\n# Heading 1\n')).toBeUndefined();
    expect(titleOf('Badges.\n\n# Title\n')).toBeUndefined();
    expect(titleOf('See [the guide](guide.md) for how to install it.\n\n# Title\n')).toBeUndefined();
    expect(titleOf('<div align="center"><img src="logo.svg" alt="Awesome"></div>\n\n## Contents\n\n- [A](#a)\n')).toBeUndefined();
    expect(titleOf('Text.\n\n## Contents\n')).toBeUndefined();
  });

  test('is none when the front matter has a title, and one when its title is left empty', () => {
    expect(titleOf('---\ntitle: Own\n---\n\n# Heading\n')).toBeUndefined();
    expect(titleOf('---\ntitle:\n---\n\n# Heading\n')).toBe('h1 5');
  });
});
