// Display formulas wider than the measure are set smaller to fit (layout's
// display-math.ts); the writer is told where, so a formula a reader would
// find too small can be broken by hand (`\\` in an aligned environment).
import type { Diagnostic } from '../diagnostics.ts';
import type { Page } from './page-model.ts';

export function wideFormulas(path: string, pages: readonly Page[]): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const page of pages) {
    for (const item of [...page.items, ...page.notes]) {
      if (item.kind !== 'line') continue;
      for (const fragment of item.fragments) {
        const fit = fragment.math?.fit;
        if (fit === undefined) continue;
        const at = fragment.math?.at ?? { line: 1, column: 1 };
        found.push({
          severity: 'warning',
          file: path,
          line: at.line,
          column: at.column,
          message: `display formula is wider than the text (page ${page.number}): set at ${Math.floor(fit * 100)}% of its size; break it into lines (an aligned environment) to keep it whole`,
        });
      }
    }
  }
  return found;
}
