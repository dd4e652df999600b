// `galley queue status`: how many builds wait, run, are done and have failed,
// and for each failed one its manuscript and diagnostics.
import { connect, openQueue } from './connection.ts';

export interface QueueStatus {
  readonly waiting: number;
  readonly active: number;
  readonly done: number;
  readonly failed: number;
  readonly failures: readonly { readonly input: string; readonly reason: string }[];
}

export async function queueStatus(url: string): Promise<QueueStatus> {
  const connection = connect(url);
  const queue = openQueue(connection);
  try {
    const counts = await queue.getJobCounts('waiting', 'delayed', 'prioritized', 'active', 'completed', 'failed');
    const failed = await queue.getFailed(0, 99);
    return {
      waiting: (counts.waiting ?? 0) + (counts.delayed ?? 0) + (counts.prioritized ?? 0),
      active: counts.active ?? 0,
      done: counts.completed ?? 0,
      failed: counts.failed ?? 0,
      failures: failed.map((job) => ({ input: job.data.input, reason: job.failedReason })),
    };
  } finally {
    await queue.close();
    connection.disconnect();
  }
}

export function formatStatus(status: QueueStatus): string {
  const lines = [`${status.waiting} waiting, ${status.active} active, ${status.done} done, ${status.failed} failed`];
  for (const failure of status.failures) lines.push(`failed: ${failure.input}`, ...failure.reason.split('\n').map((line) => `  ${line}`));
  return `${lines.join('\n')}\n`;
}
