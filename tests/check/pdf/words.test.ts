// The units `galley check` compares between manuscript and text layer: words
// without punctuation, ligatures and widths unified, and single characters in
// scripts written without spaces, so a line break anywhere still compares.
import { describe, expect, it } from 'vitest';
import { units } from '../../../src/check/pdf/words.ts';

describe('units', () => {
  it('keeps letters, digits and marks, lower-cased, and drops quotes, dashes and hyphens', () => {
    expect(units('“Ships,” she said — twenty-one of them.')).toEqual(['ships', 'she', 'said', 'twentyone', 'of', 'them']);
  });

  it('unifies ligatures and full-width forms, as a PDF text layer may give them', () => {
    expect(units('ﬁnal ＡＢＣ１２')).toEqual(['final', 'abc12']);
  });

  it('splits Chinese and Japanese into single characters, words around them kept whole', () => {
    expect(units('集装箱box改变')).toEqual(['集', '装', '箱', 'box', '改', '变']);
  });

  it('keeps accents, whether precomposed or combining', () => {
    expect(units('café cafe\u0301')).toEqual(['café', 'café']);
  });
});
