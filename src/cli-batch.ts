// `galley build` over many manuscripts (several files, folders, or -j): the
// jobs resolved, run on the worker pool, progress and a summary printed, and
// the exit status: 1 when any manuscript failed, naming it.
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import type { BuildOptions } from './build.ts';
import { formatDiagnostic } from './diagnostics.ts';
import { batchListener } from './batch/progress.ts';
import { resolveJobs } from './batch/plan.ts';
import { runBatch } from './batch/run.ts';
import { formatSummary, summarize, summaryJson } from './batch/summary.ts';

export interface BatchInvocation {
  readonly files: readonly string[];
  readonly options: BuildOptions;
  /** Worker threads; the number of cores when absent. */
  readonly threads?: number;
  readonly force: boolean;
  readonly quiet: boolean;
  readonly json: boolean;
  readonly index: boolean;
  readonly bag: boolean;
}

export async function buildBatch(invocation: BatchInvocation): Promise<number> {
  const started = performance.now();
  // SHA256SUMS is written once per folder after the run: threads updating one file would lose entries.
  const { outDir, formats, checksums, ...rest } = invocation.options;
  // A bag keeps its payload in data/; the manifest and the index are part of it.
  const payload = invocation.bag ? join(outDir, 'data') : outDir;
  const planned = resolveJobs(invocation.files, payload);
  if ('errors' in planned) {
    for (const d of planned.errors) process.stderr.write(`${formatDiagnostic(d)}\n`);
    return 1;
  }
  const { jobs } = planned;
  const out = invocation.json ? process.stderr : process.stdout;
  const results = await runBatch(
    jobs,
    { outDir: payload, options: { ...rest, formats: [...formats] }, threads: invocation.threads ?? availableParallelism(), force: invocation.force },
    batchListener({ quiet: invocation.quiet, out }),
  );
  const summary = summarize(results, (performance.now() - started) / 1000);
  if (checksums === true) {
    const { updateChecksums } = await import('./archive/checksums.ts');
    const byFolder = new Map<string, string[]>();
    for (const result of results) {
      if (result.status === 'failed') continue;
      for (const output of result.outputs) byFolder.set(dirname(output), [...(byFolder.get(dirname(output)) ?? []), output]);
    }
    for (const [folder, outputs] of byFolder) await updateChecksums(folder, outputs);
  }
  if (invocation.index) {
    const { writeIndex } = await import('./batch/index-html.ts');
    out.write(`wrote ${await writeIndex(payload)}\n`);
  }
  if (invocation.bag) {
    const { writeBag } = await import('./batch/bag.ts');
    out.write(`bagged ${await writeBag(outDir)}\n`);
  }
  if (invocation.json) process.stdout.write(summaryJson(summary, results));
  else process.stdout.write(formatSummary(summary));
  return summary.failed > 0 ? 1 : 0;
}
