// Vitest global setup: the whole run, and every CLI it starts, uses one empty
// result cache (src/cache.ts), so no test reads what an earlier run or an
// older version of Galley stored. The CLI's bundle is compiled here, once,
// rather than by many test processes starting at the same moment.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'galley-test-cache-'));
  process.env.GALLEY_CACHE_DIR = folder;
  const galley = new URL('../../src/galley.mjs', import.meta.url).pathname;
  const compiled = spawnSync(process.execPath, [galley, '--version'], { encoding: 'utf8' });
  if (compiled.status !== 0) throw new Error(`galley does not start: ${compiled.stderr}`);
  return () => rmSync(folder, { recursive: true, force: true });
}
