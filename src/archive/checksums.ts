// DIR/SHA256SUMS in the format `sha256sum -c` reads: one `<hex>  <name>` line
// per file, names relative to the folder, sorted. Files listed by an earlier
// build that still exist stay listed (re-hashed), so building manuscripts one
// at a time into the same folder lists them all.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { writeFileAtomic } from '../util/atomic-write.mjs';

export const CHECKSUMS_FILE = 'SHA256SUMS';

const LINE = /^([0-9a-f]{64}) [ *](.+)$/u;

export interface ChecksumEntry {
  readonly sha256: string;
  readonly name: string;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The entries of a SHA256SUMS text; lines that are not entries are left out. */
export function parseChecksums(text: string): ChecksumEntry[] {
  return text.split('\n').flatMap((line) => {
    const match = LINE.exec(line.trimEnd());
    return match?.[1] !== undefined && match[2] !== undefined ? [{ sha256: match[1], name: match[2] }] : [];
  });
}

export function formatChecksums(entries: readonly ChecksumEntry[]): string {
  return entries.map((e) => `${e.sha256}  ${e.name}\n`).join('');
}

/** Rewrites DIR/SHA256SUMS to list `written` (paths inside `dir`) and what it listed before. Returns its path. */
export async function updateChecksums(dir: string, written: readonly string[]): Promise<string> {
  const target = join(dir, CHECKSUMS_FILE);
  const before = existsSync(target) ? parseChecksums(readFileSync(target, 'utf8')).map((e) => e.name) : [];
  const names = new Set([...before, ...written.map((file) => relative(dir, file))]);
  names.delete(CHECKSUMS_FILE);
  const entries: ChecksumEntry[] = [];
  for (const name of [...names].sort()) {
    const file = join(dir, name);
    if (existsSync(file) && basename(file) !== CHECKSUMS_FILE) entries.push({ sha256: sha256(await readFile(file)), name });
  }
  writeFileAtomic(target, formatChecksums(entries));
  return target;
}
