// GitHub alerts in the page model: the label in bold in the kind's colour on
// its own line, the content past a bar of that colour, one bar per page the
// alert is on, running from the label's top to the last line's foot.
import { describe, expect, test } from 'vitest';
import type { Block } from '../../../../src/document.ts';
import type { Page, PlacedRule } from '../../../../src/pdf/page-model.ts';
import { codeBlock, item, list, makeDocument, para, prose } from '../../../helpers/build-doc.ts';
import { isLine, lines, pagesOf, textOf, theme } from '../../../helpers/laid-out.ts';

const callout = (kind: 'note' | 'tip' | 'important' | 'warning' | 'caution', ...children: Block[]): Block => ({ type: 'callout', kind, children });
const bars = (page: Page): PlacedRule[] => page.items.filter((i): i is PlacedRule => i.kind === 'rule' && i.bar !== undefined);

describe('alerts in the page model', () => {
  const pages = pagesOf(makeDocument([para('Before.'), callout('warning', para(prose(20)), list(false, [item(para('One'))]), codeBlock('x = 1')), para('After.')]));
  const all = pages.flatMap((p) => p.items.filter(isLine));
  const label = all.find((l) => textOf(l) === 'Warning')!;

  test('the label is a line of its own, in bold, in the kind’s colour, inside a Div', () => {
    expect(label.fragments.map((f) => [f.font, f.color])).toEqual([['bodyBold', theme.callout.colors.warning]]);
    expect(Array.isArray(label.tag) ? label.tag.map((n) => n.type) : label.tag).toEqual(['Div', 'P']);
    const body = lines(pages, 'P').find((l) => textOf(l).startsWith(prose(20).slice(0, 10)))!;
    expect(body.baseline - label.baseline).toBeCloseTo(theme.body.leading, 1);
    expect(body.x).toBe(label.x);
  });

  test('one bar in the kind’s colour, at the left, from the label’s line to the code’s, the text past it by the gap', () => {
    const [bar, ...more] = bars(pages[0]!);
    expect(more).toEqual([]);
    expect(bar).toMatchObject({ color: theme.callout.colors.warning, width: theme.callout.barWidth, role: 'Artifact' });
    const left = Math.min(...all.map((l) => l.x));
    expect(bar!.x).toBeCloseTo(left, 3);
    expect(label.x - bar!.x).toBeCloseTo(theme.callout.barWidth + theme.callout.gap, 3);
    const code = all.find((l) => textOf(l).includes('x = 1'))!;
    expect(bar!.y).toBeLessThan(label.baseline - theme.body.size * 0.7);
    expect(bar!.y + bar!.thickness).toBeGreaterThan(code.baseline);
    const after = all.find((l) => textOf(l) === 'After.')!;
    expect(bar!.y + bar!.thickness).toBeLessThan(after.baseline - theme.body.size);
  });

  test('an alert longer than a page breaks like a block quote, its bar drawn once on each page, down to its last line there', () => {
    const long = pagesOf(makeDocument([callout('note', ...Array.from({ length: 14 }, (_, i) => para(prose(60, i))))]));
    expect(long.length).toBeGreaterThan(1);
    for (const page of long) {
      const [bar, ...more] = bars(page);
      expect(more).toEqual([]);
      const text = page.items.filter(isLine).filter((l) => Array.isArray(l.tag) && l.tag[0]?.type === 'Div');
      const lastLine = Math.max(...text.map((l) => l.baseline));
      expect(bar!.y + bar!.thickness).toBeGreaterThan(lastLine);
      expect(bar!.y).toBeLessThan(Math.min(...text.map((l) => l.baseline)));
    }
    expect(long.flatMap((p) => p.items.filter(isLine)).filter((l) => textOf(l) === 'Note')).toHaveLength(1);
  });

  test('the label never ends a page: it goes over with the alert’s first line', () => {
    const filler = Array.from({ length: 40 }, (_, i) => para(prose(24, i)));
    for (let n = 0; n < 40; n += 1) {
      const laid = pagesOf(makeDocument([...filler.slice(0, n), callout('tip', para(prose(40)))]));
      for (const page of laid) expect(textOf(page.items.filter(isLine).at(-1)!)).not.toBe('Tip');
    }
  });
});
