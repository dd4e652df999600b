// Vitest global setup: the whole run, and every CLI it starts, uses one empty
// result cache (src/cache.ts), so no test reads what an earlier run or an
// older version of Galley stored.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'galley-test-cache-'));
  process.env.GALLEY_CACHE_DIR = folder;
  return () => rmSync(folder, { recursive: true, force: true });
}
