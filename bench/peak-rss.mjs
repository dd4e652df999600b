// Preloaded into each benchmarked process: reports the kernel's peak resident
// set size (getrusage maxRSS, KiB) of the whole process when it exits.
import { appendFileSync } from 'node:fs';

const target = process.env.GALLEY_BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => appendFileSync(target, `${process.resourceUsage().maxRSS}\n`));
}
