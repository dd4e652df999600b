// Start-up time is measured: citeproc, the style and the locales load only
// when a manuscript cites something, and citeproc only when its result is not
// in the cache. Checked in a fresh process, whose module cache nothing else
// has touched, with a cache folder of the test's own.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BOOK } from '../helpers/cite.ts';

const PARSER = new URL('../../src/parse/index.ts', import.meta.url).href;
const cacheDir = mkdtempSync(join(tmpdir(), 'galley-lazy-'));

afterAll(() => {
  rmSync(cacheDir, { recursive: true, force: true });
});

/** Which citation modules a fresh process has loaded after parsing `body`. */
function loadedAfterParsing(body: string): { document: boolean; citeproc: boolean; style: boolean; locales: boolean } {
  const script = `
    import { createRequire } from 'node:module';
    import { parseManuscript } from ${JSON.stringify(PARSER)};
    const result = parseManuscript(${JSON.stringify(BOOK)}, Buffer.from(${JSON.stringify(`---\ntitle: T\nbibliography: sources.yaml\n---\n\n${body}\n`)}));
    const loaded = Object.keys(createRequire(import.meta.url).cache);
    const has = (part) => loaded.some((path) => path.includes(part));
    console.log(JSON.stringify({ document: result.document !== null, citeproc: has('/citeproc/'), style: has('/csl-style-'), locales: has('/plugin-csl/') }));
  `;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: { ...process.env, GALLEY_CACHE_DIR: cacheDir },
  });
  return JSON.parse(out) as ReturnType<typeof loadedAfterParsing>;
}

describe('lazy loading', () => {
  it('loads no CSL machinery for a manuscript that cites nothing, even with a bibliography', () => {
    expect(loadedAfterParsing('No citation here; mail a@b.com.')).toEqual({ document: true, citeproc: false, style: false, locales: false });
  });

  it('loads citeproc, the style and the locales once something is cited', () => {
    expect(loadedAfterParsing('A [@doe], [@ames], [@zed:2019].')).toEqual({ document: true, citeproc: true, style: true, locales: true });
  });

  it('does not load citeproc when the same citations were rendered before', () => {
    const body = 'B [@doe, p. 2], [@ames].';
    expect(loadedAfterParsing(body)).toEqual({ document: true, citeproc: true, style: true, locales: true });
    expect(loadedAfterParsing(body)).toEqual({ document: true, citeproc: false, style: true, locales: true });
    expect(loadedAfterParsing(`${body} C [@zed:2019].`)).toEqual({ document: true, citeproc: true, style: true, locales: true });
  });
});
