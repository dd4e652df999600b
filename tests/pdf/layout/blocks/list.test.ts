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
