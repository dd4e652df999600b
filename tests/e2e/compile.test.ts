// The CLI runs from a bundle compiled on first use (src/compile.mjs): reused
// while nothing it was built from changes, compiled again when a source does.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { runGalley, temporaryDir } from '../helpers/cli.ts';

const root = new URL('../../', import.meta.url).pathname;
const cache = join(root, 'node_modules/.cache/galley');

interface Manifest {
  readonly entry: string;
  readonly build: string;
  readonly inputs: Record<string, string>;
}

const manifest = (): Manifest => JSON.parse(readFileSync(join(cache, 'manifest.json'), 'utf8')) as Manifest;

/** Runs Galley once after `src/text.ts` is touched `seconds` later than `mtime`: a new bundle replaces the current one. */
function recompile(source: string, atime: Date, mtime: Date, seconds: number): void {
  utimesSync(source, atime, new Date(mtime.getTime() + seconds * 1000));
  expect(runGalley(['--version']).status).toBe(0);
}

const hoursAgo = (hours: number): Date => new Date(Date.now() - hours * 3600_000);

describe('the compiled bundle', () => {
  it('records what it was built from, and is reused while that is unchanged', () => {
    expect(runGalley(['--version']).status).toBe(0);
    const first = manifest();
    expect(first.build).toMatch(/^[0-9a-f]{64}$/);
    expect(existsSync(join(cache, first.entry))).toBe(true);
    expect(Object.keys(first.inputs)).toEqual(expect.arrayContaining(['src/cli.ts', 'src/pdf/layout/linebreak.ts', 'package-lock.json']));
    // A patched package changes with its patch, which the lockfile does not show.
    expect(Object.keys(first.inputs)).toEqual(expect.arrayContaining(['patches/fontkit+2.0.4.patch']));
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

  it('keeps a replaced bundle while a process still runs from it, and removes it once that process has gone', async () => {
    expect(runGalley(['--version']).status).toBe(0);
    const bundle = dirname(join(cache, manifest().entry));
    const dir = temporaryDir('galley-compile-');
    writeFileSync(join(dir, 'watched.md'), '---\ntitle: Watched\n---\n\nText.\n');
    const watcher = spawn(process.execPath, [join(root, 'src/galley.mjs'), 'watch', join(dir, 'watched.md'), '--out', join(dir, 'out')], { stdio: 'ignore' });
    const mark = join(bundle, 'in-use', String(watcher.pid));
    for (let i = 0; i < 100 && !existsSync(mark); i += 1) await sleep(100);
    expect(existsSync(mark)).toBe(true);
    const source = join(root, 'src/text.ts');
    const { atime, mtime } = statSync(source);
    try {
      utimesSync(bundle, hoursAgo(2), hoursAgo(2));
      recompile(source, atime, mtime, 1);
      expect(existsSync(join(bundle, 'cli.mjs'))).toBe(true);
      // Killed, it leaves its mark behind; the next clean-up sees no such process.
      const exited = new Promise((resolve) => watcher.once('exit', resolve));
      watcher.kill('SIGKILL');
      await exited;
      utimesSync(bundle, hoursAgo(2), hoursAgo(2));
      recompile(source, atime, mtime, 2);
      expect(existsSync(bundle)).toBe(false);
    } finally {
      watcher.kill('SIGKILL');
      utimesSync(source, atime, mtime);
    }
  });

  it("leaves out the parts of pdfkit Galley never calls (its line breaker, AES)", () => {
    expect(runGalley(['--version']).status).toBe(0);
    const folder = join(cache, manifest().entry, '..');
    const code = readdirSync(folder).filter((name) => name.endsWith('.mjs')).map((name) => readFileSync(join(folder, name), 'utf8')).join('\n');
    expect(code).toContain('Galley does not wrap text with pdfkit');
    expect(code).toContain('Galley does not encrypt PDFs');
    expect(code).not.toMatch(/node_modules\/linebreak\//);
    expect(code).not.toMatch(/node_modules\/@noble\/ciphers\/esm\/aes/);
  });

  it('holds no HTTP client: a build cannot reach the network', () => {
    expect(runGalley(['--version']).status).toBe(0);
    const folder = join(cache, manifest().entry, '..');
    const code = readdirSync(folder).filter((name) => name.endsWith('.mjs')).map((name) => readFileSync(join(folder, name), 'utf8')).join('\n');
    expect(code).toContain('Galley does not fetch over the network');
    expect(code).not.toMatch(/node_modules\/node-fetch\//);
  });
});
