// A paragraph of Thai or Khmer, which put no space between words, on the page
// model of a real layout: its lines end between words (as the dictionary
// finds them), never inside one and with no hyphen drawn, and justified lines
// reach the margin, their room shared between the words.
import { describe, expect, test } from 'vitest';
import { loadFonts } from '../../../src/fonts.ts';
import { layoutDocument } from '../../../src/pdf/layout/index.ts';
import type { Page, PlacedLine } from '../../../src/pdf/page-model.ts';
import { loadTheme } from '../../../src/theme/load.ts';
import { makeDocument, para } from '../../helpers/build-doc.ts';

const theme = loadTheme();
const fonts = loadFonts(theme);

const THAI =
  'ภาษาไทยเป็นภาษาที่มีระดับเสียงของคำแน่นอนหรือวรรณยุกต์เช่นเดียวกับภาษาจีน และออกเสียงแยกคำต่อคำ ' +
  'ภาษาไทยเป็นภาษาราชการของประเทศไทย มีผู้พูดประมาณหกสิบล้านคน อักษรไทยมีพยัญชนะสี่สิบสี่ตัว สระและวรรณยุกต์สี่รูป';
const KHMER =
  'ភាសាខ្មែរគឺជាភាសាផ្លូវការនៃព្រះរាជាណាចក្រកម្ពុជា។ ភាសាខ្មែរជាភាសាមួយក្នុងក្រុមភាសាមន-ខ្មែរ ' +
  'ហើយមានអ្នកនិយាយប្រហែលដប់ប្រាំលាននាក់។ អក្សរខ្មែរមានប្រវត្តិយូរលង់ណាស់មកហើយ។';

const words = new Intl.Segmenter('th', { granularity: 'word' });
/** Offsets where a word of `text` ends. */
const wordEnds = (text: string): Set<number> => new Set([...words.segment(text)].map((s) => s.index + s.segment.length));
const lineText = (line: PlacedLine): string => line.fragments.map((f) => f.text).join('');
const rightEdge = (line: PlacedLine): number => line.x + line.fragments.reduce((edge, f) => Math.max(edge, f.x + f.width), 0);
const bodyLines = (pages: readonly Page[]): PlacedLine[] =>
  pages.flatMap((p) => p.items).filter((item): item is PlacedLine => item.kind === 'line' && item.role === 'P');

describe.each([
  ['Thai', THAI, 'th'],
  ['Khmer', KHMER, 'km'],
])('%s', (_name, sample, lang) => {
  const { pages } = layoutDocument(makeDocument([para(sample)], [], { lang }), theme, fonts);
  const lines = bodyLines(pages);

  test('breaks between words only, with no hyphen, and keeps every character', () => {
    expect(lines.length).toBeGreaterThan(2);
    const texts = lines.map(lineText);
    const squeeze = (text: string): string => text.replace(/\s+/gu, '');
    expect(squeeze(texts.join(''))).toBe(squeeze(sample));
    const ends = wordEnds(sample);
    let at = 0;
    let insideStretch = 0;
    for (const text of texts.slice(0, -1)) {
      at = sample.indexOf(text.trim(), at) + text.trim().length;
      // A line ends at a space, or where a word ends: never inside one.
      expect(/\s/u.test(sample[at] ?? '') || ends.has(at)).toBe(true);
      if (!/\s/u.test(sample[at] ?? '')) insideStretch += 1;
      expect(text).not.toMatch(/-$/u);
    }
    // Lines end between words inside a spaceless stretch, not only at its spaces.
    expect(insideStretch).toBeGreaterThan(0);
    expect(lines.every((line) => line.fragments.every((f) => f.softHyphen !== true))).toBe(true);
  });

  test('a justified line shares its room between its words, not only at its few spaces', () => {
    // With the stretch of a CJK break between words, Khmer's first line opened a gap of 0.48 em at its space.
    const size = theme.body.size;
    for (const line of lines.slice(0, -1)) expect(Math.max(...line.fragments.map((f) => f.spaceAfter ?? 0)) / size).toBeLessThan(0.4);
  });

  test('justified lines reach the margin', () => {
    const measure = theme.page.width - theme.margins.inner - theme.margins.outer;
    const left = Math.min(...lines.map((line) => line.x));
    for (const line of lines.slice(0, -1)) expect(rightEdge(line)).toBeCloseTo(left + measure, 1);
  });
});
