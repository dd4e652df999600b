// The preflight report, for people: one line per check, the problems below it,
// and a count at the end.
import type { CheckReport, CheckStatus } from './types.ts';

const LABEL: Readonly<Record<CheckStatus, string>> = { pass: 'pass', fail: 'FAIL', warn: 'warn', skip: 'skip' };
const KIND: Readonly<Record<string, string>> = { pdf: 'PDF', epub: 'EPUB', checksums: 'checksums', bag: 'BagIt bag', other: 'other' };

export function formatReport(report: CheckReport): string {
  const out: string[] = [];
  const counts: Record<CheckStatus, number> = { pass: 0, fail: 0, warn: 0, skip: 0 };
  for (const file of report.files) {
    out.push(`${file.path} (${KIND[file.kind] ?? file.kind})`);
    const width = Math.max(...file.checks.map((c) => c.title.length));
    for (const check of file.checks) {
      counts[check.status]++;
      out.push(`  ${LABEL[check.status]}  ${check.title.padEnd(width)}  ${check.message}`);
      for (const detail of check.details ?? []) out.push(`          - ${detail}`);
    }
    out.push('');
  }
  const checks = counts.pass + counts.fail + counts.warn + counts.skip;
  out.push(
    `${report.files.length} file(s), ${checks} check(s): ${counts.pass} passed, ${counts.fail} failed, ${counts.warn} warning(s), ${counts.skip} not run` +
      (report.ok ? '' : ' — the files are not ready'),
  );
  return `${out.join('\n')}\n`;
}
