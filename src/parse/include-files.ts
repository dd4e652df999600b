// mdBook's included files read from disk by the rules images follow
// (local-file.ts), each recorded once to be embedded beside the manuscript.
import { readFileSync, statSync } from 'node:fs';
import type { IncludedFile } from '../document.ts';
import { findLocalFile, type FilePlaces } from './local-file.ts';
import type { IncludeReader } from './mdbook-includes.ts';

/** Larger than any listing; a manuscript naming a disk image or a log is told so rather than read. */
const MAX_BYTES = 2 * 1024 * 1024;

export function diskIncludes(places: FilePlaces, record: IncludedFile[]): IncludeReader {
  return (name) => {
    const found = findLocalFile(places, name, name, 'included file');
    if ('error' in found) return found;
    if (statSync(found.path).size > MAX_BYTES) return { error: `included file "${name}" is over ${MAX_BYTES / 1024 / 1024} MB, too large for a listing` };
    const bytes = readFileSync(found.path);
    if (bytes.includes(0)) return { error: `included file "${name}" is not text` };
    const text = bytes.toString('utf8');
    if (!record.some((file) => file.name === name)) record.push({ name, text });
    return { text };
  };
}

/** Files embedded beside a manuscript, read back by name (`galley check`); only a file named is decoded. */
export function embeddedIncludes(files: ReadonlyMap<string, Uint8Array>): IncludeReader {
  return (name) => {
    const bytes = files.get(name);
    return bytes === undefined ? { error: `included file "${name}" is not embedded beside the manuscript` } : { text: Buffer.from(bytes).toString('utf8') };
  };
}
