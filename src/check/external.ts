// Validators nobody here wrote, run when installed: qpdf, Apache PDFBox
// Preflight (PDF/A-1b), Java EPUBCheck and Ace by DAISY. A missing one is a
// skipped check that says what to install, never a silent pass; where
// GALLEY_REQUIRE_VALIDATORS=1 (CI), a failed one.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { which } from '../util/which.ts';
import type { CheckResult } from './types.ts';
import { result } from './types.ts';

interface Run {
  readonly code: number | null;
  readonly output: string;
  readonly failed?: string;
}

function run(command: string, args: readonly string[], timeout: number, env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, [...args], { timeout, env, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      const output = `${stdout}\n${stderr}`;
      if (error === null) return resolve({ code: 0, output });
      const code = typeof error.code === 'number' ? error.code : null;
      resolve(code === null ? { code, output, failed: error.killed ? `timed out after ${timeout / 1000} s` : error.message } : { code, output });
    });
  });
}

/** A validator that is not installed: skipped, or failed where validators are required. */
function missing(id: string, title: string, what: string): CheckResult {
  const required = process.env.GALLEY_REQUIRE_VALIDATORS === '1';
  return result(id, title, required ? 'fail' : 'skip', `not run: ${what}${required ? ', and GALLEY_REQUIRE_VALIDATORS=1 requires it' : ''}`);
}

// Debian's libpdfbox2-java, libactivation-java and libjaxb-api-java, and what they need.
const PDFBOX_JARS = ['preflight', 'pdfbox2', 'fontbox2', 'xmpbox', 'commons-logging', 'javax.activation', 'jaxb-api'].map(
  (name) => `/usr/share/java/${name}.jar`,
);

/** Java and PDFBox Preflight's classpath (GALLEY_PDFBOX_CLASSPATH, else Debian's jars), if both are there. */
export function preflightCommand(): { readonly java: string; readonly classpath: string } | undefined {
  const java = which('java');
  const configured = process.env.GALLEY_PDFBOX_CLASSPATH;
  const classpath = configured !== undefined && configured !== '' ? configured : PDFBOX_JARS.every((jar) => existsSync(jar)) ? PDFBOX_JARS.join(delimiter) : undefined;
  return java === undefined || classpath === undefined ? undefined : { java, classpath };
}

/** Java and EPUBCheck's jar (GALLEY_EPUBCHECK, else Debian's), if both are there. */
export function epubcheckCommand(): { readonly java: string; readonly jar: string } | undefined {
  const java = which('java');
  const jar = [process.env.GALLEY_EPUBCHECK, '/usr/share/java/epubcheck.jar'].find((p): p is string => p !== undefined && p !== '' && existsSync(p));
  return java === undefined || jar === undefined ? undefined : { java, jar };
}

/** Ace by DAISY's CLI: GALLEY_ACE names it, else `ace-puppeteer` or `ace` on PATH. */
export function aceCommand(): string | undefined {
  const configured = process.env.GALLEY_ACE;
  if (configured !== undefined && configured !== '') return which(configured);
  return which('ace-puppeteer') ?? which('ace');
}

/** Ace's environment: its Puppeteer drives the Chromium on PATH unless told otherwise. */
export function aceEnvironment(): NodeJS.ProcessEnv {
  const chromium = which('chromium') ?? which('chromium-browser');
  const configured = process.env.PUPPETEER_EXECUTABLE_PATH;
  return configured === undefined && chromium !== undefined ? { ...process.env, PUPPETEER_EXECUTABLE_PATH: chromium } : { ...process.env };
}

export async function runQpdf(path: string): Promise<CheckResult> {
  const title = 'qpdf --check';
  const qpdf = which('qpdf');
  if (qpdf === undefined) return missing('pdf.qpdf', title, 'qpdf is not installed (Debian: qpdf)');
  const { code, output, failed } = await run(qpdf, ['--check', path], 120_000);
  const lines = output.split('\n').filter((l) => /^(WARNING|ERROR|qpdf:)/u.test(l.trim())).slice(0, 20);
  if (failed !== undefined) return result('pdf.qpdf', title, 'fail', `qpdf could not run: ${failed}`);
  if (code === 0) return result('pdf.qpdf', title, 'pass', 'no syntax or stream encoding errors');
  if (code === 3) return result('pdf.qpdf', title, 'warn', 'warnings', lines);
  return result('pdf.qpdf', title, 'fail', 'errors in the file structure', lines);
}

