// What an output was made from, for incremental batches: the manuscript (or a
// book's book.yaml and every chapter), the files they name (images,
// bibliography, CSL style), the theme's files, the
// build options and Galley's own version, hashed into one digest. A rerun
// hashes the same files again; an equal digest means the outputs are current.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildOptions } from '../build.ts';
import type { Book } from '../document/book.ts';
import type { Document } from '../document.ts';

const TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

/** Paths written in the manuscript that may name a bibliography or a CSL style. */
const DATA_FILE = /[^\s"'<>()[\],:]+\.(?:json|ya?ml|csl)\b/gu;

/** The files a built manuscript read besides itself: its images, and the data files it names that exist. */
export function dependenciesOf(input: string, document: Document | null, text: string): string[] {
  const found = new Set<string>();
  if (document !== null) collectImages(document, found);
  const base = dirname(resolve(input));
  for (const match of text.matchAll(DATA_FILE)) {
    const candidate = resolve(base, match[0]);
    if (existsSync(candidate) && statSync(candidate).isFile()) found.add(candidate);
  }
  return [...found].sort();
}

/** The files a built book read besides book.yaml: its chapters, the files they and book.yaml name, its images. */
export function bookDependenciesOf(input: string, book: Book): string[] {
  const folder = dirname(resolve(input));
  const found = new Set<string>();
  for (const source of book.sources) if (resolve(folder, source.name) !== resolve(input)) found.add(resolve(folder, source.name));
  for (const chapter of book.chapters) {
    for (const file of dependenciesOf(chapter.document.path, chapter.document, chapter.document.source.toString('utf8'))) found.add(file);
  }
  for (const file of dependenciesOf(input, null, readFileSync(input, 'utf8'))) found.add(file);
  collectImages(book.metadata, found);
  return [...found].sort();
}

/** Every ImageRef in the document (inline images, figures, the cover), found by shape. */
function collectImages(value: unknown, found: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectImages(item, found);
    return;
  }
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return;
  const record = value as Record<string, unknown>;
  if (typeof record.path === 'string' && typeof record.mediaType === 'string') found.add(record.path);
  for (const child of Object.values(record)) collectImages(child, found);
}

/** The theme's folder: a shipped theme by name, or the folder (or theme.yaml) given as a path. */
function themeDir(theme: string | undefined): string {
  if (theme === undefined) return join(TEMPLATES, 'default');
  const asPath = resolve(theme);
  if (existsSync(asPath)) return statSync(asPath).isDirectory() ? asPath : dirname(asPath);
  return join(TEMPLATES, theme);
}

/** The files of a theme (by name or path; the default theme when undefined). */
export function themeFiles(theme: string | undefined): string[] {
  return filesUnder(themeDir(theme));
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .sort();
}

/** The version of Galley running (see cache.ts): the bundle's hash, or 'source' when run from source. */
export function galleyVersion(): string {
  const build: unknown = (globalThis as Record<symbol, unknown>)[Symbol.for('galley.build')];
  return typeof build === 'string' ? build : 'source';
}

/** One digest of everything an output depends on; a missing file hashes as missing. */
export function inputsDigest(input: string, dependencies: readonly string[], options: BuildOptions): string {
  const hash = createHash('sha256');
  const add = (label: string, bytes: Buffer | string): void => {
    hash.update(label).update('\0').update(bytes).update('\0');
  };
  add('galley', galleyVersion());
  add('options', JSON.stringify({ ...options, outDir: undefined, formats: [...options.formats].sort() }));
  for (const file of [resolve(input), ...dependencies, ...themeFiles(options.theme), ...filesUnder(join(TEMPLATES, 'default'))]) {
    add(file, existsSync(file) ? readFileSync(file) : 'missing');
  }
  return hash.digest('hex');
}
