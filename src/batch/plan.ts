// Which manuscripts a batch builds and where each one's outputs go: the
// command line's plan (src/inputs.ts: folders expanded, the output tree
// mirroring the inputs below their common parent, clashes refused) as jobs
// for the worker pool.
import { dirname, join, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics.ts';
import { planBuilds } from '../inputs.ts';

export interface Job {
  readonly input: string;
  readonly outDir: string;
}

/** The (input, outDir) pairs for `inputs` (files or folders) written under `outDir`, or why not. */
export function resolveJobs(inputs: readonly string[], outDir: string): { jobs: Job[] } | { errors: Diagnostic[] } {
  const plan = planBuilds(inputs, outDir);
  if ('errors' in plan) return plan;
  const out = resolve(outDir);
  return { jobs: plan.builds.map(({ input, outName }) => ({ input: resolve(input), outDir: join(out, dirname(outName)) })) };
}
