// The result cache (src/cache.ts) stays bounded: keys change with every edit and
// every version of Galley, so what nobody uses any more must go, while what a
// build reads stays.
import { existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCached, writeCached } from '../src/cache.ts';
import { ownCacheFolder } from './helpers/cache.ts';

const DAY_MS = 24 * 3600_000;
// A folder of its own for each test: each process prunes a folder once.
const root = ownCacheFolder('each', 'galley-cache-prune-');

/** An entry written straight into the kind's folder, last used `daysAgo` days ago. */
function entry(kind: string, name: string, daysAgo: number): string {
  mkdirSync(join(root(), kind), { recursive: true });
  const file = join(root(), kind, name);
  writeFileSync(file, name);
  const when = new Date(Date.now() - daysAgo * DAY_MS);
  utimesSync(file, when, when);
  return file;
}

describe('the result cache', () => {
  it('removes entries unused for a month when it writes, and keeps the rest', () => {
    const old = entry('kind', 'old', 31);
    const recent = entry('kind', 'recent', 29);
    const abandoned = entry('kind', 'new.123.tmp', 2);
    const writing = entry('kind', 'other.456.tmp', 0);
    writeCached('kind', 'written', 'y');
    expect(existsSync(old)).toBe(false);
    expect(existsSync(abandoned)).toBe(false);
    expect(existsSync(recent)).toBe(true);
    expect(existsSync(writing)).toBe(true);
    expect(readCached('kind', 'written')?.toString()).toBe('y');
  });

  it('counts a read as a use', () => {
    const read = entry('kind', 'read', 29);
    expect(readCached('kind', 'read')?.toString()).toBe('read');
    expect(Date.now() - statSync(read).mtimeMs).toBeLessThan(DAY_MS);
  });

  it('keeps at most 500 entries of a kind, the most recently used', () => {
    for (let i = 0; i < 505; i++) entry('kind', `entry-${String(i).padStart(3, '0')}`, 1 + i / 100);
    writeCached('kind', 'newest', 'y');
    const left = readdirSync(join(root(), 'kind'));
    expect(left).toHaveLength(500);
    // 506 entries: the six used longest ago are gone.
    for (const kept of ['newest', 'entry-000', 'entry-498']) expect(left).toContain(kept);
    for (const gone of ['entry-499', 'entry-504']) expect(left).not.toContain(gone);
  });
});
