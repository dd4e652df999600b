// `galley queue` on BullMQ over a real Redis: two worker processes share 200
// manuscripts, one is killed with SIGKILL mid-run, and still every output
// exists once and is byte-identical to a local build with the same
// SOURCE_DATE_EPOCH (the killed worker's job is retried by the other).
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, expect } from 'vitest';
import { runGalley, temporaryDir } from '../helpers/cli.ts';
import { run, testWith } from '../helpers/external.ts';
import { BROKEN, writeCollection } from '../helpers/collection.ts';

const galley = new URL('../../src/galley.mjs', import.meta.url).pathname;
const EPOCH = { SOURCE_DATE_EPOCH: '1700000000' };
const COUNT = 200;
const cleanups: (() => void)[] = [];
afterAll(() => {
  for (const cleanup of cleanups.reverse()) cleanup();
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

function startWorker(url: string): ChildProcess {
  const child = spawn(process.execPath, [galley, 'queue', 'work', '--redis', url, '-j', '1'], { stdio: 'ignore' });
  cleanups.push(() => child.kill('SIGTERM'));
  return child;
}

async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 600_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8', withFileTypes: false }).filter((name) => name.endsWith('.pdf') || name.includes('.tmp')).sort();
}

/** A private redis-server in `root` on a free port, stopped after the test, and the build queue on it. */
async function startRedis(root: string): Promise<{ url: string; queue: Queue }> {
  const port = await freePort();
  const pidfile = join(root, 'redis.pid');
  run('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'yes', '--pidfile', pidfile, '--dir', root]);
  cleanups.push(() => {
    try {
      process.kill(Number(readFileSync(pidfile, 'utf8').trim()), 'SIGTERM');
    } catch {
      // already gone
    }
  });
  const url = `redis://127.0.0.1:${port}`;
  const connection = new Redis(url, { maxRetriesPerRequest: null });
  const queue = new Queue('galley-build', { connection });
  cleanups.push(() => void queue.close().then(() => connection.disconnect()));
  await until(async () => (await connection.ping().catch(() => '')) === 'PONG', 'redis to start');
  return { url, queue };
}

testWith('redis-server', 'two workers, one killed mid-run: every output once, as a local build makes it', async () => {
  const root = temporaryDir('galley-queue-');
  const { url, queue } = await startRedis(root);

  const collection = join(root, 'collection');
  const paths = writeCollection(collection, COUNT);
  const added = runGalley(['queue', 'add', collection, '--redis', url, '--out', join(root, 'queued'), '--format', 'pdf'], EPOCH);
  expect(added.stdout, added.stderr).toContain(`queued ${COUNT} manuscript(s)`);

  const doomed = startWorker(url);
  startWorker(url);
  await until(async () => (await queue.getJobCounts('completed')).completed! >= COUNT / 5, 'a fifth of the jobs');
  doomed.kill('SIGKILL');
  await until(async () => {
    const counts = await queue.getJobCounts('completed', 'failed');
    return counts.completed! + counts.failed! >= COUNT;
  }, 'every job to finish');
  const status = runGalley(['queue', 'status', '--redis', url]);
  expect(status.stdout).toContain(`0 waiting, 0 active, ${COUNT} done, 0 failed`);
  // The job the killed worker held was found stalled and built again by the other.
  const completed = await queue.getCompleted(0, COUNT);
  expect(completed.some((job) => job.stalledCounter >= 1)).toBe(true);
  expect(status.status).toBe(0);

  const local = runGalley(['build', collection, '--out', join(root, 'local'), '-j', '2', '--format', 'pdf', '--quiet'], EPOCH);
  expect(local.status, local.stderr).toBe(0);
  const expected = paths.map((path) => path.replace(/\.md$/u, '.pdf')).sort();
  expect(filesUnder(join(root, 'local'))).toEqual(expected);
  // Only the PDFs: a worker killed mid-write may leave its temporary file, never a second output.
  const queued = filesUnder(join(root, 'queued'));
  expect(queued.filter((name) => name.endsWith('.pdf'))).toEqual(expected);
  expect(queued.filter((name) => name.endsWith('.tmp')).length).toBeLessThanOrEqual(1);
  for (const name of expected) {
    expect(readFileSync(join(root, 'queued', name)).equals(readFileSync(join(root, 'local', name))), name).toBe(true);
  }
}, 900_000);

testWith('redis-server', 'a manuscript that fails three times is marked failed with its diagnostics', async () => {
  const root = temporaryDir('galley-queue-failed-');
  const { url, queue } = await startRedis(root);
  const file = join(root, 'broken.md');
  writeFileSync(file, BROKEN);
  runGalley(['queue', 'add', file, '--redis', url, '--out', join(root, 'out')]);
  startWorker(url);
  await until(async () => (await queue.getJobCounts('failed')).failed === 1, 'the job to fail');
  const [job] = await queue.getFailed();
  expect(job?.attemptsMade).toBe(3);
  const status = runGalley(['queue', 'status', '--redis', url]);
  expect(status.status).toBe(1);
  expect(status.stdout).toContain('0 waiting, 0 active, 0 done, 1 failed');
  expect(status.stdout).toMatch(/broken\.md:2:\d+: error: front matter is not valid YAML/u);
}, 300_000);
