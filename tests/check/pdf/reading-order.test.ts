// A line that mixes right-to-left and left-to-right words reads in its
// paragraph's base direction, which the manuscript's word pairs tell: an
// English-led paragraph of mostly Arabic words still reads from the left.
import { describe, expect, it } from 'vitest';
import type { TextItem, TextPage } from '../../../src/check/pdf/layer.ts';
import { missingPassages } from '../../../src/check/pdf/text-layer.ts';
import { expectedOf, layerStream, units } from '../../../src/check/pdf/words.ts';

/** Words drawn left to right from x = 0, as a PDF draws them (right-to-left runs in visual order). */
const line = (words: string[], y: number): TextItem[] => {
  let x = 0;
  return words.map((str) => {
    const item = { str, x, y, width: str.length * 5, size: 10, role: 'body' as const };
    x += item.width + 3;
    return item;
  });
};
const page = (items: TextItem[]): TextPage => ({ number: 1, label: '1', items });
const body = new Set(['body'] as const);

// "TypeShadow هو تطبيق مصمم مع دعم كامل (RTL) ومن اليسار إلى اليمين (LTR). تدرب على الكتابة بالعربية."
// set as a left-to-right paragraph (its first strong character is Latin), on two lines.
const manuscript = units('TypeShadow هو تطبيق مصمم مع دعم كامل (RTL) ومن اليسار إلى اليمين (LTR). تدرب على الكتابة بالعربية.');
const drawn = [
  ...line(['TypeShadow', 'كامل', 'دعم', 'مع', 'مصمم', 'تطبيق', 'هو', '(RTL)', 'اليمين', 'إلى', 'اليسار', 'ومن', '(LTR).'], 700),
  ...line(['بالعربية', 'الكتابة', 'على', 'تدرب', '.'], 688),
];

describe('logicalOrder', () => {
  it('reads a mostly Arabic line of a paragraph that opens in Latin from the left, as the manuscript’s word pairs show', () => {
    const stream = layerStream([page(drawn)], body, expectedOf(manuscript));
    expect(stream.units).toEqual(manuscript);
    expect(missingPassages(manuscript, stream.units)).toEqual([]);
  });

  it('without a manuscript, reads a line mostly in a right-to-left script from the right', () => {
    expect(layerStream([page(drawn)], body).units.slice(0, 6)).toEqual(units('(LTR). ومن اليسار إلى اليمين (RTL)'));
  });

  it('still finds a word missing from such a line', () => {
    const without = drawn.filter((item) => item.str !== 'اليسار');
    const stream = layerStream([page(without)], body, expectedOf(manuscript));
    expect(missingPassages(manuscript, stream.units).map(({ from, to }) => manuscript.slice(from, to))).toEqual([['اليسار']]);
  });
});
