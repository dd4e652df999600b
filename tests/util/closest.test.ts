// "Did you mean …?": the suggestion a misspelt front matter key, theme key or
// citation key gets, and the names it must not suggest.
import { describe, expect, it } from 'vitest';
import { closest, levenshtein } from '../../src/util/closest.ts';

describe('levenshtein', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(levenshtein('titel', 'title')).toBe(2);
    expect(levenshtein('autor', 'author')).toBe(1);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('same', 'same')).toBe(0);
  });
});

describe('closest', () => {
  const keys = ['title', 'author', 'date', 'lang', 'bibliography', 'csl'];

  it('suggests the key a typo was meant to be, whatever its case', () => {
    expect(closest('titel', keys)).toBe('title');
    expect(closest('Autor', keys)).toBe('author');
    expect(closest('bibliografy', keys)).toBe('bibliography');
  });

  it('suggests nothing for a name too far from every key', () => {
    expect(closest('x', keys)).toBeUndefined();
    expect(closest('publisher', keys)).toBeUndefined();
  });

  it('completes a key cut short only when one candidate begins so', () => {
    expect(closest('smith', ['smith2020', 'jones2019'])).toBe('smith2020');
    expect(closest('smith', ['smith2020', 'smith2021'])).toBeUndefined();
  });
});
