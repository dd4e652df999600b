// Errors are values with positions: every problem in a user's input becomes a
// Diagnostic printed as `path:line:col: severity: message`.

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  readonly severity: Severity;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`;
}

/** Collects diagnostics for one input file. */
export class Diagnostics {
  readonly items: Diagnostic[] = [];

  constructor(readonly file: string) {}

  error(line: number, column: number, message: string): void {
    this.items.push({ severity: 'error', file: this.file, line, column, message });
  }

  warning(line: number, column: number, message: string): void {
    this.items.push({ severity: 'warning', file: this.file, line, column, message });
  }

  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }
}

/** Under `--strict`, every warning as an error (marked so the reader knows why). */
export function asErrors(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.map((d) => (d.severity === 'warning' ? { ...d, severity: 'error', message: `${d.message} [--strict]` } : d));
}

/**
 * Thrown when a user's input cannot be built. Carries located diagnostics, so
 * the CLI prints them without a stack trace.
 */
export class UserError extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'UserError';
  }
}
