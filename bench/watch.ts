// The watch rebuild: starts `galley watch` on the article and times one-word
// edits (after warm-up edits): the time the watch reports for each rebuild and
// the time from the save to that report. Extra arguments after the counts go to
// node (e.g. --cpu-prof) or, after `--`, to galley (e.g. --format pdf).
// Usage: npx tsx bench/watch.ts [edits] [warm-up] [node flags…] [-- galley flags…]
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const galley = join(root, 'src/galley.mjs');
const article = readFileSync(join(root, 'manuscript/article.md'), 'utf8');

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface WatchFigures {
  readonly reported: number;
  readonly wall: number;
  readonly all: readonly number[];
}

/** Median of the watch's own "built ... in N ms" after one-word edits, and of edit-to-line wall time. */
export async function watchRebuilds(edits: number, warmUp = 2, nodeFlags: readonly string[] = [], galleyFlags: readonly string[] = []): Promise<WatchFigures> {
  const work = mkdtempSync(join(tmpdir(), 'galley-bench-watch-'));
  const file = join(work, 'watch', 'article.md');
  mkdirSync(join(work, 'watch'), { recursive: true });
  copyFileSync(join(root, 'manuscript/sources.yaml'), join(work, 'watch', 'sources.yaml'));
  writeFileSync(file, article);
  const child = spawn(process.execPath, [...nodeFlags, galley, 'watch', file, '--out', join(work, 'watch-out'), ...galleyFlags], { stdio: ['ignore', 'pipe', 'inherit'], cwd: work });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const builds = (): RegExpMatchArray[] => [...output.matchAll(/built .* in (\d+) ms/gu)];
  const wait = async (n: number): Promise<void> => {
    while (builds().length < n) await new Promise((resolve) => setTimeout(resolve, 2));
  };
  await wait(1);
  // Warm-up rebuilds first: the first edits pay for code V8 has not compiled yet.
  const reported: number[] = [];
  const walls: number[] = [];
  for (let i = 0; i < edits + warmUp; i++) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const start = performance.now();
    writeFileSync(file, article.replace('increasing numbers', i % 2 === 0 ? 'growing numbers' : 'increasing numbers'));
    await wait(i + 2);
    if (i >= warmUp) {
      walls.push(performance.now() - start);
      reported.push(Number(builds().at(-1)![1]));
    }
  }
  await new Promise<void>((resolve) => {
    child.on('exit', () => resolve());
    child.kill('SIGINT');
  });
  return { reported: median(reported), wall: median(walls), all: reported };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const split = args.indexOf('--');
  const own = split === -1 ? args : args.slice(0, split);
  const galleyFlags = split === -1 ? [] : args.slice(split + 1);
  const edits = Number(own[0] ?? 9);
  const warmUp = Number(own[1] ?? 2);
  const figures = await watchRebuilds(edits, warmUp, own.slice(2), galleyFlags);
  console.log(`watch, one-word edit of the article (median of ${edits}): ${figures.reported} ms as reported, ${figures.wall.toFixed(0)} ms from save to report; each: ${figures.all.join(' ')}`);
}
