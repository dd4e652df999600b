// The `galley` command: arguments in, exit code out. The work is in build()
// and, for `galley check`, in the preflight; each is loaded only when its
// command runs, so --help and usage errors answer at once.
import { existsSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { BuildOptions, Format } from './build.ts';
import { formatDiagnostic, UserError } from './diagnostics.ts';
import type { PdfProfile } from './pdf/profile.ts';
import type { BatchInvocation } from './cli-batch.ts';

export const USAGE = `usage: galley build <file.md|folder>... [--out DIR] [--format pdf,epub] [--profile archive|print] [--pdfa 3b|1b]
                    [--theme NAME|PATH] [--strict]
                    [--resource-path DIRS] [--checksums] [--report] [--debug]
                    [-j N] [--force] [--quiet] [--json] [--index] [--bag]
       galley watch <file.md> [--out DIR] [build options]
       galley queue add <file.md|folder>... --redis URL [--out DIR] [build options]
       galley queue work --redis URL [-j N]
       galley queue status --redis URL [--json]
       galley check <file|bag folder>... [--json]
       galley import|archive <page>... [--out DIR] [--url URL] [--links-as-notes]  (see galley import --help)`;

const HELP = `${USAGE}

galley build: turns Markdown manuscripts into a PDF and an EPUB 3. A folder
stands for every .md file under it, sorted (skipping README.md and the like,
and names starting with "_" or ".").

  --out DIR          output folder (default: dist); manuscripts from several
                     folders keep those folders' layout below their common parent
  --format LIST      comma-separated formats to write: pdf, epub (default: both)
  --profile NAME     archive (default): PDF/A-3b, tagged, with the manuscript embedded;
                     print: the theme's trim size in MediaBox/BleedBox/TrimBox, inside
                     margin by page count, even page count, no links or bookmarks
  --pdfa LEVEL       archive conformance: 3b (default), or 1b (PDF 1.4, no embedded
                     manuscript; what PDFBox Preflight can validate)
  --theme NAME|PATH  a theme in templates/, or a folder or theme.yaml of your own
  --strict           every warning is an error: exit 1 and nothing written
  --resource-path DIRS  colon-separated folders images are also looked up in (as
                     Pandoc's); the manuscript's folder and the working folder always are
  --checksums        also write DIR/SHA256SUMS, listing every output in the folder
  --report           also write DIR/<name>.layout.json, the PDF layout report
  --debug            print stack traces for errors

  Several manuscripts, or a folder (every .md under it), build on a pool of
  worker threads into an output tree that mirrors the input tree:
  -j, --jobs N       worker threads (default: the number of cores)
  --force            rebuild everything (by default only what changed since the
                     last run, as DIR/.galley-manifest.json records)
  --quiet            no progress, only problems and the summary
  --json             the summary as JSON on stdout
  --index            also write DIR/index.html, a static page linking every output
  --bag              write the outputs to DIR/data and make DIR a BagIt bag
  -h, --help         show this help
  -v, --version      show the version

  SOURCE_DATE_EPOCH (or the manuscript's date) fixes every timestamp: equal
  inputs then give byte-identical files.

galley check: reads finished PDFs and EPUBs (and SHA256SUMS lists) back and
reports what it checked, what failed and what it could not check.

  --json             the report as JSON

  qpdf, PDFBox Preflight, Java EPUBCheck and Ace (GALLEY_ACE) run when installed;
  with GALLEY_REQUIRE_VALIDATORS=1 one that is missing is a failed check.

Exit status: 0 success, 1 a manuscript has errors (build) or a check failed
(check), 2 usage error, 3 internal error.`;

export const EXIT = { ok: 0, manuscript: 1, usage: 2, internal: 3 } as const;

export class UsageError extends Error {}

interface BuildInvocation extends BatchInvocation {
  readonly command: 'build';
  readonly debug: boolean;
  /** Several manuscripts, a folder, or a batch option: built by cli-batch.ts. */
  readonly batch: boolean;
}

interface CheckInvocation {
  readonly command: 'check';
  readonly files: readonly string[];
  readonly json: boolean;
  readonly debug: boolean;
}

type Invocation = BuildInvocation | CheckInvocation;

// Options that only one command takes.
const BUILD_ONLY = ['out', 'format', 'theme', 'report', 'profile', 'pdfa', 'checksums', 'strict', 'resource-path', 'jobs', 'force', 'quiet', 'index', 'bag'] as const;
/** Options that make `galley build` a batch even with a single manuscript. */
const BATCH_ONLY = ['jobs', 'force', 'quiet', 'json', 'index', 'bag'] as const;

export function parseInvocation(argv: readonly string[]): Invocation | 'help' | 'version' {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string' },
      format: { type: 'string' },
      theme: { type: 'string' },
      'resource-path': { type: 'string' },
      profile: { type: 'string' },
      pdfa: { type: 'string' },
      checksums: { type: 'boolean' },
      strict: { type: 'boolean' },
      report: { type: 'boolean' },
      json: { type: 'boolean' },
      jobs: { type: 'string', short: 'j' },
      force: { type: 'boolean' },
      quiet: { type: 'boolean' },
      index: { type: 'boolean' },
      bag: { type: 'boolean' },
      debug: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  if (values.help) return 'help';
  if (values.version) return 'version';
  const [command, ...files] = positionals;
  if (command === undefined) throw new UsageError('no command given');
  if (command === 'check') {
    const misplaced = BUILD_ONLY.find((name) => values[name] !== undefined);
    if (misplaced !== undefined) throw new UsageError(`--${misplaced} is an option of galley build, not galley check`);
    if (files.length === 0) throw new UsageError('no file to check given');
    return { command, files, json: values.json ?? false, debug: values.debug ?? false };
  }
  if (command !== 'build') throw new UsageError(`unknown command "${command}"`);
  if (files.length === 0) throw new UsageError('no manuscript given');
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) throw new UsageError(`-j takes a whole number of worker threads, got "${values.jobs}"`);

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
    command,
    files,
    debug: values.debug ?? false,
    batch: files.length > 1 || files.some(isFolder) || BATCH_ONLY.some((name) => values[name] !== undefined),
    ...(jobs !== undefined ? { threads: jobs } : {}),
    force: values.force ?? false,
    quiet: values.quiet ?? false,
    json: values.json ?? false,
    index: values.index ?? false,
    bag: values.bag ?? false,
    options: {
      outDir: values.out ?? 'dist',
      formats,
      report: values.report ?? false,
      profile: profileOf(values.profile, values.pdfa),
      ...(values.checksums === true ? { checksums: true } : {}),
      ...(values.strict === true ? { strict: true } : {}),
      ...(values.theme !== undefined ? { theme: values.theme } : {}),
      ...(values['resource-path'] !== undefined ? { resourcePath: values['resource-path'].split(delimiter).filter((dir) => dir !== '') } : {}),
      ...(epoch !== undefined ? { sourceDateEpoch: epoch } : {}),
    },
  };
}

