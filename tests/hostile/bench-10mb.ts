// Builds a generated 10 MB manuscript through the CLI and prints its time and
// peak memory. Too slow for the test suite (about 90 s here); run it by hand:
//   npx tsx tests/hostile/bench-10mb.ts
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runGalley, temporaryDir } from '../helpers/cli.ts';

const WORDS = 'the harbour ledger records each ship its cargo and the tide it sailed on under a grey sky'.split(' ');
const TARGET_BYTES = 10_000_000;

const dir = temporaryDir('galley-bench-');
const file = join(dir, 'ten-megabytes.md');
const parts = ['---\ntitle: Ten Megabytes\nauthor: Bench\n---\n'];
let size = 0;
for (let n = 1; size < TARGET_BYTES; n++) {
  const word = (k: number): string => WORDS[(n * 7 + k) % WORDS.length] ?? '';
  const part = n % 50 === 1 ? `\n## Section ${n}\n` : `\n${Array.from({ length: 120 }, (_, k) => word(k)).join(' ')}${n % 10 === 0 ? `[^n${n}].\n\n[^n${n}]: Note ${n}.\n` : '.\n'}`;
  parts.push(part);
  size += part.length;
}
writeFileSync(file, parts.join(''));
const probe = join(dir, 'peak.mjs');
writeFileSync(probe, "process.on('exit', () => process.stderr.write(`peak-rss-kb ${process.resourceUsage().maxRSS}\\n`));\n");
const started = Date.now();
const run = runGalley(['build', file, '--out', dir], { NODE_OPTIONS: `--import=${probe}` });
const peak = Number(/peak-rss-kb (\d+)/u.exec(run.stderr)?.[1]);
console.log(`${(statSync(file).size / 1e6).toFixed(1)} MB manuscript: exit ${run.status}, ${((Date.now() - started) / 1000).toFixed(1)} s, peak RSS ${Math.round(peak / 1024)} MB`);
console.log(run.stdout.trim());
