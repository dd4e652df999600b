// `galley watch` and `galley queue add|work|status`: their arguments parsed
// (build options as `galley build` takes them), then handed to watch/ and queue/.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { isParseArgsError, parseInvocation, USAGE, UsageError } from './cli.ts';
import type { BuildOptions } from './build.ts';
import { formatDiagnostic } from './diagnostics.ts';

/** Takes `--redis URL` out of argv (it is no build option) and returns the URL. */
function redisUrl(argv: string[]): string {
  const at = argv.findIndex((arg) => arg === '--redis' || arg.startsWith('--redis='));
  if (at === -1) throw new UsageError('--redis URL is required (e.g. --redis redis://127.0.0.1:6379)');
  const arg = argv[at] ?? '';
  if (arg.startsWith('--redis=')) {
    argv.splice(at, 1);
    return arg.slice('--redis='.length);
  }
  const url = argv[at + 1];
  if (url === undefined) throw new UsageError('--redis needs a URL');
  argv.splice(at, 2);
  return url;
}

/** The build options of `galley build <files> <rest>`. */
function buildOptionsOf(files: readonly string[], rest: readonly string[]): { files: readonly string[]; options: BuildOptions } {
  const invocation = parseInvocation(['build', ...files, ...rest]);
  if (typeof invocation === 'string' || invocation.command !== 'build') throw new UsageError('expected build options');
  return { files: invocation.files, options: invocation.options };
}

async function watchCommand(argv: string[]): Promise<number> {
  const [file, ...rest] = argv;
  if (file === undefined || file.startsWith('-')) throw new UsageError('galley watch takes one manuscript');
  const { options } = buildOptionsOf([file], rest);
  const { watchManuscript } = await import('./watch/watch.ts');
  const watching = watchManuscript(file, options, (line) => process.stdout.write(`${line}\n`));
  await watching.ready;
  process.stdout.write(`watching ${file} (Ctrl-C stops)\n`);
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
  });
  watching.close();
  return 0;
}

async function queueCommand(argv: string[]): Promise<number> {
  const [action, ...rest] = argv;
  const url = redisUrl(rest);
  if (action === 'add') {
    const { files, options } = buildOptionsOf([], rest);
    const { resolveJobs } = await import('./batch/plan.ts');
    const { addBuilds } = await import('./queue/add.ts');
    const { outDir, formats, ...plain } = options;
    const planned = resolveJobs(files, outDir);
    if ('errors' in planned) {
      for (const d of planned.errors) process.stderr.write(`${formatDiagnostic(d)}\n`);
      return 1;
    }
    const count = await addBuilds(url, planned.jobs, { ...plain, formats: [...formats] });
    process.stdout.write(`queued ${count} manuscript(s)\n`);
    return 0;
  }
  const { values } = parseArgs({ args: rest, strict: true, options: { jobs: { type: 'string', short: 'j' }, json: { type: 'boolean' } } });
  if (action === 'work') {
    const threads = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
    if (!(Number.isInteger(threads) && threads >= 1)) throw new UsageError(`-j takes a whole number of worker threads, got "${values.jobs}"`);
    const { work } = await import('./queue/work.ts');
    const working = await work(url, threads, (line) => process.stdout.write(`${line}\n`));
    process.stdout.write(`working on ${url} with ${threads} thread(s)\n`);
    await new Promise<void>((resolve) => {
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
    });
    await working.close();
    return 0;
  }
  if (action === 'status') {
    const { queueStatus, formatStatus } = await import('./queue/status.ts');
    const status = await queueStatus(url);
    process.stdout.write(values.json === true ? `${JSON.stringify(status, null, 2)}\n` : formatStatus(status));
    return status.failed > 0 ? 1 : 0;
  }
  throw new UsageError(`unknown queue action "${action ?? ''}" (expected add, work or status)`);
}

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    return command === 'watch' ? await watchCommand(rest) : await queueCommand(rest);
  } catch (error) {
    if (!(error instanceof UsageError) && !isParseArgsError(error)) throw error;
    process.stderr.write(`galley: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
}
