// The Redis connection and the one queue every `galley queue` command uses.
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { PlainOptions } from '../batch/worker.ts';

export const QUEUE_NAME = 'galley-build';

/** A queued build: a manuscript on storage every worker shares, where its outputs go, and the options. */
export interface QueuedBuild {
  readonly input: string;
  readonly outDir: string;
  readonly options: PlainOptions;
}

/** BullMQ's workers block on Redis, so requests must wait for a reconnect instead of failing. */
export function connect(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null });
}

export function openQueue(connection: Redis): Queue<QueuedBuild> {
  return new Queue<QueuedBuild>(QUEUE_NAME, { connection });
}
