// What `galley build` is given and where it writes: folders as inputs, and
// outputs that never overwrite one another.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { runGalley, temporaryDir } from '../helpers/cli.ts';
import { readPdf } from '../helpers/read-pdf.ts';

/** Writes a one-paragraph manuscript whose title and text name its path. */
function manuscripts(root: string, paths: readonly string[]): void {
  for (const path of paths) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), `---\ntitle: ${path}\n---\n\nThe text of ${path}.\n`);
  }
}

/** Every file under `dir`, as sorted relative paths, without the batch manifest (tests/e2e/batch.test.ts covers it). */
function tree(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.name !== '.galley-manifest.json')
    .flatMap((entry) => (entry.isDirectory() ? tree(join(dir, entry.name), root) : [relative(root, join(dir, entry.name))]))
    .sort();
}

/** The "wrote" lines of a run, sorted: a batch reports each manuscript as its thread finishes it. */
function wrote(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line.startsWith('wrote ')).sort();
}

async function pdfText(path: string): Promise<string> {
  return (await readPdf(readFileSync(path))).pages.map((page) => page.text).join('\n');
}

test('two manuscripts with one name in different folders write to mirrored folders, neither lost', async () => {
  const root = temporaryDir();
  manuscripts(root, ['a/box.md', 'b/box.md']);
  const out = join(root, 'out');
  const run = runGalley(['build', join(root, 'a/box.md'), join(root, 'b/box.md'), '--out', out, '--format', 'pdf']);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(tree(out)).toEqual(['a/box.pdf', 'b/box.pdf']);
  expect(await pdfText(join(out, 'a/box.pdf'))).toMatch(/The text of a\/box\.md\./u);
  expect(await pdfText(join(out, 'b/box.pdf'))).toMatch(/The text of b\/box\.md\./u);
});

test('manuscripts of one folder stay flat in the output folder', () => {
  const root = temporaryDir();
  manuscripts(root, ['one.md', 'two.md']);
  const out = join(root, 'out');
  expect(runGalley(['build', join(root, 'one.md'), join(root, 'two.md'), '--out', out, '--format', 'pdf']).status).toBe(0);
  expect(tree(out)).toEqual(['one.pdf', 'two.pdf']);
});

test('two inputs that would write one file are an error naming both, and nothing is written', () => {
  const root = temporaryDir();
  manuscripts(root, ['box.md', 'box.txt']);
  const out = join(root, 'out');
  const run = runGalley(['build', join(root, 'box.md'), join(root, 'box.txt'), '--out', out]);
  expect(run.status).toBe(1);
  expect(run.stderr.trimEnd()).toBe(`${join(root, 'box.txt')}:1:1: error: would write ${join(out, 'box')}.pdf and .epub, as ${join(root, 'box.md')} does; rename one of them`);
  expect(readdirSync(root).sort()).toEqual(['box.md', 'box.txt']);
});

test('a folder builds every .md under it, sorted, skipping README.md, _drafts, hidden folders and node_modules', () => {
  const root = temporaryDir();
  const book = join(root, 'book');
  manuscripts(book, ['ch10.md', 'ch2.md', 'part/ch3.md', 'README.md', '_notes.md', '_drafts/old.md', '.git/x.md', 'node_modules/pkg/readme2.md', 'notes.txt']);
  const out = join(root, 'out');
  const run = runGalley(['build', book, '--out', out, '--format', 'pdf']);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(wrote(run.stdout)).toEqual([`wrote ${join(out, 'ch10.pdf')}`, `wrote ${join(out, 'ch2.pdf')}`, `wrote ${join(out, 'part/ch3.pdf')}`]);
  expect(tree(out)).toEqual(['ch10.pdf', 'ch2.pdf', 'part/ch3.pdf']);
});

test('a file named twice, alone and in its folder, is built once', () => {
  const root = temporaryDir();
  manuscripts(root, ['book/ch1.md']);
  const out = join(root, 'out');
  const run = runGalley(['build', join(root, 'book'), join(root, 'book/ch1.md'), '--out', out, '--format', 'pdf']);
  expect(run.status).toBe(0);
  expect(wrote(run.stdout)).toEqual([`wrote ${join(out, 'ch1.pdf')}`]);
});

test('a folder with no manuscript is a one-line error at the folder', () => {
  const root = temporaryDir();
  manuscripts(root, ['empty/README.md']);
  const run = runGalley(['build', join(root, 'empty'), '--out', join(root, 'out')]);
  expect(run.status).toBe(1);
  expect(run.stderr).toBe(
    `${join(root, 'empty')}:1:1: error: this folder holds no manuscript: no .md file under it (README.md and the like, and names starting with "_" or ".", are skipped)\n`,
  );
  expect(readdirSync(root)).toEqual(['empty']);
});
