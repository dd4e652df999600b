// The end of a batch in words and as JSON: how many were built, already
// current or failed, the warnings, pages and time, and which ones failed.
import { relative } from 'node:path';
import { formatDiagnostic } from '../diagnostics.ts';
import type { TaskResult } from './worker.ts';

export interface Summary {
  readonly built: number;
  readonly current: number;
  readonly failed: number;
  readonly warnings: number;
  readonly pages: number;
  readonly seconds: number;
  readonly failures: readonly string[];
}

export function summarize(results: readonly TaskResult[], seconds: number): Summary {
  let warnings = 0;
  let pages = 0;
  for (const r of results) {
    if (r.status === 'built') {
      pages += r.pages;
      warnings += r.diagnostics.filter((d) => d.severity === 'warning').length;
    }
  }
  return {
    built: results.filter((r) => r.status === 'built').length,
    current: results.filter((r) => r.status === 'current').length,
    failed: results.filter((r) => r.status === 'failed').length,
    warnings,
    pages,
    seconds: Math.round(seconds * 100) / 100,
    failures: results.filter((r) => r.status === 'failed').map((r) => r.input),
  };
}

export function formatSummary(s: Summary): string {
  const lines = [
    `${s.built} built, ${s.current} already up to date, ${s.failed} failed; ${s.warnings} warning(s), ${s.pages} page(s), ${s.seconds.toFixed(1)} s`,
    ...s.failures.map((input) => `failed: ${relative(process.cwd(), input) || input}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** What a failed manuscript has to say: its located errors, or the internal error. */
export function failureText(result: TaskResult): string {
  if (result.status !== 'failed') return '';
  if (result.internal !== undefined) return `${result.input}: internal error: ${result.internal.split('\n')[0] ?? ''}\n`;
  return result.diagnostics.map((d) => `${formatDiagnostic(d)}\n`).join('');
}

export function summaryJson(summary: Summary, results: readonly TaskResult[]): string {
  const manuscripts = results.map((r) => ({
    input: r.input,
    // A book (its book.yaml) is one entry, however many chapters it has.
    kind: /\.ya?ml$/iu.test(r.input) ? 'book' : 'manuscript',
    ...(r.status !== 'failed' && r.about.chapters !== undefined ? { title: r.about.title, chapters: r.about.chapters } : {}),
    status: r.status,
    outputs: r.status === 'failed' ? [] : r.outputs,
    diagnostics: r.status === 'current' ? [] : r.diagnostics,
    ...(r.status === 'failed' && r.internal !== undefined ? { internal: r.internal } : {}),
    ...(r.status === 'built' ? { pages: r.pages } : {}),
  }));
  return `${JSON.stringify({ ...summary, manuscripts }, null, 2)}\n`;
}
