import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics.ts';
import { wideFormulas } from '../../src/pdf/wide-formulas.ts';
import { pagesOf } from '../helpers/laid-out.ts';
import { mathDocument } from '../helpers/math.ts';

describe('wideFormulas', () => {
  test('names each display formula set smaller, where it is written', async () => {
    const long = Array.from({ length: 40 }, (_, i) => `b_{${i}}`).join(' + ');
    const doc = await mathDocument(`Fine $$x$$ here.\n\n$$${long}$$\n`);
    const found = wideFormulas('book.md', pagesOf(doc)).map(formatDiagnostic);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^book\.md:6:1: warning: display formula is wider than the text \(page 1\): set at \d\d% of its size/u);
  });
});