/** PDFBox Preflight validates PDF/A-1b only: other files are not given to it. */
export async function runPreflight(path: string, claim: { part: number; conformance: string } | null): Promise<CheckResult> {
  const title = 'PDFBox Preflight (PDF/A-1b)';
  if (claim === null || claim.part !== 1) {
    const what = claim === null ? 'the file claims no PDF/A conformance' : `the file claims PDF/A-${claim.part}${claim.conformance.toLowerCase()}`;
    return result('pdf.preflight', title, 'skip', `not run: Preflight validates PDF/A-1b only, and ${what}`);
  }
  const preflight = preflightCommand();
  if (preflight === undefined) {
    return missing('pdf.preflight', title, 'Java or PDFBox Preflight is not installed (Debian: default-jre-headless libpdfbox2-java libactivation-java libjaxb-api-java)');
  }
  const { output, failed } = await run(preflight.java, ['-cp', preflight.classpath, 'org.apache.pdfbox.preflight.Validator_A1b', path], 300_000);
  if (failed !== undefined) return result('pdf.preflight', title, 'fail', `Preflight could not run: ${failed}`);
  if (/is a valid PDF\/A-1b file/u.test(output)) return result('pdf.preflight', title, 'pass', 'valid PDF/A-1b');
  const errors = [...new Set(output.split('\n').filter((l) => /^\s*\d+(\.\d+)+\s*:/u.test(l)).map((l) => l.trim()))];
  return result('pdf.preflight', title, 'fail', 'not a valid PDF/A-1b file', errors.length > 0 ? errors.slice(0, 30) : [output.trim().slice(0, 500)]);
}

export async function runEpubcheck(path: string): Promise<CheckResult> {
  const title = 'Java EPUBCheck';
  const epubcheck = epubcheckCommand();
  if (epubcheck === undefined) return missing('epub.epubcheck', title, 'Java EPUBCheck is not installed (Debian: default-jre-headless epubcheck)');
  const { output, failed } = await run(epubcheck.java, ['-jar', epubcheck.jar, path], 300_000);
  if (failed !== undefined && !/Messages:/u.test(output)) return result('epub.epubcheck', title, 'fail', `EPUBCheck could not run: ${failed}`);
  const counts = /Messages:\s*(\d+) fatals? \/ (\d+) errors? \/ (\d+) warnings?/u.exec(output);
  const messages = output.split('\n').filter((l) => /^(FATAL|ERROR|WARNING)\(/u.test(l)).slice(0, 30);
  if (counts === null) {
    return /No errors or warnings detected/u.test(output)
      ? result('epub.epubcheck', title, 'pass', '0 errors, 0 warnings')
      : result('epub.epubcheck', title, 'fail', 'unexpected EPUBCheck output', [output.trim().slice(0, 500)]);
  }
  const [fatals, errors, warnings] = [Number(counts[1]), Number(counts[2]), Number(counts[3])];
  const summary = `${fatals} fatal(s), ${errors} error(s), ${warnings} warning(s)`;
  if (fatals + errors > 0) return result('epub.epubcheck', title, 'fail', summary, messages);
  return result('epub.epubcheck', title, warnings > 0 ? 'warn' : 'pass', summary, messages);
}

interface AceAssertion {
  readonly 'earl:result': { readonly 'earl:outcome': string };
  readonly 'earl:test'?: { readonly 'dct:title'?: string };
  readonly assertions?: readonly AceAssertion[];
}

export async function runAce(path: string): Promise<CheckResult> {
  const title = 'Ace by DAISY (accessibility)';
  const ace = aceCommand();
  if (ace === undefined) return missing('epub.ace', title, 'Ace is not installed (npm @daisy/ace; point GALLEY_ACE at its ace-puppeteer)');
  const out = mkdtempSync(join(tmpdir(), 'galley-check-ace-'));
  try {
    const { failed } = await run(ace, ['-f', '-s', '-o', out, path], 600_000, aceEnvironment());
    const reportFile = join(out, 'report.json');
    if (!existsSync(reportFile)) return result('epub.ace', title, 'fail', `Ace wrote no report${failed !== undefined ? `: ${failed}` : ''}`);
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { 'earl:result': { 'earl:outcome': string }; assertions: AceAssertion[] };
    const violations = report.assertions
      .flatMap((doc) => doc.assertions ?? [])
      .filter((a) => a['earl:result']['earl:outcome'] === 'fail')
      .map((a) => a['earl:test']?.['dct:title'] ?? 'untitled');
    const outcome = report['earl:result']['earl:outcome'];
    if (outcome === 'pass' && violations.length === 0) return result('epub.ace', title, 'pass', 'no accessibility violations');
    return result('epub.ace', title, 'fail', `${violations.length} violation(s)`, [...new Set(violations)]);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
