// Where the list of sources goes in the finished blocks: the place a Pandoc
// manuscript keeps for it (a `#refs` div, an empty last "References"
// heading), else the end under Galley's own heading.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/document.ts';
import { placeSources, sourcesPlaceholder, withoutSourcesPlace } from '../../src/cite/sources-place.ts';

const heading = (text: string, depth: 1 | 2 = 1): Block => ({ type: 'heading', depth, id: text.toLowerCase(), children: [{ type: 'text', value: text }] });
const paragraph = (text: string): Block => ({ type: 'paragraph', children: [{ type: 'text', value: text }] });
const list: Block = {
  type: 'list',
  ordered: false,
  start: 1,
  spread: false,
  bibliography: true,
  items: [{ checked: null, id: 'src-doe', children: [paragraph('Doe, Jane. A Study.')] }],
};
const sources = [heading('Sources', 2), list];

describe('placeSources', () => {
  it('appends the heading and list when the manuscript keeps no place for them', () => {
    expect(placeSources([paragraph('Text.')], sources)).toEqual([paragraph('Text.'), ...sources]);
    expect(placeSources([paragraph('Text.'), heading('Appendix')], sources)).toEqual([paragraph('Text.'), heading('Appendix'), ...sources]);
  });

  it('puts the list alone under an empty last heading that names the sources, or names them as Galley would', () => {
    expect(placeSources([paragraph('Text.'), heading('Works Cited')], sources)).toEqual([paragraph('Text.'), heading('Works Cited'), list]);
    const own = [heading('Literatur', 2), list];
    expect(placeSources([heading('literatur')], own)).toEqual([heading('literatur'), list]);
  });

  it('fills the first place a #refs div kept, even inside a quote, and drops any other', () => {
    const quoted: Block = { type: 'blockquote', children: [sourcesPlaceholder()] };
    expect(placeSources([quoted, paragraph('After.'), sourcesPlaceholder()], sources)).toEqual([
      { type: 'blockquote', children: [list] },
      paragraph('After.'),
    ]);
  });

  it('drops the kept place when there is nothing to list', () => {
    expect(placeSources([paragraph('Text.'), sourcesPlaceholder(), heading('References')], [])).toEqual([paragraph('Text.'), heading('References')]);
  });
});

describe('withoutSourcesPlace', () => {
  it('drops a place kept in a note, where no list goes, and keeps the note’s text', () => {
    expect(withoutSourcesPlace([paragraph('See.'), sourcesPlaceholder()])).toEqual([paragraph('See.')]);
  });
});
