// `galley watch`: one warm build() and file watchers. Every save of the
// manuscript, of a file beside it (images, bibliography), or of any file the
// last build read wherever it lies (an included listing, an image from
// --resource-path, a bibliography in another folder) rebuilds it in this
// process, where fonts and caches stay loaded (the theme and its fonts,
// shaped text and broken paragraphs are kept while only the manuscript
// changes); outputs are written atomically, so a broken save leaves the last
// good files in place.
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { buildManuscript, type BuildOptions, type BuildSession } from '../build.ts';
import { formatDiagnostic, UserError } from '../diagnostics.ts';

/** Editors save in bursts (write, rename, chmod): one rebuild per burst. */
const SETTLE_MS = 20;

/**
 * What a build may read beside the manuscript: chapters, images, sources,
 * styles, themes and their fonts. Anything else in the folder (a log the
 * watch itself writes, `galley watch a.md > build.log`) never starts a build.
 */
const INPUT_FILE = /\.(?:md|markdown|png|jpe?g|svg|pdf|bib|json|ya?ml|csl|ttf|otf)$/iu;

export interface Watching {
  /** Resolves when the first build is done. */
  readonly ready: Promise<void>;
  close(): void;
}

function clock(): string {
  return new Date().toISOString().slice(11, 19);
}

/** One build, reported as a line (and its diagnostics); never throws. Resolves to the files it read, null when it failed. */
export async function rebuild(file: string, options: BuildOptions, log: (line: string) => void): Promise<readonly string[] | null> {
  const started = performance.now();
  try {
    const result = await buildManuscript(file, options);
    for (const d of result.diagnostics) log(formatDiagnostic(d));
    log(`${clock()} built ${file} in ${Math.round(performance.now() - started)} ms (${result.pages} pages)`);
    return result.read;
  } catch (error) {
    // A watch outlives any one build: even a bug in Galley is reported and the watch goes on.
    if (error instanceof UserError) for (const d of error.diagnostics) log(formatDiagnostic(d));
    else log(`${file}: internal error: ${(error as Error).message} (a bug in Galley; please report it)`);
    log(`${clock()} ${file} has errors; the last good outputs are kept`);
    return null;
  }
}

/**
 * The files a build read that the manuscript folder's watcher does not see
 * (in other folders, or beside it but of kinds it ignores, such as an
 * included `.rs` listing): one watcher per folder, kept to the last good
 * build's files.
 */
class ReadFiles {
  private readonly folders = new Map<string, { names: Set<string>; watcher: FSWatcher }>();

  constructor(
    private readonly folder: string,
    private readonly changed: () => void,
  ) {}

  follow(read: readonly string[]): void {
    const wanted = new Map<string, Set<string>>();
    for (const path of read) {
      if (dirname(path) === this.folder && INPUT_FILE.test(path)) continue;
      wanted.set(dirname(path), (wanted.get(dirname(path)) ?? new Set<string>()).add(basename(path)));
    }
    for (const [dir, watched] of this.folders) {
      if (wanted.has(dir)) continue;
      watched.watcher.close();
      this.folders.delete(dir);
    }
    for (const [dir, names] of wanted) {
      const known = this.folders.get(dir);
      if (known !== undefined) known.names = names;
      else this.watch(dir, names);
    }
  }

  close(): void {
    for (const { watcher } of this.folders.values()) watcher.close();
    this.folders.clear();
  }

  private watch(dir: string, names: Set<string>): void {
    try {
      const entry = {
        names,
        watcher: watch(dir, (_event, name) => {
          if (name !== null && entry.names.has(name)) this.changed();
        }),
      };
      this.folders.set(dir, entry);
    } catch {
      // A folder that is gone or unreadable: the build that needs it reports that.
    }
  }
}

export function watchManuscript(file: string, options: BuildOptions, log: (line: string) => void): Watching {
  const folder = dirname(resolve(file));
  const name = basename(file);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let again = false;
  let session: BuildSession = {};
  let others = false;
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      // A save during a build queues exactly one more build after it.
      if (again) return;
      again = true;
      running = running.then(() => {
        again = false;
        // A changed image, bibliography or theme file: start afresh rather than know what it touches.
        if (others) session = {};
        others = false;
        return rebuild(file, { ...options, session }, log).then(follow);
      });
    }, SETTLE_MS);
  };
  const elsewhere = new ReadFiles(folder, () => {
    others = true;
    schedule();
  });
  const follow = (read: readonly string[] | null): void => {
    if (read !== null) elsewhere.follow(read);
  };
  const outDir = resolve(options.outDir);
  // The folder, not the file: editors that save by renaming would end a watch on the file.
  const watcher: FSWatcher = watch(folder, (_event, changed) => {
    if (changed === null || changed.startsWith('.')) return;
    if (changed === name) schedule();
    else if (INPUT_FILE.test(changed) && !resolve(folder, changed).startsWith(outDir)) {
      others = true;
      schedule();
    }
  });
  const ready = rebuild(file, { ...options, session }, log).then(follow);
  running = ready;
  return {
    ready,
    close: () => {
      clearTimeout(timer);
      watcher.close();
      elsewhere.close();
    },
  };
}
