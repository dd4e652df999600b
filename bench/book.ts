// The 300-page book against the article and the 40× article (one long
// manuscript): whole-process wall time and peak RSS of `galley build` (PDF
// and EPUB), median of several runs taken in turns, cold (empty result
// cache) and warm (the cache a previous build left), and the time per page
// of each, measured in the same rounds.
// Usage: npx tsx bench/book.ts [runs]   (default 5)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBook } from './book300.ts';
import { writeRepeatedManuscript } from './long-manuscript.ts';

const runs = Number(process.argv[2] ?? 5);
const root = new URL('..', import.meta.url).pathname;
const galley = join(root, 'src/galley.mjs');
const probe = join(root, 'bench/peak-rss.mjs');
const work = mkdtempSync(join(tmpdir(), 'galley-bench-book-'));
const book = writeBook(join(work, 'book300'));
const article = join(root, 'manuscript/article.md');
const long = writeRepeatedManuscript(article, 40, work, 'article-40x.md');

interface Case {
  readonly label: string;
  readonly input: string;
  readonly pdf: string;
  readonly warm: boolean;
  readonly walls: number[];
  readonly rssFile: string;
}

const cases: Case[] = [];
for (const [label, input, pdf] of [['article', article, 'article.pdf'], ['article ×40', long, 'article-40x.pdf'], ['book (generated)', book, 'book300.pdf']] as const) {
  for (const warm of [false, true]) cases.push({ label, input, pdf, warm, walls: [], rssFile: join(work, `rss-${cases.length}.txt`) });
}

function build(c: Case, cacheDir: string, rss: boolean): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', probe, galley, 'build', c.input, '--out', join(work, 'out')], {
    env: { ...process.env, GALLEY_CACHE_DIR: cacheDir, ...(rss ? { GALLEY_BENCH_RSS_FILE: c.rssFile } : {}) },
    encoding: 'utf8',
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`galley failed on ${c.input}: ${result.stderr}`);
  return seconds;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function pages(pdf: string): number {
  const info = spawnSync('pdfinfo', [join(work, 'out', pdf)], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/u.exec(info.stdout ?? '')?.[1] ?? Number.NaN);
}

const warmCache = (c: Case): string => join(work, `cache-warm-${cases.indexOf(c)}`);

// Compiles the bundle, if a source changed, and fills the warm caches, outside the timed runs.
spawnSync(process.execPath, [galley, '--version']);
for (const c of cases) if (c.warm) build(c, warmCache(c), false);

// Every case once a round: the machine's drift reaches every case alike.
for (let round = 0; round < runs; round++) {
  for (const c of cases) c.walls.push(build(c, c.warm ? warmCache(c) : join(work, `cache-cold-${round}`), true));
}

const rows = cases.map((c) => {
  const wall = median(c.walls);
  const rss = median(readFileSync(c.rssFile, 'utf8').trim().split('\n').map(Number)) / 1024;
  const n = pages(c.pdf);
  return { ...c, wall, rss, n, perPage: wall / n };
});
process.stdout.write(`median of ${runs} runs, PDF + EPUB, whole process\n\n`);
process.stdout.write('| input | cache | pages | wall | s/page | peak RSS |\n|---|---|---:|---:|---:|---:|\n');
for (const r of rows) process.stdout.write(`| ${r.label} | ${r.warm ? 'warm' : 'cold'} | ${r.n} | ${r.wall.toFixed(2)} s | ${r.perPage.toFixed(3)} | ${r.rss.toFixed(0)} MB |\n`);
for (const warm of [false, true]) {
  const [a, l, b] = [article, long, book].map((input) => rows.find((r) => r.warm === warm && r.input === input));
  if (a === undefined || l === undefined || b === undefined) continue;
  // What each page beyond the article's costs, start-up left out.
  const marginal = (r: typeof b): string => `${(((r.wall - a.wall) / (r.n - a.n)) * 1000).toFixed(1)} ms`;
  process.stdout.write(
    `\n${warm ? 'warm' : 'cold'}: the book's time per page is ${(b.perPage / a.perPage).toFixed(2)}× the article's and ${(b.perPage / l.perPage).toFixed(2)}× the 40× article's; ` +
      `each page beyond the article's adds ${marginal(b)} in the book, ${marginal(l)} in the 40× article`,
  );
}
process.stdout.write('\n');
rmSync(work, { recursive: true, force: true });
