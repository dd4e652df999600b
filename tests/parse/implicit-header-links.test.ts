// Pandoc's implicit header references: `[Heading text]` links to the heading
// when no link definition has that name.
import { describe, expect, it } from 'vitest';
import { blocksOf } from '../helpers/parse.ts';

const text = (value: string) => ({ type: 'text', value }) as const;

describe('implicit header references', () => {
  it('link [Heading text] and [Heading text][] to the heading, matched in any case and spacing', () => {
    const [, para] = blocksOf('## Variables for LaTeX\n\nSee [variables for  LaTeX] and [Variables for LaTeX][], not [nothing here].\n');
    expect(para).toEqual({
      type: 'paragraph',
      children: [
        text('See '),
        { type: 'link', url: '#variables-for-latex', children: [text('variables for  LaTeX')] },
        text(' and '),
        { type: 'link', url: '#variables-for-latex', children: [text('Variables for LaTeX')] },
        text(', not [nothing here].'),
      ],
    });
  });

  it('link [other words][Heading text] to the heading by its name, in the other words; [words][not a heading] stays text', () => {
    const [, para] = blocksOf('# Defaults files\n\nIn a [defaults file][Defaults files], not [a file][Elsewhere].\n');
    expect(para).toEqual({
      type: 'paragraph',
      children: [
        text('In a '),
        { type: 'link', url: '#defaults-files', children: [text('defaults file')] },
        text(', not [a file][Elsewhere].'),
      ],
    });
  });

  it('leave a bracket alone when a link definition has that name, inside a link, and in code', () => {
    const blocks = blocksOf('## Options\n\n[Options] and [the list](#options "[Options]") and `[Options]`.\n\n[Options]: https://example.org/\n');
    expect(blocks[1]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'link', url: 'https://example.org/', children: [text('Options')] },
        text(' and '),
        { type: 'link', url: '#options', title: '[Options]', children: [text('the list')] },
        text(' and '),
        { type: 'code', value: '[Options]' },
        text('.'),
      ],
    });
  });
});
