// A batch: every job on the pool, failures collected rather than stopping the
// run, the manifest updated as results come in (so an interrupted run resumes
// where it stopped) and written once more at the end.
import type { Job } from './plan.ts';
import { readManifest, writeManifest, type Manifest } from './manifest.ts';
import { startPool } from './pool.ts';
import type { PlainOptions, TaskResult } from './worker.ts';

export interface BatchSettings {
  readonly outDir: string;
  readonly options: PlainOptions;
  readonly threads: number;
  readonly force: boolean;
}

export interface BatchListener {
  start(total: number): void;
  done(result: TaskResult): void;
  stop(): void;
}

/** Manifest writes at most this often while the run goes on. */
const SAVE_EVERY_MS = 2000;

export async function runBatch(jobs: readonly Job[], settings: BatchSettings, listener: BatchListener): Promise<TaskResult[]> {
  const manifest: Manifest = readManifest(settings.outDir);
  const pool = await startPool(Math.min(settings.threads, Math.max(1, jobs.length)));
  let lastSave = Date.now();
  let saving: Promise<void> = Promise.resolve();
  const results: TaskResult[] = [];
  listener.start(jobs.length);
  try {
    await Promise.all(
      jobs.map(async (job) => {
        const previous = manifest.get(job.input);
        const result = await pool.run({ ...job, options: settings.options, force: settings.force, ...(previous !== undefined ? { previous } : {}) });
        results.push(result);
        if (result.status === 'built') {
          manifest.set(job.input, { digest: result.digest, dependencies: result.dependencies, outputs: result.outputs, about: result.about });
        } else if (result.status === 'failed') {
          manifest.delete(job.input);
        }
        listener.done(result);
        if (Date.now() - lastSave > SAVE_EVERY_MS) {
          lastSave = Date.now();
          saving = saving.then(() => writeManifest(settings.outDir, manifest));
        }
      }),
    );
  } finally {
    listener.stop();
    await pool.close();
    await saving;
    await writeManifest(settings.outDir, manifest);
  }
  const order = new Map(jobs.map((job, i) => [job.input, i]));
  return results.sort((a, b) => (order.get(a.input) ?? 0) - (order.get(b.input) ?? 0));
}
