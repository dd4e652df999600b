// `galley queue add`: one job per manuscript. Jobs are retried (three attempts
// in all) and kept once done or failed, so `queue status` can count them.
import type { Job } from '../batch/plan.ts';
import type { PlainOptions } from '../batch/worker.ts';
import { connect, openQueue } from './connection.ts';

export const ATTEMPTS = 3;

export async function addBuilds(url: string, jobs: readonly Job[], options: PlainOptions): Promise<number> {
  const connection = connect(url);
  const queue = openQueue(connection);
  try {
    await queue.addBulk(
      jobs.map((job) => ({
        name: 'build',
        data: { input: job.input, outDir: job.outDir, options },
        opts: { attempts: ATTEMPTS, backoff: { type: 'fixed', delay: 1000 }, removeOnComplete: false, removeOnFail: false },
      })),
    );
    return jobs.length;
  } finally {
    await queue.close();
    connection.disconnect();
  }
}
