// `galley import` and `galley archive`: saved web pages in, manuscripts (and,
// for archive, the PDF/A-3b and EPUB embedding the original page) out. Loaded
// only for these commands, so `galley build` never pays for the HTML readers.
import { parseArgs } from 'node:util';
import { formatDiagnostic, UserError } from './diagnostics.ts';

export const IMPORT_USAGE = `usage: galley import <page>... [--out DIR] [--url URL] [--links-as-notes] [--strict]
       galley archive <page>... [--out DIR] [--url URL] [--links-as-notes] [--theme NAME|PATH] [--pdfa 3b] [--strict]`;

const HELP = `${IMPORT_USAGE}

galley import: turns a saved web page into a manuscript ready for galley build:
DIR/<slug>.md with front matter from the page's metadata, and its images beside it.
A page is a .html saved "complete" (with its _files folder), a .mhtml/.mht, or a
.warc/.warc.gz (the record at --url). Images come only from the saved files.

galley archive: import, then build the archive copy: a PDF/A-3b embedding the
original page and its images (AFRelationship /Source) and the manuscript (/Data),
and the EPUB.

  --out DIR          output folder (default: dist)
  --url URL          the page's address: chooses the record in a WARC; the source
                     when the page does not name its canonical URL
  --links-as-notes   each external link keeps its text and gains a note with its URL
  --strict           warnings (images not in the saved files) are errors
  --theme NAME|PATH  (archive) the theme to build with
  --pdfa 3b          (archive) the only level that can carry the original page`;

const EXIT = { ok: 0, input: 1, usage: 2, internal: 3 } as const;

interface Invocation {
  readonly command: 'import' | 'archive';
  readonly pages: readonly string[];
  readonly outDir: string;
  readonly url?: string;
  readonly linksAsNotes: boolean;
  readonly strict: boolean;
  readonly theme?: string;
  readonly debug: boolean;
}

class UsageError extends Error {}

function parse(argv: readonly string[]): Invocation | 'help' {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string' },
      url: { type: 'string' },
      'links-as-notes': { type: 'boolean' },
      strict: { type: 'boolean' },
      theme: { type: 'string' },
      pdfa: { type: 'string' },
      debug: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  const [command, ...pages] = positionals;
  if (command !== 'import' && command !== 'archive') throw new UsageError(`unknown command "${command ?? ''}"`);
  if (pages.length === 0) throw new UsageError('no saved page given');
  if (command === 'import' && (values.theme !== undefined || values.pdfa !== undefined)) {
    throw new UsageError(`--${values.theme !== undefined ? 'theme' : 'pdfa'} is an option of galley archive, not galley import`);
  }
  if (values.pdfa !== undefined && values.pdfa !== '3b') {
    throw new UsageError(`galley archive embeds the original page, which PDF/A-${values.pdfa} cannot carry: only --pdfa 3b (the default) can; use galley import and then galley build --pdfa ${values.pdfa} for a copy without it`);
  }
  if (values.url !== undefined && !/^https?:\/\/[^/]/u.test(values.url)) throw new UsageError(`--url must be an http(s) URL, not "${values.url}"`);
  return {
    command,
    pages,
    outDir: values.out ?? 'dist',
    linksAsNotes: values['links-as-notes'] ?? false,
    strict: values.strict ?? false,
    debug: values.debug ?? false,
    ...(values.url !== undefined ? { url: values.url } : {}),
    ...(values.theme !== undefined ? { theme: values.theme } : {}),
  };
}

async function one(page: string, invocation: Invocation): Promise<number> {
  try {
    const { importPage } = await import('./import/index.ts');
    const imported = await importPage(page, {
      outDir: invocation.outDir,
      linksAsNotes: invocation.linksAsNotes,
      strict: invocation.strict,
      ...(invocation.url !== undefined ? { url: invocation.url } : {}),
    });
    for (const d of imported.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
    for (const output of imported.outputs) process.stdout.write(`wrote ${output}\n`);
    if (invocation.command === 'import') return EXIT.ok;

    const { buildManuscript } = await import('./build.ts');
    // Without a published date the capture time fixes the timestamps: archiving the same page twice gives the same files.
    const epoch = process.env.SOURCE_DATE_EPOCH ?? (imported.hasDate ? undefined : String(imported.captured));
    const built = await buildManuscript(imported.manuscript, {
      outDir: invocation.outDir,
      formats: new Set(['pdf', 'epub']),
      report: false,
      profile: { kind: 'archive', pdfa: 'PDF/A-3b' },
      original: imported.original,
      ...(invocation.theme !== undefined ? { theme: invocation.theme } : {}),
      ...(epoch !== undefined ? { sourceDateEpoch: epoch } : {}),
    });
    for (const d of built.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
    for (const output of built.outputs) process.stdout.write(`wrote ${output}\n`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof UserError) {
      for (const d of error.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
      return EXIT.input;
    }
    const detail = invocation.debug ? ((error as Error).stack ?? String(error)) : String((error as Error).message ?? error);
    process.stderr.write(`${page}: internal error: ${detail}\nThis is a bug in Galley, not in your page. Please report it with the page${invocation.debug ? ' and this trace' : ' and the output of the same command with --debug'}.\n`);
    return EXIT.internal;
  }
}

export async function importMain(argv: readonly string[]): Promise<number> {
  let invocation: Invocation | 'help';
  try {
    invocation = parse(argv);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!(error instanceof UsageError) && !(typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) throw error;
    process.stderr.write(`galley: ${(error as Error).message}\n${IMPORT_USAGE}\n`);
    return EXIT.usage;
  }
  if (invocation === 'help') {
    process.stdout.write(`${HELP}\n`);
    return EXIT.ok;
  }
  let status: number = EXIT.ok;
  for (const page of invocation.pages) status = Math.max(status, await one(page, invocation));
  return status;
}
