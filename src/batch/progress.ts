// What a batch shows while it runs: on a terminal a progress bar (count, rate,
// time left) with failures and warnings printed above it; otherwise, or with
// --quiet, plain lines (with --quiet only the problems).
import cliProgress from 'cli-progress';
import { relative } from 'node:path';
import { formatDiagnostic } from '../diagnostics.ts';
import type { BatchListener } from './run.ts';
import { failureText } from './summary.ts';
import type { TaskResult } from './worker.ts';

function shown(path: string): string {
  return relative(process.cwd(), path) || path;
}

function problems(result: TaskResult): string {
  if (result.status === 'failed') return `failed: ${shown(result.input)}\n${failureText(result)}`;
  if (result.status === 'built') return result.diagnostics.map((d) => `${formatDiagnostic(d)}\n`).join('');
  return '';
}

function line(result: TaskResult): string {
  if (result.status === 'built') return result.outputs.map((output) => `wrote ${output}\n`).join('');
  if (result.status === 'current') return `up to date ${shown(result.input)}\n`;
  return '';
}

/** `out` takes the plain progress lines (stderr when stdout carries JSON). */
export function batchListener(mode: { readonly quiet: boolean; readonly out: NodeJS.WriteStream }): BatchListener {
  if (!mode.quiet && mode.out.isTTY === true && process.stderr.isTTY === true) {
    const bars = new cliProgress.MultiBar(
      { format: ' {bar} {value}/{total} | {rate}/s | {eta_formatted} left | {name}', hideCursor: true, clearOnComplete: true, stream: mode.out },
      cliProgress.Presets.shades_classic,
    );
    let bar: cliProgress.SingleBar | undefined;
    let finished = 0;
    const started = Date.now();
    return {
      start: (total) => {
        bar = bars.create(total, 0, { name: '', rate: '0.0' });
      },
      done: (result) => {
        const text = problems(result);
        if (text !== '') bars.log(text);
        finished += 1;
        bar?.increment(1, { name: shown(result.input), rate: (finished / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1) });
      },
      stop: () => bars.stop(),
    };
  }
  return {
    start: () => {},
    done: (result) => {
      const text = problems(result);
      if (text !== '') process.stderr.write(text);
      if (!mode.quiet) mode.out.write(line(result));
    },
    stop: () => {},
  };
}
