// Diagnostics located in a file other than the manuscript (a bibliography, a
// CSL style) go into the manuscript's collector with their own path.
import type { Diagnostics } from '../diagnostics.ts';
import type { Point } from '../document.ts';

export interface Report {
  error(at: Point, message: string): void;
  warning(at: Point, message: string): void;
}

export function reportTo(diagnostics: Diagnostics, file: string): Report {
  return {
    error: (at, message) => diagnostics.items.push({ severity: 'error', file, line: at.line, column: at.column, message }),
    warning: (at, message) => diagnostics.items.push({ severity: 'warning', file, line: at.line, column: at.column, message }),
  };
}
