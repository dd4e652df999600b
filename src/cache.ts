// Content-addressed results kept between builds: equal inputs, equal outputs,
// so a build that finds its key skips the work and writes the same bytes.
// They live beside the compiled bundle (see compile.mjs), or in a per-user
// temporary folder when Galley's own folder is read-only; GALLEY_CACHE_DIR
// names another (the benchmark points it at an empty folder to time cold runs).
// Keys change with every edit and every version of Galley, so entries nobody
// has read for a month are removed, and each kind keeps at most MAX_ENTRIES.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from './util/atomic-write.mjs';

const IN_PACKAGE = fileURLToPath(new URL('../node_modules/.cache/galley/', import.meta.url));
const LOCKFILE = fileURLToPath(new URL('../package-lock.json', import.meta.url));

const DAY_MS = 24 * 3600_000;
/** An entry not read or written for this long is removed. */
const MAX_AGE_MS = 30 * DAY_MS;
/** Entries kept per kind, the most recently used first. */
const MAX_ENTRIES = 500;
/** A write's temporary file this old belongs to a build that died. */
const ABANDONED_MS = DAY_MS;

/** The cache's root for each GALLEY_CACHE_DIR seen ('' for none), null where nothing is writable. */
const roots = new Map<string, string | null>();

function cacheRoot(): string | null {
  const chosen = process.env.GALLEY_CACHE_DIR ?? '';
  let root = roots.get(chosen);
  if (root !== undefined) return root;
  root = null;
  const candidates = chosen !== '' ? [chosen] : [IN_PACKAGE, join(tmpdir(), `galley-cache-${userInfo().uid}`)];
  for (const candidate of candidates) {
    try {
      mkdirSync(candidate, { recursive: true });
      root = candidate;
      break;
    } catch {
      // not writable: try the next place
    }
  }
  roots.set(chosen, root);
  return root;
}

/** The folder for `kind` (created), or null when nowhere is writable: then nothing is cached. */
export function cacheFolder(kind: string): string | null {
  const root = cacheRoot();
  if (root === null) return null;
  const folder = join(root, kind);
  try {
    mkdirSync(folder, { recursive: true });
  } catch {
    return null;
  }
  return folder;
}

let fromSource: string | undefined;

/**
 * The version of Galley running, packages included: the hash of the sources of
 * its compiled bundle and of package-lock.json (see compile.mjs), so a changed
 * Galley or an upgraded package never reads an older one's results. Run from
 * source (the tests), the lockfile's hash alone; the tests use a cache folder of their own.
 */
function galleyBuild(): string {
  const build: unknown = (globalThis as Record<symbol, unknown>)[Symbol.for('galley.build')];
  if (typeof build === 'string') return build;
  if (fromSource === undefined) {
    try {
      fromSource = `source:${createHash('sha256').update(readFileSync(LOCKFILE)).digest('hex')}`;
    } catch {
      fromSource = 'source';
    }
  }
  return fromSource;
}

/** A key for inputs: the SHA-256 of Galley's build and of each part, in order. */
export function cacheKey(...parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256').update(galleyBuild());
  for (const part of parts) hash.update(createHash('sha256').update(part).digest());
  return hash.digest('hex');
}

/** The bytes stored under `key`, or null. A hit counts as a use: the entry's age starts again. */
export function readCached(kind: string, key: string): Buffer | null {
  const folder = cacheFolder(kind);
  if (folder === null) return null;
  const file = join(folder, key);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // removed meanwhile, or read-only: it only ages sooner
  }
  return bytes;
}

/** Stores `bytes` under `key`: written whole, then renamed, so a parallel build never reads half a file. */
export function writeCached(kind: string, key: string, bytes: string | Uint8Array): void {
  const folder = cacheFolder(kind);
  if (folder === null) return;
  try {
    writeFileAtomic(join(folder, key), bytes);
  } catch {
    // a full disk or a vanished folder costs only the cache
  }
  prune(folder);
}

/** Folders this process has pruned already: once per build is enough. */
const pruned = new Set<string>();

/** Removes the entries of a kind's folder that are too old or too many, and abandoned temporary files. */
function prune(folder: string): void {
  if (pruned.has(folder)) return;
  pruned.add(folder);
  const now = Date.now();
  const entries: { readonly name: string; readonly used: number }[] = [];
  const stale: string[] = [];
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    let used: number;
    try {
      used = statSync(join(folder, name)).mtimeMs;
    } catch {
      continue; // removed meanwhile
    }
    if (name.endsWith('.tmp')) {
      if (now - used > ABANDONED_MS) stale.push(name);
    } else if (now - used > MAX_AGE_MS) {
      stale.push(name);
    } else {
      entries.push({ name, used });
    }
  }
  entries.sort((a, b) => b.used - a.used);
  for (const name of [...stale, ...entries.slice(MAX_ENTRIES).map((entry) => entry.name)]) {
    try {
      rmSync(join(folder, name), { force: true });
    } catch {
      // not ours to remove after all (a folder, or read-only)
    }
  }
}
