// The three EPUB validators as tests, for an end-to-end test that built an
// EPUB: the TypeScript port of EPUBCheck (always run), Java EPUBCheck and Ace
// by DAISY (through external.ts: skipped with a reason where missing, failed
// where CI requires them). Each expects nothing to report.
import { readFileSync } from 'node:fs';
import { EpubCheck } from '@likecoin/epubcheck-ts';
import { expect, test } from 'vitest';
import { JAVA_EPUBCHECK_TIMEOUT, runAce, runJavaEpubcheck, testWith } from './external.ts';

/** Registers the validators' tests for the EPUB at `epubPath()` (read when they run). */
export function epubValidatorTests(epubPath: () => string): void {
  test('EPUBCheck (the TypeScript port) reports nothing', async () => {
    const result = await EpubCheck.validate(new Uint8Array(readFileSync(epubPath())));
    const problems = result.messages.filter((m) => m.severity !== 'usage' && m.severity !== 'info');
    expect(problems.map((m) => `${m.severity} ${m.id} ${m.location?.path ?? ''}: ${m.message}`)).toEqual([]);
  });

  testWith(
    'Java EPUBCheck',
    'Java EPUBCheck: 0 errors, 0 warnings',
    async () => {
      expect(await runJavaEpubcheck(epubPath())).toMatch(/Messages: 0 fatals \/ 0 errors \/ 0 warnings/u);
    },
    JAVA_EPUBCHECK_TIMEOUT,
  );

  testWith(
    'Ace by DAISY',
    'Ace by DAISY: 0 violations',
    async () => {
      const { outcome, violations } = await runAce(epubPath());
      expect(violations).toEqual([]);
      expect(outcome).toBe('pass');
    },
    180_000,
  );
}