function profileOf(profile: string | undefined, pdfa: string | undefined): PdfProfile {
  if (profile === 'print') {
    if (pdfa !== undefined) throw new UsageError('--pdfa applies to the archive profile, not --profile print');
    return { kind: 'print' };
  }
  if (profile !== undefined && profile !== 'archive') throw new UsageError(`unknown profile "${profile}" (expected archive or print)`);
  if (pdfa === undefined || pdfa === '3b') return { kind: 'archive', pdfa: 'PDF/A-3b' };
  if (pdfa === '1b') return { kind: 'archive', pdfa: 'PDF/A-1b' };
  throw new UsageError(`unknown PDF/A level "${pdfa}" (expected 3b or 1b)`);
}

/** A folder of manuscripts; one holding book.yaml is a book, built as one. */
function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory() && !existsSync(join(path, 'book.yaml'));
  } catch {
    return false;
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  // Saved web pages: their own options, and their own module, loaded only for them.
  if (argv[0] === 'import' || argv[0] === 'archive') return (await import('./cli-import.ts')).importMain(argv);
  if (argv[0] === 'watch' || argv[0] === 'queue') return (await import('./cli-scale.ts')).main(argv);
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

  if (invocation.command === 'check') return check(invocation);
  // Decided before anything is built, so a clash of output names writes nothing.
  const plan = (await import('./inputs.ts')).planBuilds(invocation.files, invocation.options.outDir);
  if ('errors' in plan) {
    for (const d of plan.errors) process.stderr.write(`${formatDiagnostic(d)}\n`);
    return EXIT.manuscript;
  }
  if (invocation.batch) {
    const { buildBatch } = await import('./cli-batch.ts');
    return buildBatch(invocation);
  }
  let status: number = EXIT.ok;
  for (const { input, outName } of plan.builds) {
    status = Math.max(status, await buildOne(input, { ...invocation, options: { ...invocation.options, outName } }));
  }
  return status;
}

async function check({ files, json, debug }: CheckInvocation): Promise<number> {
  try {
    const { checkFiles } = await import('./check/index.ts');
    const report = await checkFiles(files);
    if (json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else process.stdout.write((await import('./check/report.ts')).formatReport(report));
    return report.ok ? EXIT.ok : EXIT.manuscript;
  } catch (error) {
    const detail = debug ? ((error as Error).stack ?? String(error)) : String((error as Error).message ?? error);
    process.stderr.write(`galley check: internal error: ${detail}\nThis is a bug in Galley, not in your files. Please report it with the command and its output${debug ? '' : ' (rerun with --debug for a trace)'}.\n`);
    return EXIT.internal;
  }
}

async function buildOne(file: string, { options, debug }: BuildInvocation): Promise<number> {
  try {
    // A book.yaml (a folder holding one arrives here as its book.yaml) is a book of chapters.
    const result = /\.ya?ml$/iu.test(file)
      ? await (await import('./book/build.ts')).buildBook(file, options)
      : await (await import('./build.ts')).buildManuscript(file, options);
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

export function isParseArgsError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return error instanceof TypeError && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
