import { describe, expect, test } from 'vitest';
import { hyphenationWordProblem } from '../../src/util/hyphenation-words.ts';

describe('hyphenationWordProblem', () => {
  test('a word with its breaks marked, or none, in any script, with an apostrophe, is fine', () => {
    for (const word of ['Ouro-bo-ros', 'block-chain', 'Galley', 'Ether’eum', "o'clock", 'Zür-ich', 'мо-сква', 'ca-fé']) {
      expect(hyphenationWordProblem(word), word).toBeNull();
    }
  });

  test('spaces, doubled or outer hyphens, digits and punctuation are not a word', () => {
    for (const word of ['two words', 'block--chain', '-ing', 'ing-', 'mp3-player', 'e.g.', 'a/b', '']) {
      expect(hyphenationWordProblem(word), word).toMatch(/is not a word with its breaks marked by "-"/u);
    }
  });

  test('a word in capitals is refused: such words are never hyphenated', () => {
    expect(hyphenationWordProblem('NA-SA')).toMatch(/no lower-case letter/u);
  });
});
