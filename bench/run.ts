// Whole-process wall time and peak memory of `galley build`, median of several
// runs. Usage: npx tsx bench/run.ts [runs]   (default 5)
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

function measure(manuscript: string, format: string): { wall: number; rss: number; pages: string } {
  const walls: number[] = [];
  const rssFile = join(work, 'rss.txt');
  rmSync(rssFile, { force: true });
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ['--import', probe, galley, 'build', manuscript, '--out', join(work, 'out'), '--format', format], {
      env: { ...process.env, GALLEY_BENCH_RSS_FILE: rssFile },
      encoding: 'utf8',
    });
    walls.push(Number(process.hrtime.bigint() - start) / 1e9);
    if (result.status !== 0) throw new Error(`galley failed on ${manuscript}: ${result.stderr}`);
  }
  const rss = readFileSync(rssFile, 'utf8').trim().split('\n').map(Number);
  const pdfinfo = spawnSync('pdfinfo', [join(work, 'out', manuscript.split('/').pop()!.replace(/\.md$/, '.pdf'))], { encoding: 'utf8' });
  const pages = /Pages:\s+(\d+)/.exec(pdfinfo.stdout ?? '')?.[1] ?? '?';
  return { wall: median(walls), rss: median(rss) / 1024, pages };
}

console.log(`galley build, median of ${runs} runs (whole process, node ${process.version})\n`);
console.log('| manuscript | formats | pages | wall time | peak RSS |');
console.log('|---|---|---:|---:|---:|');
for (const [label, file] of [['article', article], ['article ×40', long]] as const) {
  for (const format of ['pdf', 'pdf,epub']) {
    const { wall, rss, pages } = measure(file, format);
    console.log(`| ${label} | ${format} | ${pages} | ${wall.toFixed(2)} s | ${rss.toFixed(0)} MB |`);
  }
}
rmSync(work, { recursive: true, force: true });
