// External validators (Java EPUBCheck, Ace, PDFBox Preflight, qpdf, poppler).
// CI sets GALLEY_REQUIRE_VALIDATORS=1, and there a missing validator fails the
// test; on a bare machine the test is skipped and says so.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { test } from 'vitest';

const run = promisify(execFile);

export const validatorsRequired = process.env.GALLEY_REQUIRE_VALIDATORS === '1';

export function onPath(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export const epubcheckJar = ['/usr/share/java/epubcheck.jar', '/usr/bin/epubcheck'].find(
  (p) => existsSync(p) && onPath('java'),
);

/**
 * `test` when the validator is available; otherwise a skipped test that names
 * what is missing, or — when validators are required — a failing one.
 */
export function testWithValidator(
  validator: string,
  available: boolean,
  name: string,
  fn: () => Promise<void> | void,
  timeout?: number,
): void {
  if (available) {
    test(name, fn, timeout);
  } else if (validatorsRequired) {
    test(name, () => {
      throw new Error(`${validator} is not installed, and GALLEY_REQUIRE_VALIDATORS=1 requires it`);
    });
  } else {
    test.skip(`${name} (skipped: ${validator} is not installed)`, fn);
  }
}

/** Ace by DAISY's CLI: GALLEY_ACE names it, else `ace-puppeteer` on PATH. */
export const aceCommand =
  process.env.GALLEY_ACE !== undefined && existsSync(process.env.GALLEY_ACE)
    ? process.env.GALLEY_ACE
    : onPath('ace-puppeteer')
      ? 'ace-puppeteer'
      : undefined;

interface AceAssertion {
  readonly 'earl:result': { readonly 'earl:outcome': string };
  readonly 'earl:test'?: { readonly 'dct:title': string };
  readonly assertions?: readonly AceAssertion[];
}

/** Runs Ace on an EPUB; returns the overall outcome and the titles of failed checks. */
export async function runAce(epub: string): Promise<{ outcome: string; violations: string[] }> {
  const out = mkdtempSync(join(tmpdir(), 'galley-ace-'));
  const env = { ...process.env };
  if (env.PUPPETEER_EXECUTABLE_PATH === undefined && existsSync('/usr/bin/chromium')) {
    env.PUPPETEER_EXECUTABLE_PATH = '/usr/bin/chromium';
  }
  await run(aceCommand ?? 'ace-puppeteer', ['-f', '-s', '-o', out, epub], { env });
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as {
    'earl:result': { 'earl:outcome': string };
    assertions: AceAssertion[];
  };
  const violations = report.assertions.flatMap((doc) =>
    (doc.assertions ?? []).filter((a) => a['earl:result']['earl:outcome'] === 'fail'),
  );
  return {
    outcome: report['earl:result']['earl:outcome'],
    violations: violations.map((v) => v['earl:test']?.['dct:title'] ?? 'untitled'),
  };
}

/** Java EPUBCheck's summary line, e.g. "Messages: 0 fatals / 0 errors / 0 warnings / 0 infos". */
export async function runJavaEpubcheck(epub: string): Promise<string> {
  const { stdout, stderr } = await run('java', ['-jar', epubcheckJar ?? '', epub]).catch(
    (error: { stdout: string; stderr: string }) => error,
  );
  return /Messages: .*/u.exec(`${stdout}\n${stderr}`)?.[0] ?? `${stdout}\n${stderr}`;
}
