// `galley build FOLDER -j 2`: the output tree mirrors the input tree, a broken
// manuscript is named and does not stop the others, a rerun rebuilds only what
// changed, and --json, --index and --bag give what pipelines and archives read.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runGalley, temporaryDir } from '../helpers/cli.ts';
import { BROKEN, writeCollection } from '../helpers/collection.ts';

const EPOCH = { SOURCE_DATE_EPOCH: '1700000000' };

describe('galley build on a folder', () => {
  const root = temporaryDir('galley-batch-');
  const collection = join(root, 'collection');
  const out = join(root, 'out');
  const paths = writeCollection(collection, 6);
  writeFileSync(join(collection, 'vol-1', 'broken.md'), BROKEN);

  test('builds every manuscript into a mirrored tree, names the broken one and exits 1', () => {
    const run = runGalley(['build', collection, '--out', out, '-j', '2', '--format', 'pdf'], EPOCH);
    expect(run.status).toBe(1);
    for (const path of paths) expect(existsSync(join(out, path.replace(/\.md$/u, '.pdf'))), path).toBe(true);
    expect(readFileSync(join(out, paths[0]!.replace(/\.md$/u, '.pdf')), 'latin1')).toMatch(/^%PDF-/u);
    expect(existsSync(join(out, 'vol-1', 'broken.pdf'))).toBe(false);
    expect(run.stdout).toContain('6 built, 0 already up to date, 1 failed');
    expect(run.stdout).toMatch(/failed: .*vol-1\/broken\.md/u);
    expect(run.stderr).toMatch(/broken\.md:2:\d+: error: front matter is not valid YAML/u);
  });

  test('a second run rebuilds nothing; an edit rebuilds that manuscript; --force rebuilds all', () => {
    const again = runGalley(['build', collection, '--out', out, '-j', '2', '--format', 'pdf', '--json'], EPOCH);
    const summary = JSON.parse(again.stdout) as { built: number; current: number; failed: number; manuscripts: { input: string; status: string }[] };
    expect([summary.built, summary.current, summary.failed]).toEqual([0, 6, 1]);
    expect(summary.manuscripts.find((m) => m.input.endsWith('broken.md'))?.status).toBe('failed');

    writeFileSync(join(collection, paths[2]!), readFileSync(join(collection, paths[2]!), 'utf8').replace('Paragraph', 'A paragraph'));
    const edited = runGalley(['build', collection, '--out', out, '--format', 'pdf'], EPOCH);
    expect(edited.stdout).toContain('1 built, 5 already up to date, 1 failed');
    expect(edited.stdout.split('\n').filter((line) => line.startsWith('wrote '))).toEqual([`wrote ${join(out, paths[2]!.replace(/\.md$/u, '.pdf'))}`]);

    const forced = runGalley(['build', collection, '--out', out, '-j', '2', '--format', 'pdf', '--force', '--quiet'], EPOCH);
    expect(forced.stdout).toContain('6 built, 0 already up to date, 1 failed');
  });

  test('--checksums lists every output of each folder once, as sha256sum -c reads it', () => {
    const dir = join(root, 'sums');
    const run = runGalley(['build', join(collection, 'vol-1'), '--out', dir, '-j', '2', '--format', 'pdf', '--checksums', '--quiet'], EPOCH);
    expect(run.status).toBe(1);
    const sums = readFileSync(join(dir, 'SHA256SUMS'), 'utf8');
    expect(sums.match(/ {2}article-\d+\.pdf\n/gu)?.length).toBe(paths.filter((p) => p.startsWith('vol-1/article')).length);
    for (const line of sums.trim().split('\n')) {
      const [hash, name] = line.split('  ');
      expect(createHash('sha256').update(readFileSync(join(dir, name!))).digest('hex')).toBe(hash);
    }
  });

  test('a changed option (another format) is a change: the outputs are rebuilt', () => {
    const run = runGalley(['build', join(collection, 'vol-0'), '--out', join(root, 'vol0'), '--format', 'pdf', '--quiet'], EPOCH);
    expect(run.status).toBe(0);
    const epub = runGalley(['build', join(collection, 'vol-0'), '--out', join(root, 'vol0'), '--format', 'epub', '--quiet'], EPOCH);
    expect(epub.stdout).toMatch(/^[1-9]\d* built, 0 already up to date/u);
  });
});

