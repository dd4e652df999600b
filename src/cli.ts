// The `galley` command: arguments in, exit code out. All the work is in build().
import { parseArgs } from 'node:util';
import { type BuildOptions, type Format, buildManuscript } from './build.ts';
import { formatDiagnostic, UserError } from './diagnostics.ts';

export const USAGE = `usage: galley build <file.md>... [--out DIR] [--format pdf,epub] [--theme NAME|PATH] [--report] [--debug]`;

const HELP = `${USAGE}

Turns Markdown manuscripts into a print-ready PDF and an EPUB 3.

  --out DIR          output folder (default: dist)
  --format LIST      comma-separated formats to write: pdf, epub (default: both)
  --theme NAME|PATH  a theme in templates/, or a folder or theme.yaml of your own
  --report           also write DIR/<name>.layout.json, the PDF layout report
  --debug            print stack traces for errors
  -h, --help         show this help
  -v, --version      show the version

Exit status: 0 success, 1 a manuscript has errors, 2 usage error, 3 internal error.`;

export const EXIT = { ok: 0, manuscript: 1, usage: 2, internal: 3 } as const;

class UsageError extends Error {}

interface Invocation {
  readonly files: readonly string[];
  readonly options: BuildOptions;
  readonly debug: boolean;
}

function parseInvocation(argv: readonly string[]): Invocation | 'help' | 'version' {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string' },
      format: { type: 'string' },
      theme: { type: 'string' },
      report: { type: 'boolean' },
      debug: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  if (values.help) return 'help';
  if (values.version) return 'version';
  const [command, ...files] = positionals;
  if (command === undefined) throw new UsageError('no command given');
  if (command !== 'build') throw new UsageError(`unknown command "${command}"`);
  if (files.length === 0) throw new UsageError('no manuscript given');

  const formats = new Set<Format>();
  for (const name of (values.format ?? 'pdf,epub').split(',').map((f) => f.trim())) {
    if (name !== 'pdf' && name !== 'epub') throw new UsageError(`unknown format "${name}" (expected pdf or epub)`);
    formats.add(name);
  }
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && !/^\d+$/.test(epoch)) {
    throw new UsageError(`SOURCE_DATE_EPOCH must be a whole number of seconds, got "${epoch}"`);
  }
  return {
    files,
    debug: values.debug ?? false,
    options: {
      outDir: values.out ?? 'dist',
      formats,
      report: values.report ?? false,
      ...(values.theme !== undefined ? { theme: values.theme } : {}),
      ...(epoch !== undefined ? { sourceDateEpoch: epoch } : {}),
    },
  };
}

export async function main(argv: readonly string[]): Promise<number> {
  let invocation: ReturnType<typeof parseInvocation>;
  try {
    invocation = parseInvocation(argv);
  } catch (error) {
    if (!(error instanceof UsageError) && !isParseArgsError(error)) throw error;
    process.stderr.write(`galley: ${(error as Error).message}\n${USAGE}\n`);
    return EXIT.usage;
  }
  if (invocation === 'help') {
    process.stdout.write(`${HELP}\n`);
    return EXIT.ok;
  }
  if (invocation === 'version') {
    const { createRequire } = await import('node:module');
    const pkg = createRequire(import.meta.url)('../package.json') as { version: string };
    process.stdout.write(`galley ${pkg.version}\n`);
    return EXIT.ok;
  }

  let status: number = EXIT.ok;
  for (const file of invocation.files) {
    status = Math.max(status, await buildOne(file, invocation));
  }
  return status;
}

async function buildOne(file: string, { options, debug }: Invocation): Promise<number> {
  try {
    const result = await buildManuscript(file, options);
    for (const d of result.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
    for (const output of result.outputs) process.stdout.write(`wrote ${output}\n`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof UserError) {
      for (const d of error.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
      if (debug) process.stderr.write(`${error.stack ?? ''}\n`);
      return EXIT.manuscript;
    }
    const detail = debug ? ((error as Error).stack ?? String(error)) : String((error as Error).message ?? error);
    process.stderr.write(
      `${file}: internal error: ${detail}\n` +
        'This is a bug in Galley, not in your manuscript. Please report it on the Galley issue tracker ' +
        `with the manuscript${debug ? ' and this trace' : ' and the output of the same command with --debug'}.\n`,
    );
    return EXIT.internal;
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return error instanceof TypeError && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
