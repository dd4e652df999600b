import { describe, expect, test } from 'vitest';
import type { LineBox } from '../../../src/pdf/layout/types.ts';
import { unbreakableWords } from '../../../src/pdf/layout/unbreakable-words.ts';

const limits = { leftMin: 2, rightMin: 3 };
const line = (text: string, ratio: number, hyphenated = false): LineBox => ({
  fragments: [{ text, font: 'body', size: 10, x: 0, width: 100, wordSpacing: 0 }],
  ratio,
  hyphenated,
  noteRefs: [],
  wordIndex: 0,
  width: 100,
  overfull: false,
});
const after = (loose: LineBox, next: string, words: readonly string[] = [], lang: string | null = 'en-US'): string[] =>
  unbreakableWords([loose, line(next, 0.2), line('end.', 0)], lang, words, limits);

describe('unbreakableWords', () => {
  test('the word the patterns cannot break, opening the line after a loose one, possessive and punctuation dropped', () => {
    expect(after(line('the security of any', 2.5), 'blockchain that uses it')).toEqual(['blockchain']);
    expect(after(line('is approx 24,', 2.9), '“Ethereum’s staking')).toEqual(['Ethereum']);
  });

  test('nothing once the author has given the word breaks, or says it never breaks', () => {
    expect(after(line('of any', 2.5), 'blockchain that', ['block-chain'])).toEqual([]);
    expect(after(line('of any', 2.5), 'blockchain that', ['blockchain'])).toEqual(['blockchain']);
  });

  test('nothing after an even line or a hyphenated one, before a word the patterns break, a short word or a code-like one', () => {
    expect(after(line('of any', 0.9), 'blockchain that')).toEqual([]);
    expect(after(line('of any block', 1.8, true), 'chain that')).toEqual([]);
    expect(after(line('of any', 1.8), 'sustainability of')).toEqual([]);
    expect(after(line('of any', 1.8), 'their own')).toEqual([]);
    // Words of one syllable (a silent final e, es or ed not counted) have nothing to break.
    for (const word of ['through', 'strength', 'launched', 'scratches']) expect(after(line('of any', 1.8), `${word} the`), word).toEqual([]);
    expect(after(line('of any', 1.8), 'Voltaire’s era')).toEqual(['Voltaire']);
    expect(after(line('of any', 1.8), 'mp3player and')).toEqual([]);
    expect(after(line('of any', 1.8), 'NASAPROGRAM and')).toEqual([]);
  });

  test('nothing when hyphenation is off, and never past the last line', () => {
    expect(after(line('of any', 2.5), 'blockchain that', [], null)).toEqual([]);
    expect(unbreakableWords([line('the end of a blockchain', 3)], 'en-US', [], limits)).toEqual([]);
  });
});
