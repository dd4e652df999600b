// List markers read from the page model: each half an em from its text.
import { describe, expect, test } from 'vitest';
import { item, list, makeDocument, para, prose } from '../../../helpers/build-doc.ts';
import { isLine, lines, pagesOf, rightEdge, textOf, theme } from '../../../helpers/laid-out.ts';


describe('list markers', () => {
  test('sit the theme’s marker gap (half an em) from their text', () => {
    expect(theme.lists.markerGap).toBe(0.5);
    const pages = pagesOf(makeDocument([list(false, [item(para(prose(30))), item(para('Second'))]), list(true, [item(para('One'))])]));
    const labels = lines(pages, 'Lbl');
    expect(labels.map(textOf)).toEqual(['•', '•', '1.']);
    const body = pages.flatMap((p) => p.items.filter(isLine)).filter((l) => l.role === 'LI');
    for (const label of labels) {
      const text = body.find((l) => l.baseline === label.baseline && l.x > label.x)!;
      expect(text.x - rightEdge(label)).toBeCloseTo(0.5 * theme.body.size, 2);
    }
  });
});

describe('Pandoc’s list markers', () => {
  test('are printed as written, from the list’s first number, right-aligned in the indent', () => {
    const styled = (start: number, style: 'lower-alpha' | 'upper-roman' | 'lower-roman', delimiter: 'period' | 'paren' | 'parens', count: number) => ({
      ...list(true, Array.from({ length: count }, (_, i) => item(para(`Item ${i}`))), start),
      style,
      delimiter,
    });
    const pages = pagesOf(makeDocument([styled(3, 'lower-alpha', 'parens', 2), styled(7, 'upper-roman', 'period', 3), styled(1, 'lower-roman', 'paren', 1)]));
    const labels = lines(pages, 'Lbl');
    expect(labels.map(textOf)).toEqual(['(c)', '(d)', 'VII.', 'VIII.', 'IX.', 'i)']);
    const roman = labels.slice(2, 5);
    for (const label of roman) expect(rightEdge(label)).toBeCloseTo(rightEdge(roman[0]!), 2);
    const body = pages.flatMap((p) => p.items.filter(isLine)).filter((l) => l.role === 'LI');
    expect(body.find((l) => l.baseline === labels[1]!.baseline)?.x).toBe(body.find((l) => l.baseline === labels[0]!.baseline)?.x);
  });
});
