// The batch manifest, DIR/.galley-manifest.json: for every manuscript built
// into DIR, the digest of what its outputs were made from, the files it read
// and the outputs it wrote, so that a rerun rebuilds only what changed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../util/atomic-write.mjs';
import type { About } from './worker.ts';

export const MANIFEST_FILE = '.galley-manifest.json';

export interface ManifestEntry {
  readonly digest: string;
  readonly dependencies: readonly string[];
  readonly outputs: readonly string[];
  readonly about: About;
}

export type Manifest = Map<string, ManifestEntry>;

/** The manifest in `dir`, empty when there is none or it cannot be read (then everything is built). */
export function readManifest(dir: string): Manifest {
  try {
    const data = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as { version?: number; entries?: Record<string, ManifestEntry> };
    if (data.version !== 1 || data.entries === undefined) return new Map();
    return new Map(Object.entries(data.entries));
  } catch {
    return new Map();
  }
}

export async function writeManifest(dir: string, manifest: Manifest): Promise<void> {
  const entries = Object.fromEntries([...manifest].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  writeFileAtomic(join(dir, MANIFEST_FILE), `${JSON.stringify({ version: 1, entries }, null, 1)}\n`);
}
