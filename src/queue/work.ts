// `galley queue work`: a BullMQ worker whose processor is the batch worker, on
// a pool of N warm threads. Delivery is at least once: a job whose worker dies
// loses its lock and is handed to another worker; outputs are written
// atomically and are reproducible, so a job built twice writes the same bytes.
import { Worker } from 'bullmq';
import { formatDiagnostic } from '../diagnostics.ts';
import { startPool } from '../batch/pool.ts';
import { connect, QUEUE_NAME, type QueuedBuild } from './connection.ts';

/**
 * A worker renews its jobs' locks every LOCK_MS / 2; a job whose worker died is
 * found within LOCK_MS + STALLED_CHECK_MS and returned to the queue, up to
 * MAX_STALLED times before it fails.
 */
const LOCK_MS = 10_000;
const STALLED_CHECK_MS = 5_000;
const MAX_STALLED = 2;

export interface Working {
  close(): Promise<void>;
}

export async function work(url: string, threads: number, log: (line: string) => void): Promise<Working> {
  const pool = await startPool(threads);
  const connection = connect(url);
  const worker = new Worker<QueuedBuild>(
    QUEUE_NAME,
    async (job) => {
      const result = await pool.run({ ...job.data, force: true });
      if (result.status === 'failed') {
        const text = result.internal ?? result.diagnostics.map(formatDiagnostic).join('\n');
        throw new Error(text === '' ? `${job.data.input}: failed` : text);
      }
      log(`built ${job.data.input}`);
      return result.status === 'built' ? { outputs: result.outputs, pages: result.pages } : { outputs: result.outputs };
    },
    { connection, concurrency: threads, lockDuration: LOCK_MS, stalledInterval: STALLED_CHECK_MS, maxStalledCount: MAX_STALLED },
  );
  worker.on('failed', (job, error) => {
    if (job !== undefined) log(`failed ${job.data.input} (attempt ${job.attemptsMade}): ${error.message.split('\n')[0] ?? ''}`);
  });
  await worker.waitUntilReady();
  return {
    close: async () => {
      await worker.close();
      await pool.close();
      connection.disconnect();
    },
  };
}
