// `galley watch`: builds at once, rebuilds after an edit, survives a broken
// save (keeping the last good PDF, reporting the error where it is) and
// rebuilds once the manuscript is fixed.
import { spawn } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { temporaryDir } from '../helpers/cli.ts';
import { BROKEN, manuscript } from '../helpers/collection.ts';

const galley = new URL('../../src/galley.mjs', import.meta.url).pathname;
const dir = temporaryDir('galley-watch-');
const file = join(dir, 'article.md');
const out = join(dir, 'out');
writeFileSync(file, manuscript(1));
const child = spawn(process.execPath, [galley, 'watch', file, '--out', out, '--format', 'pdf'], { env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' } });
let output = '';
child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
afterAll(() => {
  child.kill('SIGTERM');
});

/** Waits until the watcher's output has matched `pattern` `count` times. */
async function seen(pattern: RegExp, count: number): Promise<void> {
  const deadline = Date.now() + 90_000;
  while ((output.match(new RegExp(pattern.source, 'gu')) ?? []).length < count) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`watch never printed ${pattern} ${count}×; it printed:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test('rebuilds on save, keeps the last good PDF through a broken save, rebuilds when fixed, and ignores files it never reads', async () => {
  await seen(/watching /u, 1);
  await seen(/built .*article\.md in \d+ ms \(1 pages\)/u, 1);
  const pdf = join(out, 'article.pdf');
  const first = readFileSync(pdf);

  writeFileSync(file, manuscript(1).replace('Paragraph', 'Another paragraph'));
  await seen(/built .*article\.md in \d+ ms/u, 2);
  const second = readFileSync(pdf);
  expect(second.equals(first)).toBe(false);

  writeFileSync(file, BROKEN);
  await seen(/article\.md has errors; the last good outputs are kept/u, 1);
  expect(output).toMatch(/article\.md:2:\d+: error: front matter is not valid YAML/u);
  expect(readFileSync(pdf).equals(second)).toBe(true);
  expect(child.exitCode).toBeNull();

  writeFileSync(file, manuscript(1));
  await seen(/built .*article\.md in \d+ ms/u, 3);
  expect(readFileSync(pdf).equals(first)).toBe(true);
  expect(statSync(pdf).size).toBeGreaterThan(1000);

  // A log beside the manuscript (`galley watch article.md > build.log`) starts no build; an image does.
  for (let i = 0; i < 5; i += 1) {
    writeFileSync(join(dir, 'build.log'), `line ${i}\n`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect((output.match(/built .*article\.md in \d+ ms/gu) ?? []).length).toBe(3);
  writeFileSync(join(dir, 'figure.png'), '');
  await seen(/built .*article\.md in \d+ ms/u, 4);
}, 180_000);
