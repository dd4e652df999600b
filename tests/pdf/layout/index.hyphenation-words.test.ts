// The author's hyphenation words (front matter `hyphenation:`, theme
// `hyphenation.words`) reach the line breaker: on a real paragraph whose
// first line ends before a word the patterns cannot break.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Document, Metadata } from '../../../src/document.ts';
import type { Book } from '../../../src/document/book.ts';
import { bookDocument } from '../../../src/document/book-document.ts';
import { loadFonts } from '../../../src/fonts.ts';
import { layoutBook } from '../../../src/pdf/layout/book/index.ts';
import { layoutDocument } from '../../../src/pdf/layout/index.ts';
import type { PlacedLine } from '../../../src/pdf/page-model.ts';
import { loadTheme } from '../../../src/theme/load.ts';
import { makeDocument, para } from '../../helpers/build-doc.ts';

// Cardano for the Masses, ch. 4 (github.com/johnnygreeney/CardanoForTheMasses).
const TEXT =
  'Ouroboros ensures the security and sustainability of any blockchain that uses it by combining unique technology and ' +
  'mathematically validated methods (including behavioral psychology and economic philosophy ideas).';

function themeWith(yaml: string): ReturnType<typeof loadTheme> {
  const dir = mkdtempSync(path.join(tmpdir(), 'galley-words-'));
  // The comparison kit's page: 6 × 9 in with 0.75 in margins.
  writeFileSync(path.join(dir, 'theme.yaml'), `extends: default\nmargins: {top: 0.75in, bottom: 0.75in, inner: 0.75in, outer: 0.75in}\n${yaml}`);
  return loadTheme(dir);
}

const lineText = (line: PlacedLine): string => line.fragments.map((f) => f.text).join('');

function firstLine(theme: ReturnType<typeof loadTheme>, metadata: Partial<Metadata> = {}): { text: string; ratio: number; unbreakable: readonly string[] } {
  // After a paragraph of one line, as in the book: the first line is indented.
  const doc = makeDocument([para('The Ouroboros symbol.'), para(TEXT)], [], metadata);
  const { pages, report } = layoutDocument(doc, theme, loadFonts(theme));
  const lines = pages[0]?.items.filter((item): item is PlacedLine => item.kind === 'line' && item.role === 'P') ?? [];
  const paragraph = report.paragraphs.find((p) => p.block === 1);
  return {
    text: lines[1] === undefined ? '' : lineText(lines[1]),
    ratio: paragraph?.ratios[0] ?? Number.NaN,
    unbreakable: report.unbreakableWords.map((w) => w.word),
  };
}

describe('hyphenation words', () => {
  const plain = themeWith('');

  test('without them, the first line stops before "blockchain", is set loose, and the report names the word', () => {
    const { text, ratio, unbreakable } = firstLine(plain);
    expect(text).toMatch(/of any$/u);
    expect(ratio).toBeGreaterThan(1.5);
    expect(unbreakable).toEqual(['blockchain']);
  });

  test('the front matter’s "block-chain" lets the line take "block-" and set evenly', () => {
    const { text, ratio, unbreakable } = firstLine(plain, { hyphenation: ['block-chain'] });
    expect(text).toMatch(/of any block-$/u);
    expect(Math.abs(ratio)).toBeLessThan(1);
    expect(unbreakable).toEqual([]);
  });

  test('the theme’s words do the same; the manuscript’s entry for the same word wins', () => {
    const theme = themeWith('hyphenation:\n  words: [block-chain]\n');
    expect(firstLine(theme).text).toMatch(/of any block-$/u);
    expect(firstLine(theme, { hyphenation: ['blockchain'] }).text).toMatch(/of any$/u);
  });
});

describe('hyphenation words in a book', () => {
  test('book.yaml’s hold in every chapter; a chapter’s own entry wins in that chapter', () => {
    const theme = themeWith('');
    const metadata: Metadata = { title: 'Ouroboros', authors: [], lang: 'en-US', identifier: 'urn:x:o', keywords: [], hyphenation: ['block-chain'] };
    const chapter = (number: number, words?: readonly string[]): Book['chapters'][number] => {
      const document: Document = {
        ...makeDocument([para('The Ouroboros symbol.'), para(TEXT)], [], { ...(words === undefined ? {} : { hyphenation: words }) }),
        path: `chapter-${number}.md`,
      };
      return { number, title: `Chapter ${number}`, id: `chapter-${number}`, document };
    };
    const book: Book = { path: 'book.yaml', metadata, parts: [], sources: [], chapters: [chapter(1), chapter(2, ['blockchain'])] };
    const fonts = loadFonts(theme);
    const layout = layoutBook(book, bookDocument(book), theme, fonts, fonts.fonts.body.familyName);
    const lines = layout.pages.flatMap((page) => page.items.filter((item): item is PlacedLine => item.kind === 'line' && item.role === 'P')).map(lineText);
    const openings = lines.filter((line) => line.startsWith('Ouroboros ensures'));
    expect(openings).toHaveLength(2);
    expect(openings[0]).toMatch(/of any block-$/u);
    expect(openings[1]).toMatch(/of any$/u);
  });
});
