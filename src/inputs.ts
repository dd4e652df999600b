// The command line's inputs → the manuscripts to build and where each one's
// outputs go, decided before anything is built: folders are expanded, and the
// output folder mirrors the inputs' folders below their common parent, so two
// manuscripts never write one file.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from './diagnostics.ts';
import { BOOK_FILE } from './book/index.ts';

export interface PlannedBuild {
  /** The manuscript, as the user named it (or as found in a folder they named). */
  readonly input: string;
  /** Its outputs' path in the output folder, without extension: `box`, `a/box`. */
  readonly outName: string;
}

/** Housekeeping files of a repository, not manuscripts (compared without regard to case). */
const NOT_MANUSCRIPTS = new Set(['readme.md', 'license.md', 'changelog.md', 'contributing.md', 'code_of_conduct.md']);

// Chapter 2 before chapter 10; a fixed locale, so every machine builds in the same order.
const byPath = new Intl.Collator('en', { numeric: true }).compare;

/** Every manuscript the inputs name, in order, with its output name; or why not. */
export function planBuilds(named: readonly string[], outDir: string): { builds: PlannedBuild[] } | { errors: Diagnostic[] } {
  const errors: Diagnostic[] = [];
  const files: string[] = [];
  for (const input of named) {
    if (!isFolder(input)) {
      files.push(input);
      continue;
    }
    // A folder holding book.yaml is one book, not a batch of manuscripts.
    const book = join(input, BOOK_FILE);
    if (isFile(book)) {
      files.push(book);
      continue;
    }
    const found = manuscriptsIn(input);
    if (found.length === 0) {
      errors.push(at(input, 'this folder holds no manuscript: no .md file under it (README.md and the like, and names starting with "_" or ".", are skipped)'));
    }
    files.push(...found);
  }
  if (errors.length > 0) return { errors };

  // A file named twice (`book/` and `book/ch1.md`, or through a link) is built once.
  const unique = new Map<string, string>();
  for (const file of files) {
    const key = canonical(file);
    if (!unique.has(key)) unique.set(key, file);
  }
  const inputs = [...unique.values()];
  const parent = commonFolder(inputs.map((input) => dirname(resolve(input))));
  const builds: PlannedBuild[] = [];
  const claimed = new Map<string, string>();
  for (const input of inputs) {
    const path = relative(parent, resolve(input));
    // A book is named after its folder (`novel/book.yaml` → novel.pdf).
    const named = basename(path).toLowerCase() === BOOK_FILE ? (dirname(path) === '.' ? basename(dirname(resolve(input))) : dirname(path)) : path.slice(0, path.length - extname(path).length);
    const outName = named.split(sep).join('/');
    // Compared without case: on macOS and Windows, Box.pdf and box.pdf are one file.
    const first = claimed.get(outName.toLowerCase());
    if (first !== undefined) {
      errors.push(at(input, `would write ${join(outDir, outName)}.pdf and .epub, as ${first} does; rename one of them`));
      continue;
    }
    claimed.set(outName.toLowerCase(), input);
    builds.push({ input, outName });
  }
  return errors.length > 0 ? { errors } : { builds };
}

function at(file: string, message: string): Diagnostic {
  return { severity: 'error', file, line: 1, column: 1, message };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    // Missing or unreadable: the build says so, at the file.
    return false;
  }
}

/** The absolute path with links resolved, so one file named two ways is one file. */
function canonical(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return resolve(file);
  }
}

/** The `.md` files under `folder`, sorted, recursively, and the book.yaml of each book folder; skips what NOT_MANUSCRIPTS and `skipped` name. */
function manuscriptsIn(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => byPath(a.name, b.name));
    for (const entry of entries) {
      if (skipped(entry.name)) continue;
      const path = join(dir, entry.name);
      // Links to folders are not followed: a link back up would never end.
      // A folder holding book.yaml is one book: its chapters are not manuscripts of their own.
      if (entry.isDirectory()) {
        if (isFile(join(path, BOOK_FILE))) found.push(join(path, BOOK_FILE));
        else walk(path);
      }
      else if (/\.md$/iu.test(entry.name) && !NOT_MANUSCRIPTS.has(entry.name.toLowerCase()) && isFile(path)) found.push(path);
    }
  };
  walk(folder);
  return found;
}

/** Hidden names, drafts and partials (`_name`, as Quarto and Jekyll skip them), and installed packages. */
function skipped(name: string): boolean {
  return name.startsWith('.') || name.startsWith('_') || name === 'node_modules';
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The deepest folder holding every one of `folders` (absolute paths). */
function commonFolder(folders: readonly string[]): string {
  const [first, ...rest] = folders.map((folder) => folder.split(sep));
  if (first === undefined) return process.cwd();
  let length = first.length;
  for (const parts of rest) {
    let i = 0;
    while (i < length && i < parts.length && parts[i] === first[i]) i++;
    length = i;
  }
  return first.slice(0, length).join(sep) || sep;
}
