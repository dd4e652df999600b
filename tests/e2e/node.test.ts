// Galley on the Node that runs the tests (.ci/run runs this file on Node 20, 22
// and 24): a clean build prints nothing on stderr, where a V8 flag that Node's
// V8 lacks would print "Error: unrecognized flag" on every run.
import { readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { runGalley, temporaryDir } from '../helpers/cli.ts';

test(`on Node ${process.version}, building the article prints nothing on stderr`, () => {
  const out = temporaryDir();
  const run = runGalley(['build', 'manuscript/article.md', '--out', out]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(readdirSync(out).sort()).toEqual(['article.epub', 'article.pdf']);
});

test(`on Node ${process.version}, --version prints only the version`, () => {
  const run = runGalley(['--version']);
  expect(run.stderr).toBe('');
  expect(run.stdout).toMatch(/^galley \d+\.\d+\.\d+\n$/u);
});
