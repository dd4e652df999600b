// Where batch tasks run: a piscina pool of worker threads started from the
// bundled worker entry (see compile.mjs), each keeping its fonts and caches
// warm; with one thread, or run from source, in the calling thread.
import type { Task, TaskResult } from './worker.ts';

export interface TaskRunner {
  run(task: Task): Promise<TaskResult>;
  close(): Promise<void>;
}

function bundledWorker(): string | undefined {
  const url: unknown = (globalThis as Record<symbol, unknown>)[Symbol.for('galley.worker')];
  return typeof url === 'string' ? url : undefined;
}

export async function startPool(threads: number): Promise<TaskRunner> {
  const filename = bundledWorker();
  if (threads <= 1 || filename === undefined) {
    const { default: runTask } = await import('./worker.ts');
    return { run: runTask, close: async () => {} };
  }
  const { Piscina } = await import('piscina');
  const pool = new Piscina<Task, TaskResult>({
    filename,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: Number.POSITIVE_INFINITY,
    workerData: { galleyBuild: (globalThis as Record<symbol, unknown>)[Symbol.for('galley.build')] },
  });
  return { run: (task) => pool.run(task), close: () => pool.destroy() };
}
