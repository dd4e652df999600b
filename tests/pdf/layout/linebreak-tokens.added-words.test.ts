// Words the writer adds to a line (a book's "(p. 12)" after a cross-reference)
// are drawn but not counted where a page begins: the EPUB's page list counts
// the author's words only, so its page-break markers stay on the same word.
import { expect, test } from 'vitest';
import { tokenize, type GroupToken, type PartAtom } from '../../../src/pdf/layout/linebreak-tokens.ts';
import type { StyledRun } from '../../../src/pdf/layout/types.ts';

const run = (text: string, extra: Partial<StyledRun> = {}): StyledRun => ({ text, font: 'body', size: 10, ...extra });

/** Each drawn word with the count of words before it. */
function counts(runs: readonly StyledRun[]): [string, number][] {
  const groups = tokenize(runs).filter((token): token is GroupToken => token.kind === 'group');
  return groups.map((group) => {
    const parts = group.atoms.filter((atom): atom is PartAtom => atom.kind === 'part');
    return [parts.map((part) => part.text).join(''), parts[0]?.wordsBefore ?? -1];
  });
}

test('added words are set, and the words after them count as if they were not there', () => {
  const plain = counts([run('See the front'), run(' where water meets the wall.')]);
  const referred = counts([run('See the front'), run(' (p. 9)', { uncounted: true }), run(' where water meets the wall.')]);
  expect(referred.map(([word]) => word)).toEqual(['See', 'the', 'front', '(p.', '9)', 'where', 'water', 'meets', 'the', 'wall.']);
  expect(referred.filter(([word]) => !word.startsWith('(p.') && word !== '9)')).toEqual(plain);
});
