// One batch task on a warm worker thread (or in the calling thread): build()
// for one manuscript, or for one book (its book.yaml) as a whole, skipped
// when the manifest says its outputs are current.
// Fonts, hyphenation patterns and caches stay loaded between tasks, which is
// what makes a batch cheaper than one process per manuscript.
import { existsSync, readFileSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import { buildManuscript, type BuildOptions, type BuildResult, type Format } from '../build.ts';
import { type Diagnostic, UserError } from '../diagnostics.ts';
import { parseManuscript } from '../parse/index.ts';
import { bookDependenciesOf, dependenciesOf, inputsDigest, themeFiles } from './inputs.ts';

/** Build options as they cross a thread or a queue: plain data. */
export type PlainOptions = Omit<BuildOptions, 'formats' | 'outDir'> & { readonly formats: readonly Format[] };

export interface Task {
  readonly input: string;
  readonly outDir: string;
  readonly options: PlainOptions;
  /** What the manifest recorded for this input's last build, if anything. */
  readonly previous?: { readonly digest: string; readonly dependencies: readonly string[]; readonly outputs: readonly string[]; readonly about: About };
  readonly force: boolean;
}

/** What an archive's index shows of a manuscript. */
export interface About {
  readonly title: string;
  readonly date?: string;
  readonly publisher?: string;
  /** URL of the original publication. */
  readonly source?: string;
  /** A book's chapter count; absent for a manuscript. */
  readonly chapters?: number;
}

export type TaskResult =
  | { readonly status: 'built'; readonly input: string; readonly outputs: readonly string[]; readonly diagnostics: readonly Diagnostic[]; readonly pages: number; readonly digest: string; readonly dependencies: readonly string[]; readonly about: About; readonly ms: number }
  | { readonly status: 'current'; readonly input: string; readonly outputs: readonly string[]; readonly about: About }
  | { readonly status: 'failed'; readonly input: string; readonly diagnostics: readonly Diagnostic[]; readonly internal?: string; readonly ms: number };

// Worker threads get the version of Galley from the thread that started them (see cache.ts).
const version = (workerData as { galleyBuild?: unknown } | null)?.galleyBuild;
if (typeof version === 'string') (globalThis as Record<symbol, unknown>)[Symbol.for('galley.build')] = version;

export function buildOptions(task: Pick<Task, 'outDir' | 'options'>): BuildOptions {
  return { ...task.options, outDir: task.outDir, formats: new Set(task.options.formats) };
}

export default async function runTask(task: Task): Promise<TaskResult> {
  const options = buildOptions(task);
  const { previous } = task;
  if (!task.force && previous !== undefined && previous.outputs.every((file) => existsSync(file))) {
    if (inputsDigest(task.input, previous.dependencies, options) === previous.digest) {
      return { status: 'current', input: task.input, outputs: previous.outputs, about: previous.about };
    }
  }
  const started = performance.now();
  try {
    const { result, dependencies, about } = BOOK_INPUT.test(task.input) ? await buildBookTask(task.input, options) : await buildManuscriptTask(task.input, options);
    return {
      status: 'built',
      input: task.input,
      outputs: result.outputs,
      diagnostics: result.diagnostics,
      pages: result.pages,
      dependencies,
      about,
      digest: inputsDigest(task.input, dependencies, options),
      ms: performance.now() - started,
    };
  } catch (error) {
    const ms = performance.now() - started;
    if (error instanceof UserError) return { status: 'failed', input: task.input, diagnostics: error.diagnostics, ms };
    return { status: 'failed', input: task.input, diagnostics: [], internal: (error as Error).stack ?? String(error), ms };
  }
}

/** A batch input that is a book: its book.yaml (a book's folder is planned as its book.yaml). */
const BOOK_INPUT = /\.ya?ml$/iu;

interface Built {
  readonly result: BuildResult;
  readonly dependencies: string[];
  readonly about: About;
}

async function buildManuscriptTask(input: string, options: BuildOptions): Promise<Built> {
  const result = await buildManuscript(input, options);
  const text = readFileSync(input);
  const { document } = parseManuscript(input, text);
  const metadata = document?.metadata;
  return {
    result,
    dependencies: dependenciesOf(input, document, text.toString('utf8')),
    about: {
      title: metadata?.title ?? input,
      ...(metadata?.date !== undefined ? { date: metadata.date } : {}),
      ...(metadata?.publisher !== undefined ? { publisher: metadata.publisher } : {}),
      ...(metadata?.source !== undefined ? { source: metadata.source } : {}),
    },
  };
}

async function buildBookTask(input: string, options: BuildOptions): Promise<Built> {
  const { buildBook } = await import('../book/build.ts');
  const { book, theme, ...result } = await buildBook(input, options);
  const { metadata } = book;
  return {
    result,
    // The theme book.yaml names is read as the one given on the command line is.
    dependencies: [...bookDependenciesOf(input, book), ...(theme !== options.theme ? themeFiles(theme) : [])],
    about: {
      title: metadata.title,
      chapters: book.chapters.filter((chapter) => chapter.backMatter !== true).length,
      ...(metadata.date !== undefined ? { date: metadata.date } : {}),
      ...(metadata.publisher !== undefined ? { publisher: metadata.publisher } : {}),
    },
  };
}
