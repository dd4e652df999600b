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
  test('is the first level-1 heading wherever it stands, else a heading the manuscript opens with', () => {
    expect(titleOf('Badges.\n\n## Before\n\n# Title\n\n# Second\n')).toBe('h1 5');
    expect(titleOf('<p align="center">logo</p>\n\n## Opening\n\nText.\n')).toBe('h2 3');
    expect(titleOf('Text.\n\n## Contents\n')).toBeUndefined();
  });

  test('is none when the front matter has a title, and one when its title is left empty', () => {
    expect(titleOf('---\ntitle: Own\n---\n\n# Heading\n')).toBeUndefined();
    expect(titleOf('---\ntitle:\n---\n\n# Heading\n')).toBe('h1 5');
  });
});
