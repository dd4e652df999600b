// Which chapters of a book show a number: front and back matter (as LaTeX's
// \chapter*) and titles that carry their own number do not, and the others
// count from 1 without them; so does a chapter its author marks unnumbered.
import { expect, test } from 'vitest';
import { chapterNumbers as numbersOf } from '../../../../src/pdf/layout/book/index.ts';

const chapterNumbers = (titles: readonly string[]): (number | null)[] => numbersOf(titles.map((title) => ({ title })));

test('a preface, a foreword and an epilogue take no number; the chapters count without them', () => {
  expect(chapterNumbers(['Foreword', 'Preface', 'The Rising Water', 'Low Water', 'Epilogue', 'Acknowledgments'])).toEqual([null, null, 1, 2, null, null]);
});

test('a title that numbers itself takes no second number and does not shift the count', () => {
  expect(chapterNumbers(['Chapter 1: Scope', 'Appendix A. Practice', 'Introduction'])).toEqual([null, null, 1]);
});

test('a chapter marked unnumbered takes no number, whatever its title, and the count goes on without it', () => {
  expect(numbersOf([{ title: 'The Rising Water' }, { title: 'A Note on Sources', unnumbered: true }, { title: 'Low Water' }])).toEqual([1, null, 2]);
});
