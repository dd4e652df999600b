// The pieces of an alert's bar on one page become one rule spanning them and
// the gaps between them; other rules and other bars are left as they are.
import { describe, expect, it } from 'vitest';
import { joinBars } from '../../../src/pdf/layout/bars.ts';
import type { PageItem, PlacedRule } from '../../../src/pdf/page-model.ts';

const piece = (bar: number, y: number, thickness: number): PlacedRule => ({ kind: 'rule', x: 72, y, width: 2.5, thickness, role: 'Artifact', color: '#0969da', bar });
const rule: PlacedRule = { kind: 'rule', x: 72, y: 300, width: 100, thickness: 0.5, role: 'Artifact' };

describe('joinBars', () => {
  it('joins one bar’s pieces into one rule from the first top to the last foot, where the first piece was', () => {
    const items: PageItem[] = [piece(1, 100, 12), rule, piece(1, 118, 12), piece(1, 136, 24)];
    expect(joinBars(items)).toEqual([{ ...piece(1, 100, 60) }, rule]);
  });

  it('keeps two bars apart, and a page with none as it is', () => {
    expect(joinBars([piece(1, 100, 12), piece(2, 130, 12), piece(1, 112, 6)])).toEqual([piece(1, 100, 18), piece(2, 130, 12)]);
    expect(joinBars([rule])).toEqual([rule]);
  });
});
