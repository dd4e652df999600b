// Batch, watch and memory at scale: 200 distinct article-sized manuscripts
// built by one `galley build DIR -j 2` against 200 separate `galley build`
// processes (each case with an empty result cache), the batch's peak RSS, and
// the watch rebuild after a one-word edit of the article. Cases alternate
// within each round, so the machine's drift reaches both alike.
// Usage: npx tsx bench/scale.ts [rounds] [manuscripts]   (default 3, 200)
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchRebuilds } from './watch.ts';

const rounds = Number(process.argv[2] ?? 3);
const count = Number(process.argv[3] ?? 200);
const root = new URL('..', import.meta.url).pathname;
const galley = join(root, 'src/galley.mjs');
const probe = join(root, 'bench/peak-rss.mjs');
const work = mkdtempSync(join(tmpdir(), 'galley-bench-scale-'));
const article = readFileSync(join(root, 'manuscript/article.md'), 'utf8');

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The article, made distinct: its own title, identifier and a sentence naming its number, in 10 folders. */
function writeCollection(): string[] {
  const files: string[] = [];
  for (let n = 0; n < count; n++) {
    const folder = join(work, 'collection', `part-${n % 10}`);
    mkdirSync(folder, { recursive: true });
    copyFileSync(join(root, 'manuscript/sources.yaml'), join(folder, 'sources.yaml'));
    const text = article
      .replace(/^title: "/mu, `title: "No. ${n}: `)
      .replace(/^identifier: (.*)$/mu, `identifier: $1-${n}`)
      .replace('North Korean troops are dying', `In dispatch ${n}, North Korean troops are dying`);
    files.push(join(folder, `article-${n}.md`));
    writeFileSync(files.at(-1)!, text);
  }
  return files;
}

function timed(args: readonly string[], env: Record<string, string>): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', probe, galley, ...args], { env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`galley ${args.join(' ')} failed: ${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function freshCache(): string {
  const dir = join(work, 'cache');
  rmSync(dir, { recursive: true, force: true });
  return dir;
}

const files = writeCollection();
timed(['--version'], {}); // compiles the bundle before anything is timed
const batch: number[] = [];
const separate: number[] = [];
const rss: number[] = [];
for (let round = 0; round < rounds; round++) {
  const rssFile = join(work, 'rss');
  rmSync(rssFile, { force: true });
  batch.push(timed(['build', join(work, 'collection'), '--out', join(work, 'batch-out'), '-j', '2', '--force', '--quiet'], { GALLEY_CACHE_DIR: freshCache(), GALLEY_BENCH_RSS_FILE: rssFile }));
  rss.push(Number(readFileSync(rssFile, 'utf8').trim()) / 1024);
  const cache = freshCache();
  const start = process.hrtime.bigint();
  for (const file of files) timed(['build', file, '--out', join(work, 'separate-out')], { GALLEY_CACHE_DIR: cache });
  separate.push(Number(process.hrtime.bigint() - start) / 1e9);
  process.stderr.write(`round ${round + 1}: batch ${batch.at(-1)!.toFixed(1)} s, separate ${separate.at(-1)!.toFixed(1)} s\n`);
}
const watch = await watchRebuilds(9);
const b = median(batch);
const s = median(separate);
console.log(`${count} article-sized manuscripts, PDF + EPUB, median of ${rounds} round(s):`);
console.log(`  batch -j 2:          ${b.toFixed(1)} s (${((b / count) * 1000).toFixed(0)} ms per manuscript), peak RSS ${median(rss).toFixed(0)} MB`);
console.log(`  separate processes:  ${s.toFixed(1)} s (${((s / count) * 1000).toFixed(0)} ms per manuscript)`);
console.log(`  ratio batch/separate: ${(b / s).toFixed(3)}`);
console.log(`watch, one-word edit of the article (median of 9): ${watch.reported} ms as reported, ${watch.wall.toFixed(0)} ms from save to report`);
rmSync(work, { recursive: true, force: true });
