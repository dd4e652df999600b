// Whole-process wall time and peak memory of `galley build`, median of several
// runs, with Galley's result cache (src/cache.ts) empty for every run ("cold",
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

function measure(manuscript: string, format: string, warm: boolean): { wall: number; rss: number } {
  const walls: number[] = [];
  const rssFile = join(work, `rss-${Math.random()}.txt`);
  const warmCache = join(work, 'cache-warm');
  if (warm) build(manuscript, format, warmCache);
  for (let i = 0; i < runs; i++) {
    const cache = warm ? warmCache : join(work, `cache-cold-${i}`);
    walls.push(build(manuscript, format, cache, rssFile));
    if (!warm) rmSync(cache, { recursive: true, force: true });
  }
  rmSync(warmCache, { recursive: true, force: true });
  const rss = readFileSync(rssFile, 'utf8').trim().split('\n').map(Number);
  return { wall: median(walls), rss: median(rss) / 1024 };
}

function pages(manuscript: string): string {
  const pdf = join(work, 'out', manuscript.split('/').pop()!.replace(/\.md$/, '.pdf'));
  const pdfinfo = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return /Pages:\s+(\d+)/.exec(pdfinfo.stdout ?? '')?.[1] ?? '?';
}

// Compiles the bundle, if a source changed, outside the timed runs.
spawnSync(process.execPath, [galley, '--version']);

console.log(`galley build, median of ${runs} runs (whole process, node ${process.version})\n`);
console.log('| manuscript | formats | pages | cold cache | peak RSS | warm cache | peak RSS |');
console.log('|---|---|---:|---:|---:|---:|---:|');
for (const [label, file] of [['article', article], ['article ×40', long]] as const) {
  for (const format of ['pdf', 'pdf,epub']) {
    const cold = measure(file, format, false);
    const warm = measure(file, format, true);
    console.log(`| ${label} | ${format.replace(',', ', ')} | ${pages(file)} | ${cold.wall.toFixed(2)} s | ${cold.rss.toFixed(0)} MB | ${warm.wall.toFixed(2)} s | ${warm.rss.toFixed(0)} MB |`);
  }
}
// The floor under every figure: starting Node and exiting, with nothing to do.
const idle: number[] = [];
for (let i = 0; i < runs; i++) {
  const start = process.hrtime.bigint();
  spawnSync(process.execPath, ['-e', '0']);
  idle.push(Number(process.hrtime.bigint() - start) / 1e9);
}
console.log(`\nNode itself (\`node -e 0\`): ${median(idle).toFixed(2)} s`);
rmSync(work, { recursive: true, force: true });
