// The one atomic write (src/util/atomic-write.mjs): a reader sees the old file
// or the new one, never half of one, and a failed or discarded write leaves
// nothing behind.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stageFile, writeFileAtomic } from '../../src/util/atomic-write.mjs';

const folder = (): string => mkdtempSync(join(tmpdir(), 'galley-atomic-'));

describe('writeFileAtomic', () => {
  it('creates the folder, writes the file whole and leaves no temporary file', () => {
    const dir = folder();
    const target = join(dir, 'deep', 'er', 'out.pdf');
    writeFileAtomic(target, 'new bytes');
    expect(readFileSync(target, 'utf8')).toBe('new bytes');
    expect(readdirSync(join(dir, 'deep', 'er'))).toEqual(['out.pdf']);
  });

  it('leaves what was at the target, and no temporary file, when the write fails', () => {
    const dir = folder();
    // A folder that is not empty cannot be renamed over.
    mkdirSync(join(dir, 'taken'));
    writeFileSync(join(dir, 'taken', 'kept.txt'), 'kept');
    expect(() => writeFileAtomic(join(dir, 'taken'), 'x')).toThrow();
    expect(readdirSync(dir)).toEqual(['taken']);
    expect(readFileSync(join(dir, 'taken', 'kept.txt'), 'utf8')).toBe('kept');
  });
});

describe('stageFile', () => {
  it('keeps the old file until commit, then replaces it', () => {
    const dir = folder();
    const target = join(dir, 'book.epub');
    writeFileSync(target, 'old');
    const staged = stageFile(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('old');
    staged.commit();
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['book.epub']);
  });

  it('discard leaves the old file and no temporary one', () => {
    const dir = folder();
    const target = join(dir, 'book.epub');
    writeFileSync(target, 'old');
    stageFile(target, 'new').discard();
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['book.epub']);
  });
});