describe('what a manuscript reads is part of what it was made from', () => {
  const root = temporaryDir('galley-batch-deps-');
  const figure = new URL('../fixtures/pdf/figure.png', import.meta.url).pathname;
  const chart = new URL('../fixtures/manuscripts/chart.png', import.meta.url).pathname;
  copyFileSync(figure, join(root, 'figure.png'));
  writeFileSync(join(root, 'refs.yaml'), 'references:\n  - id: smith\n    type: book\n    title: A Book\n    author: [{ family: Smith, given: Ann }]\n    issued: { date-parts: [[2001]] }\n');
  writeFileSync(join(root, 'a.md'), '---\ntitle: With a figure\nbibliography: refs.yaml\n---\n\n![A figure](figure.png)\n\nAs Smith says.[@smith]\n');
  writeFileSync(join(root, 'b.md'), '---\ntitle: Plain\n---\n\nNothing else.\n');
  const build = (): string => runGalley(['build', root, '--out', join(root, 'out'), '--format', 'pdf', '--quiet'], EPOCH).stdout;

  test('a changed image or bibliography rebuilds the manuscript that uses it, and only that one', () => {
    expect(build()).toContain('2 built, 0 already up to date, 0 failed');
    expect(build()).toContain('0 built, 2 already up to date, 0 failed');
    copyFileSync(chart, join(root, 'figure.png'));
    expect(build()).toContain('1 built, 1 already up to date, 0 failed');
    writeFileSync(join(root, 'refs.yaml'), readFileSync(join(root, 'refs.yaml'), 'utf8').replace('A Book', 'Another Book'));
    expect(build()).toContain('1 built, 1 already up to date, 0 failed');
  });
});

describe('--index and --bag', () => {
  const root = temporaryDir('galley-bag-');
  const collection = join(root, 'collection');
  const bag = join(root, 'bag');
  writeCollection(collection, 3);

  test('the bag holds the outputs and an escaped, script-free index, and galley check validates it', () => {
    const run = runGalley(['build', collection, '--out', bag, '-j', '2', '--index', '--bag', '--quiet'], EPOCH);
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(bag, 'bagit.txt'), 'utf8')).toBe('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
    const info = readFileSync(join(bag, 'bag-info.txt'), 'utf8');
    expect(info).toContain('Bagging-Date: 2023-11-14\n');
    // 3 PDFs, 3 EPUBs, index.html and the batch manifest.
    expect(info).toMatch(/Payload-Oxum: \d+\.8\n/u);
    const manifest = readFileSync(join(bag, 'manifest-sha256.txt'), 'utf8');
    expect(manifest).toMatch(/^[0-9a-f]{64} {2}data\/vol-1\/article-1\.pdf$/mu);
    expect(manifest).toMatch(/^[0-9a-f]{64} {2}data\/index\.html$/mu);

    const index = readFileSync(join(bag, 'data', 'index.html'), 'utf8');
    expect(index).not.toMatch(/<script/iu);
    // The title's straight quotes are typographic by then (front matter smart); <, & and > are escaped.
    expect(index).toContain('Article 2 &lt;&amp;&gt; “quoted”');
    expect(index).toContain('<a href="vol-2/issue-2/article-2.pdf">PDF</a>');
    expect(index).toContain('<a href="vol-2/issue-2/article-2.epub">EPUB</a>');

    const check = runGalley(['check', bag]);
    expect(check.stdout).toContain('pass  Payload            8 file(s), every SHA-256 matches');
    expect(check.status).toBe(0);
    writeFileSync(join(bag, 'data', 'vol-1', 'article-1.pdf'), 'tampered');
    const tampered = runGalley(['check', bag]);
    expect(tampered.status).toBe(1);
    expect(tampered.stdout).toContain('data/vol-1/article-1.pdf: SHA-256 differs from manifest-sha256.txt');
  });
});
