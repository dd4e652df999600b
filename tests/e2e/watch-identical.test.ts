// A watch keeps the theme, fonts, shaped text and broken paragraphs between
// rebuilds: what it writes after one-word edits must be, byte for byte, what a
// fresh `galley build` of the same text writes (same SOURCE_DATE_EPOCH, its
// own empty cache), PDF and EPUB alike.
import { spawn } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { runGalley, temporaryDir } from '../helpers/cli.ts';

const root = new URL('../../', import.meta.url).pathname;
const galley = join(root, 'src/galley.mjs');
const article = readFileSync(join(root, 'manuscript/article.md'), 'utf8');
const EPOCH = '1700000000';
const dir = temporaryDir('galley-watch-identical-');
const file = join(dir, 'article.md');
const out = join(dir, 'out');
copyFileSync(join(root, 'manuscript/sources.yaml'), join(dir, 'sources.yaml'));
writeFileSync(file, article);
const child = spawn(process.execPath, [galley, 'watch', file, '--out', out], { env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH } });
let output = '';
child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
afterAll(() => {
  child.kill('SIGTERM');
});

async function built(count: number): Promise<void> {
  const deadline = Date.now() + 90_000;
  while ((output.match(/built .*article\.md in \d+ ms/gu) ?? []).length < count) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`watch never built ${count}×; it printed:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test("a rebuild after one-word edits writes the same bytes as a fresh build", async () => {
  await built(1);
  expect(article).toContain('increasing numbers');
  // Two edits in the same paragraph and one elsewhere, so kept work is reused, not just repeated.
  const edits = [
    article.replace('increasing numbers', 'growing numbers'),
    article.replace('increasing numbers', 'rising numbers'),
    article.replace('increasing numbers', 'rising numbers').replace('North Korean troops are dying', 'North Korean soldiers are dying'),
  ];
  for (const [i, text] of edits.entries()) {
    // Apart in time, so each save is its own rebuild.
    await new Promise((resolve) => setTimeout(resolve, 300));
    writeFileSync(file, text);
    await built(i + 2);
  }
  expect(output).not.toMatch(/has errors|internal error/u);

  const fresh = join(dir, 'fresh');
  const run = runGalley(['build', file, '--out', fresh], { SOURCE_DATE_EPOCH: EPOCH, GALLEY_CACHE_DIR: temporaryDir('galley-watch-cold-cache-') });
  expect(run.status, run.stderr).toBe(0);
  for (const name of ['article.pdf', 'article.epub']) {
    const watched = readFileSync(join(out, name));
    expect(watched.length).toBeGreaterThan(1000);
    expect(watched.equals(readFileSync(join(fresh, name))), `${name} differs from a fresh build`).toBe(true);
  }
  // The edit is in what the watch wrote.
  expect(readFileSync(file, 'utf8')).toContain('North Korean soldiers are dying');
}, 240_000);
