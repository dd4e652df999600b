// The one way a test uses a program Galley does not ship (poppler, qpdf, Java
// EPUBCheck, PDFBox Preflight, Ace by DAISY and its Chromium): it names what
// it needs, found on PATH by src/util/which.ts as `galley check` finds it.
// Where that is missing the test is skipped with the reason (listed at the end
// of the run by tests/helpers/skipped-reporter.ts), or fails where
// GALLEY_REQUIRE_VALIDATORS=1 (CI).
import { execFile, execFileSync, type ExecFileSyncOptions } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { test, type TestContext } from 'vitest';
import { aceCommand, aceEnvironment, epubcheckCommand, preflightCommand } from '../../src/check/external.ts';
import { which } from '../../src/util/which.ts';

export const validatorsRequired = process.env.GALLEY_REQUIRE_VALIDATORS === '1';

/** Programs tests run by name, and the Debian package that brings each. */
const PROGRAMS = {
  pdffonts: 'poppler-utils',
  pdftotext: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  pdfdetach: 'poppler-utils',
  pdftoppm: 'poppler-utils',
  qpdf: 'qpdf',
  sha256sum: 'coreutils',
  'redis-server': 'redis-server',
} as const;
export type Program = keyof typeof PROGRAMS;

/** Validators that are more than one program: found as `galley check` finds them. */
const VALIDATORS = {
  'Java EPUBCheck': { install: 'Debian: default-jre-headless epubcheck', found: () => epubcheckCommand() !== undefined },
  'PDFBox Preflight': { install: 'Debian: default-jre-headless libpdfbox2-java libactivation-java libjaxb-api-java', found: () => preflightCommand() !== undefined },
  'Ace by DAISY': { install: 'npm @daisy/ace, named by GALLEY_ACE', found: () => aceCommand() !== undefined },
} as const;
export type Tool = Program | keyof typeof VALIDATORS;

function absence(tool: Tool): string | undefined {
  if (tool in VALIDATORS) {
    const validator = VALIDATORS[tool as keyof typeof VALIDATORS];
    return validator.found() ? undefined : `${tool} is not installed (${validator.install})`;
  }
  return which(tool) === undefined ? `${tool} is not installed (Debian: ${PROGRAMS[tool as Program]})` : undefined;
}

/**
 * At the start of a test: skips it, saying what is missing, when a tool is not
 * installed; fails it instead where GALLEY_REQUIRE_VALIDATORS=1.
 */
export function needs(context: TestContext, ...tools: readonly Tool[]): void {
  const missing = tools.map(absence).filter((reason) => reason !== undefined);
  if (missing.length === 0) return;
  if (validatorsRequired) throw new Error(`${missing.join('; ')}, and GALLEY_REQUIRE_VALIDATORS=1 requires it`);
  context.skip(`skipped: ${missing.join('; ')}`);
}

/** A test that needs `tools` (see `needs`). */
export function testWith(
  tools: Tool | readonly Tool[],
  name: string,
  fn: (context: TestContext) => Promise<void> | void,
  timeout?: number,
): void {
  test(
    name,
    async (context) => {
      needs(context, ...(typeof tools === 'string' ? [tools] : tools));
      await fn(context);
    },
    timeout,
  );
}

function located(program: Program): string {
  const path = which(program);
  if (path === undefined) throw new Error(`${program} is not installed: run it only in a test that needs('${program}')`);
  return path;
}

/** Runs a program to completion; its stdout (throws, with its output, on a non-zero exit). */
export function run(program: Program, args: readonly string[], options: Omit<ExecFileSyncOptions, 'encoding'> = {}): string {
  return execFileSync(located(program), [...args], { maxBuffer: 64 * 1024 * 1024, ...options, encoding: 'utf8' });
}

/** `run` without blocking the test's process: resolves with stdout, rejects with the error (its `stdout` set). */
export async function runAsync(program: Program, args: readonly string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(located(program), [...args], { maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
  return stdout;
}

interface AceAssertion {
  readonly 'earl:result': { readonly 'earl:outcome': string };
  readonly 'earl:test'?: { readonly 'dct:title': string };
  readonly assertions?: readonly AceAssertion[];
}

/** Runs Ace on an EPUB; returns the overall outcome and the titles of failed checks. */
export async function runAce(epub: string): Promise<{ outcome: string; violations: string[] }> {
  const ace = aceCommand();
  if (ace === undefined) throw new Error("Ace is not installed: run it only in a test that needs('Ace by DAISY')");
  const out = mkdtempSync(join(tmpdir(), 'galley-ace-'));
  try {
    await promisify(execFile)(ace, ['-f', '-s', '-o', out, epub], { env: aceEnvironment() });
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
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Time for a test running Java EPUBCheck: about 20 s alone, past the suite's two minutes on a loaded CI machine. */
export const JAVA_EPUBCHECK_TIMEOUT = 300_000;

/** Java EPUBCheck's summary line, e.g. "Messages: 0 fatals / 0 errors / 0 warnings / 0 infos". */
export async function runJavaEpubcheck(epub: string): Promise<string> {
  const epubcheck = epubcheckCommand();
  if (epubcheck === undefined) throw new Error("Java EPUBCheck is not installed: run it only in a test that needs('Java EPUBCheck')");
  const { stdout, stderr } = await promisify(execFile)(epubcheck.java, ['-jar', epubcheck.jar, epub], { encoding: 'utf8' }).catch(
    (error: { stdout: string; stderr: string }) => error,
  );
  return /Messages: .*/u.exec(`${stdout}\n${stderr}`)?.[0] ?? `${stdout}\n${stderr}`;
}

/** PDFBox Preflight's verdict on a PDF/A-1b file, e.g. "… is a valid PDF/A-1b file". */
export function runPreflight(pdf: string): string {
  const preflight = preflightCommand();
  if (preflight === undefined) throw new Error("PDFBox Preflight is not installed: run it only in a test that needs('PDFBox Preflight')");
  return execFileSync(preflight.java, ['-cp', preflight.classpath, 'org.apache.pdfbox.preflight.Validator_A1b', pdf], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}
