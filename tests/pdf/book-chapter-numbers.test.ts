// Which chapters of a book show a number: front and back matter (as LaTeX's
// \chapter*) and titles that carry their own number do not, and the others
// count from 1 without them.
import { expect, test } from 'vitest';
import { chapterNumbers } from '../../src/pdf/layout/book/index.ts';

test('a preface, a foreword and an epilogue take no number; the chapters count without them', () => {
  expect(chapterNumbers(['Foreword', 'Preface', 'The Rising Water', 'Low Water', 'Epilogue', 'Acknowledgments'])).toEqual([null, null, 1, 2, null, null]);
});

test('a title that numbers itself takes no second number and does not shift the count', () => {
  expect(chapterNumbers(['Chapter 1: Scope', 'Appendix A. Practice', 'Introduction'])).toEqual([null, null, 1]);
});
