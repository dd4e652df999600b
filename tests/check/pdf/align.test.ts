// The alignment under `galley check`'s text comparison, on its own: it finds
// every word of a long, repetitive text in order, and still notices one word
// missing or two passages swapped anywhere in it.
import { describe, expect, test } from 'vitest';
import { align } from '../../../src/check/pdf/align.ts';
import { missingPassages } from '../../../src/check/pdf/text-layer.ts';
import { units } from '../../../src/check/pdf/words.ts';

// 700 words in a scrambled but fixed order: each recurs some forty times, few
// runs of words are unique, as in a manuscript repeated forty times.
let state = 1;
const text = Array.from({ length: 30_000 }, () => {
  state = (state * 1103515245 + 12345) % 2147483648;
  return `w${Math.floor(state / 65536) % 700}`;
});
// The layer: the same words with a "note" of three words after every fiftieth.
const layer = text.flatMap((word, i) => (i % 50 === 49 ? [word, 'note', `n${i}`, '1'] : [word]));
// Which text word each layer word is (-1: a note's).
const origin = text.flatMap((_, i) => (i % 50 === 49 ? [i, -1, -1, -1] : [i]));

describe('align', () => {
  test('pairs equal words, in order on both sides', () => {
    const pairs = align(text, layer);
    expect(pairs).toHaveLength(text.length);
    expect(pairs.every(([i, j], k) => text[i] === layer[j] && (k === 0 || (i > pairs[k - 1]![0] && j > pairs[k - 1]![1])))).toBe(true);
  });

  test('notices one word missing from 30,000, where it is', () => {
    const broken = [...layer.slice(0, 20_000), ...layer.slice(20_001)];
    const gaps = missingPassages(text, broken);
    expect(gaps).toHaveLength(1);
    // A word repeated next to itself may be missed at either place.
    expect(gaps[0]!.to - gaps[0]!.from).toBe(1);
    expect(Math.abs(gaps[0]!.from - origin[20_000]!)).toBeLessThanOrEqual(1);
  });

  test('notices two passages swapped', () => {
    const swapped = [...layer.slice(0, 1000), ...layer.slice(1100, 1200), ...layer.slice(1000, 1100), ...layer.slice(1200)];
    expect(missingPassages(text, swapped).length).toBeGreaterThan(0);
  });

  test('a word split at a line end in one place and glued in another does not throw off a repetitive passage between', () => {
    // A table of option names, each written twice (command line, defaults file): no word in it is unique.
    const table = ['strip', 'comments', 'strip', 'comments', 'true', 'no', 'highlight', 'syntaxhighlighting', 'none', 'syntaxhighlighting', 'kate'];
    const written = ['use', 'syntaxhighlightingidiomatic', 'instead', ...table, 'syntaxhighlighting', 'kate', 'later', 'use', 'syntaxhighlighting', 'for', 'more'];
    // The layer: the first code name broken at its "=" (two words), the last glued to its neighbour.
    const laid = ['use', 'syntaxhighlighting', 'idiomatic', 'instead', ...table, 'syntaxhighlighting', 'kate', 'later', 'use', 'syntaxhighlightingfor', 'more'];
    const paired = new Set(align(written, laid).map(([i]) => i));
    expect(table.every((_, k) => paired.has(3 + k))).toBe(true);
    expect(missingPassages(written, laid)).toEqual([]);
  });
});

describe('units', () => {
  test('words by letters and digits; characters in scripts without spaces; marks glued to words apart', () => {
    expect(units('“Quoted,” well-known ﬁne reference,1')).toEqual(['quoted', 'wellknown', 'fine', 'reference1']);
    expect(units('北京大学 GDP增长3%')).toEqual(['北', '京', '大', '学', 'gdp', '增', '长', '3']);
    expect(units('ภาษาไทย')).toHaveLength(7);
  });

  test('a mark glued to a word does not hide the word: the layer has its letters between the same neighbours', () => {
    expect(missingPassages(units('a reference to it'), units('a reference,1 to it'))).toEqual([]);
    expect(missingPassages(units('a reference to it'), units('a referral,1 to it'))).toHaveLength(1);
  });
});
