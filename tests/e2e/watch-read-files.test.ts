// `galley watch` follows the files the manuscript reads wherever they lie: a
// listing read in by `{{#include}}` from a subfolder (a `.rs` file, a kind the
// manuscript folder's watcher ignores) and a bibliography in the folder
// above. A save to either rebuilds; a file beside them that the build never
// read does not.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { temporaryDir } from '../helpers/cli.ts';
import { readPdf } from '../helpers/read-pdf.ts';

const galley = new URL('../../src/galley.mjs', import.meta.url).pathname;
const root = temporaryDir('galley-watch-read-');
const dir = join(root, 'book');
mkdirSync(join(dir, 'code'), { recursive: true });
const file = join(dir, 'chapter.md');
const listing = join(dir, 'code', 'main.rs');
const bibliography = join(root, 'refs.bib');
writeFileSync(listing, 'fn main() { println!("first"); }\n');
writeFileSync(bibliography, '@book{knuth, author = {Knuth, Donald}, title = {The TeXbook}, year = {1984}}\n');
writeFileSync(file, '---\ntitle: Watched\nbibliography: ../refs.bib\n---\n\nAs @knuth shows:\n\n```rust\n{{#include code/main.rs}}\n```\n');
const out = join(root, 'out');
const child = spawn(process.execPath, [galley, 'watch', file, '--out', out, '--format', 'pdf'], { cwd: dir, env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' } });
let output = '';
child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
afterAll(() => {
  child.kill('SIGTERM');
});

const builds = (): number => (output.match(/built .*chapter\.md in \d+ ms/gu) ?? []).length;

async function seenBuilds(count: number): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (builds() < count) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`watch never built ${count}×; it printed:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function text(): Promise<string> {
  const { pages } = await readPdf(readFileSync(join(out, 'chapter.pdf')));
  return pages.map((page) => page.text).join(' ');
}

test('a save to an included listing in a subfolder or to a bibliography in the folder above rebuilds; an unread file beside them does not', async () => {
  await seenBuilds(1);
  expect(await text()).toContain('println!("first")');
  expect(await text()).toContain('Knuth');

  writeFileSync(listing, 'fn main() { println!("second"); }\n');
  await seenBuilds(2);
  expect(await text()).toContain('println!("second")');

  writeFileSync(bibliography, '@book{knuth, author = {Lamport, Leslie}, title = {LaTeX}, year = {1986}}\n');
  await seenBuilds(3);
  expect(await text()).toContain('Lamport');

  // Files nobody read, in the same folders: no build.
  for (let i = 0; i < 5; i += 1) {
    writeFileSync(join(dir, 'code', 'notes.rs'), `// ${i}\n`);
    writeFileSync(join(root, 'other.bib'), `% ${i}\n`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(builds()).toBe(3);
}, 180_000);
