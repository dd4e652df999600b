// The CLI runs from a bundle compiled on first use (src/compile.mjs): reused
// while nothing it was built from changes, compiled again when a source does.
import { existsSync, readdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGalley } from '../helpers/cli.ts';

const root = new URL('../../', import.meta.url).pathname;
const cache = join(root, 'node_modules/.cache/galley');

interface Manifest {
  readonly entry: string;
  readonly build: string;
  readonly inputs: Record<string, string>;
}

const manifest = (): Manifest => JSON.parse(readFileSync(join(cache, 'manifest.json'), 'utf8')) as Manifest;

describe('the compiled bundle', () => {
  it('records what it was built from, and is reused while that is unchanged', () => {
    expect(runGalley(['--version']).status).toBe(0);
    const first = manifest();
    expect(first.build).toMatch(/^[0-9a-f]{64}$/);
    expect(existsSync(join(cache, first.entry))).toBe(true);
    expect(Object.keys(first.inputs)).toEqual(expect.arrayContaining(['src/cli.ts', 'src/pdf/layout/linebreak.ts', 'package-lock.json']));
    // Packages stand behind the lockfile, not file by file.
    expect(Object.keys(first.inputs).some((path) => path.includes('node_modules'))).toBe(false);
    expect(runGalley(['--version']).status).toBe(0);
    expect(manifest().entry).toBe(first.entry);
  });

  it('is compiled again when a source changes, with the same build id for the same contents', () => {
    expect(runGalley(['--version']).status).toBe(0);
    const before = manifest();
    const source = join(root, 'src/text.ts');
    const { atime, mtime } = statSync(source);
    utimesSync(source, atime, new Date(mtime.getTime() + 1000));
    try {
      expect(runGalley(['--version']).status).toBe(0);
      const after = manifest();
      expect(after.entry).not.toBe(before.entry);
      expect(after.build).toBe(before.build);
    } finally {
      utimesSync(source, atime, mtime);
    }
  });

  it("leaves out the parts of pdfkit Galley never calls (its line breaker, AES)", () => {
    expect(runGalley(['--version']).status).toBe(0);
    const folder = join(cache, manifest().entry, '..');
    const code = readdirSync(folder).map((name) => readFileSync(join(folder, name), 'utf8')).join('\n');
    expect(code).toContain('Galley does not wrap text with pdfkit');
    expect(code).toContain('Galley does not encrypt PDFs');
    expect(code).not.toMatch(/node_modules\/linebreak\//);
    expect(code).not.toMatch(/node_modules\/@noble\/ciphers\/esm\/aes/);
  });

  it('holds no HTTP client: a build cannot reach the network', () => {
    expect(runGalley(['--version']).status).toBe(0);
    const folder = join(cache, manifest().entry, '..');
    const code = readdirSync(folder).map((name) => readFileSync(join(folder, name), 'utf8')).join('\n');
    expect(code).toContain('Galley does not fetch over the network');
    expect(code).not.toMatch(/node_modules\/node-fetch\//);
  });
});
