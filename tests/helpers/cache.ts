// A result cache (src/cache.ts) of its own, empty to start with, for a test
// file or for each of its tests; the run's own is put back after. The cache
// reads GALLEY_CACHE_DIR on every use, so the switch takes effect at once.
import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { temporaryDir } from './cli.ts';

/** Registers the hooks; the returned function gives the current folder. */
export function ownCacheFolder(scope: 'file' | 'each', prefix = 'galley-test-cache-'): () => string {
  const [before, after] = scope === 'file' ? [beforeAll, afterAll] : [beforeEach, afterEach];
  let folder = '';
  let previous: string | undefined;
  before(() => {
    previous = process.env.GALLEY_CACHE_DIR;
    folder = temporaryDir(prefix);
    process.env.GALLEY_CACHE_DIR = folder;
  });
  after(() => {
    if (previous === undefined) delete process.env.GALLEY_CACHE_DIR;
    else process.env.GALLEY_CACHE_DIR = previous;
    rmSync(folder, { recursive: true, force: true });
  });
  return () => folder;
}
