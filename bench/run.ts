// Whole-process wall time and peak memory of `galley build`, median of several
// runs taken in turns, with Galley's result cache (src/cache.ts) empty for every run ("cold",
// a first build) and kept from a previous build of the same manuscript
// ("warm", the edit–rebuild loop). Both use the compiled bundle (compile.mjs),
// which is made before timing starts.
// Usage: npx tsx bench/run.ts [runs]   (default 5)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeRepeatedManuscript } from './long-manuscript.ts';

const runs = Number(process.argv[2] ?? 5);
const root = new URL('..', import.meta.url).pathname;
const galley = join(root, 'src/galley.mjs');
const probe = join(root, 'bench/peak-rss.mjs');
const work = mkdtempSync(join(tmpdir(), 'galley-bench-'));

const article = join(root, 'manuscript/article.md');
const long = writeRepeatedManuscript(article, 40, work, 'article-40x.md');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function build(manuscript: string, format: string, cacheDir: string, rssFile?: string): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', probe, galley, 'build', manuscript, '--out', join(work, 'out'), '--format', format], {
    env: { ...process.env, GALLEY_CACHE_DIR: cacheDir, ...(rssFile ? { GALLEY_BENCH_RSS_FILE: rssFile } : {}) },
    encoding: 'utf8',
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`galley failed on ${manuscript}: ${result.stderr}`);
  return seconds;
}

interface Case {
  readonly label: string;
  readonly manuscript: string;
  readonly format: string;
  readonly warm: boolean;
  readonly walls: number[];
  readonly rssFile: string;
}

const cases: Case[] = [];
for (const [label, manuscript] of [['article', article], ['article ×40', long]] as const) {
  for (const format of ['pdf', 'pdf,epub']) {
    for (const warm of [false, true]) {
      cases.push({ label, manuscript, format, warm, walls: [], rssFile: join(work, `rss-${cases.length}.txt`) });
    }
  }
}

function warmCache(c: Case): string {
  return join(work, `cache-warm-${cases.indexOf(c)}`);
}

function pages(manuscript: string): string {
  const pdf = join(work, 'out', manuscript.split('/').pop()!.replace(/\.md$/, '.pdf'));
  const pdfinfo = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return /Pages:\s+(\d+)/.exec(pdfinfo.stdout ?? '')?.[1] ?? '?';
}

// Compiles the bundle, if a source changed, outside the timed runs.
spawnSync(process.execPath, [galley, '--version']);
for (const c of cases) if (c.warm) build(c.manuscript, c.format, warmCache(c));

// Round by round, every case once a round: this machine's speed drifts from
// minute to minute, and a drift then reaches every case alike.
const idle: number[] = [];
for (let round = 0; round < runs; round++) {
  const start = process.hrtime.bigint();
  spawnSync(process.execPath, ['-e', '0']);
  idle.push(Number(process.hrtime.bigint() - start) / 1e9);
  for (const c of cases) {
    const cache = c.warm ? warmCache(c) : join(work, `cache-cold-${round}`);
    c.walls.push(build(c.manuscript, c.format, cache, c.rssFile));
    if (!c.warm) rmSync(cache, { recursive: true, force: true });
  }
}

const peakRss = (c: Case): number => median(readFileSync(c.rssFile, 'utf8').trim().split('\n').map(Number)) / 1024;

console.log(`galley build, median of ${runs} runs (whole process, node ${process.version})\n`);
console.log('| manuscript | formats | pages | cold cache | peak RSS | warm cache | peak RSS |');
console.log('|---|---|---:|---:|---:|---:|---:|');
for (let i = 0; i < cases.length; i += 2) {
  const [cold, warm] = [cases[i]!, cases[i + 1]!];
  console.log(
    `| ${cold.label} | ${cold.format.replace(',', ', ')} | ${pages(cold.manuscript)} | ${median(cold.walls).toFixed(2)} s | ${peakRss(cold).toFixed(0)} MB | ${median(warm.walls).toFixed(2)} s | ${peakRss(warm).toFixed(0)} MB |`,
  );
}

console.log(`\nNode itself (\`node -e 0\`), the floor under every figure: ${median(idle).toFixed(2)} s`);
rmSync(work, { recursive: true, force: true });
