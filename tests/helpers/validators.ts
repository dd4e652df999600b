// External validators (Java EPUBCheck, Ace, PDFBox Preflight, qpdf, poppler).
// CI sets GALLEY_REQUIRE_VALIDATORS=1, and there a missing validator fails the
// test; on a bare machine the test is skipped and says so.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { test } from 'vitest';

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
