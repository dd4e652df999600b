// Thai, Lao, Khmer and Burmese are written without spaces between words:
// ICU's dictionaries (Intl.Segmenter) find the words, and a line may end
// between any two of them, never inside one, nor before a repetition mark or
// punctuation; text in other scripts gets no break from here.
import { describe, expect, test } from 'vitest';
import { dictionaryBreakOpportunities, needsDictionaryBreaks } from '../../../src/pdf/layout/dictionary-breaks.ts';

const pieces = (text: string): string[] => {
  const cuts = [0, ...dictionaryBreakOpportunities(text), text.length];
  return cuts.slice(1).map((end, i) => text.slice(cuts[i], end));
};

describe('dictionary breaks', () => {
  test('Thai is cut between its words', () => {
    expect(pieces('ภาษาไทยเป็นภาษาที่มีระดับเสียง')).toEqual(['ภาษา', 'ไทย', 'เป็น', 'ภาษา', 'ที่', 'มี', 'ระดับ', 'เสียง']);
  });

  test('Lao, Khmer and Burmese are cut between words too, never inside a cluster', () => {
    expect(pieces('ພາສາລາວເປັນພາສາ')).toEqual(['ພາສາ', 'ລາວ', 'ເປັນ', 'ພາສາ']);
    expect(pieces('ភាសាខ្មែរគឺជាភាសាផ្លូវការ').length).toBeGreaterThan(1);
    expect(pieces('မြန်မာဘာသာစကား').length).toBeGreaterThan(1);
    for (const text of ['ភាសាខ្មែរគឺជាភាសាផ្លូវការ', 'မြန်မာဘာသာစကား']) {
      // No piece starts with a combining mark: clusters stay whole.
      for (const piece of pieces(text)) expect(piece).not.toMatch(/^\p{M}/u);
    }
  });

  test('no break before a repetition mark or punctuation, nor beside another script', () => {
    expect(dictionaryBreakOpportunities('เด็กๆ')).toEqual([]);
    expect(pieces('ភាសាខ្មែរ។').at(-1)).toMatch(/។$/u);
    expect(dictionaryBreakOpportunities('ไทยThai')).toEqual([]);
    expect(dictionaryBreakOpportunities('ไทย123')).toEqual([]);
  });

  test('only these scripts need it', () => {
    for (const text of ['ภาษา', 'ພາສາ', 'ភាសា', 'မြန်မာ']) expect(needsDictionaryBreaks(text)).toBe(true);
    for (const text of ['plain', 'हिन्दी', 'தமிழ்', '中文', 'བོད་ཡིག']) expect(needsDictionaryBreaks(text)).toBe(false);
  });
});
