// Runs the real `galley` command in a child process, as a user would.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const galley = new URL('../../src/galley.mjs', import.meta.url).pathname;

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runGalley(args: readonly string[], env: Record<string, string> = {}, cwd?: string): CliRun {
  const result = spawnSync(process.execPath, [galley, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    ...(cwd !== undefined ? { cwd } : {}),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function temporaryDir(prefix = 'galley-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** `../shared/` beside the repository: the seed and the corpora (present in CI too). */
export function sharedPath(relative: string): string {
  return new URL(`../../../shared/${relative}`, import.meta.url).pathname;
}
