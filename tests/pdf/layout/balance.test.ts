// Balanced titles and headings, read from the page model: the narrowest
// measure that keeps the line count, so no word is left alone on the last line.
import { describe, expect, test } from 'vitest';
import type { Document } from '../../../src/document.ts';
import { loadFonts } from '../../../src/fonts.ts';
import { balancedParagraph } from '../../../src/pdf/layout/balance.ts';
import { layoutDocument } from '../../../src/pdf/layout/index.ts';
import type { BreakOptions, Measure } from '../../../src/pdf/layout/types.ts';
import type { Page, PageItem, PlacedLine } from '../../../src/pdf/page-model.ts';
import { loadTheme } from '../../../src/theme/load.ts';
import { heading, makeDocument, para, prose } from '../../helpers/build-doc.ts';

const theme = loadTheme();
const fonts = loadFonts(theme);
const pagesOf = (doc: Document): readonly Page[] => layoutDocument(doc, theme, fonts).pages;
const isLine = (item: PageItem): item is PlacedLine => item.kind === 'line';
const textOf = (line: PlacedLine): string => line.fragments.map((f) => f.text).join('');
const lines = (pages: readonly Page[], role: PlacedLine['role']): PlacedLine[] =>
  pages.flatMap((p) => p.items.filter(isLine)).filter((l) => l.role === role);
const wordCount = (line: PlacedLine): number => textOf(line).trim().split(/\s+/u).length;

describe('balanced titles and headings', () => {
  const mono: Measure = (text, _font, size) => text.length * size * 0.5;
  const options: BreakOptions = {
    widths: [100],
    measure: mono,
    justify: false,
    lang: null,
    hyphenation: { leftMin: 2, rightMin: 3, maxConsecutive: 2 },
  };
  const run = (text: string) => ({ text, font: 'body' as const, size: 10 });

  test('the narrowest measure that keeps the line count: no word alone on the last line', () => {
    // 20 characters a line: "aaaa bbbb cccc dddd" fills one, "e" would be alone.
    const text = 'aaaa bbbb cccc dddd eeee';
    const balanced = balancedParagraph([run(text)], options).lines.map((l) => l.fragments.map((f) => f.text).join('').trim());
    expect(balanced).toEqual(['aaaa bbbb cccc', 'dddd eeee']);
  });

  test('a text on one line, or one that cannot be balanced, is left as it is', () => {
    expect(balancedParagraph([run('short')], options).lines).toHaveLength(1);
    const wide = balancedParagraph([run('x'.repeat(30))], options);
    expect(wide.lines.length).toBeGreaterThan(1);
  });

  test('a heading that wraps keeps its line count and ends with more than one word', () => {
    const title = 'A heading that is long enough to wrap onto a second line';
    const [h1, h2] = [1, 2].map((d) => lines(pagesOf(makeDocument([heading(d as 1 | 2, title), para(prose(30))])), `H${d}` as PlacedLine['role']));
    for (const set of [h1!, h2!]) {
      expect(set.map(textOf).join(' ').replace(/\s+/gu, ' ')).toBe(title);
      expect(set.length).toBeGreaterThan(1);
      expect(wordCount(set.at(-1)!)).toBeGreaterThan(2);
      for (const line of set) expect(textOf(line)).not.toMatch(/-$/u);
    }
  });

  test('the title does not leave its last word alone ("The Box That Shrank the / World")', () => {
    const page = pagesOf(makeDocument([para(prose(30))], [], { title: 'The Box That Shrank the World' }))[0]!;
    const title = page.items.filter(isLine).filter((l) => l.role === 'Title');
    expect(title.map(textOf).join(' ')).toBe('The Box That Shrank the World');
    if (title.length > 1) expect(wordCount(title.at(-1)!)).toBeGreaterThan(1);
    const long = pagesOf(makeDocument([para(prose(30))], [], { title: 'The Box That Shrank the World and Made the Global Economy Bigger' }))[0]!;
    const set = long.items.filter(isLine).filter((l) => l.role === 'Title');
    expect(set.length).toBeGreaterThan(1);
    expect(wordCount(set.at(-1)!)).toBeGreaterThan(2);
  });
});
