// book.yaml (or a folder holding one) → a Book: reads book.yaml, parses each
// chapter as a manuscript of its own (a chapter needs no front matter: its
// title is its first heading), resolves the links between chapters, and
// collects every warning, located in the file it is about.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Book, Chapter, Part, SourceFile } from '../document/book.ts';
import type { Document } from '../document.ts';
import { loadSources, type CitationSettings } from '../cite/sources.ts';
import { Diagnostics, type Diagnostic } from '../diagnostics.ts';
import { parseManuscript } from '../parse/index.ts';
import { inlineText } from '../text.ts';
import { anchorsOf, chapterId, checkCrossReferences, partId, prefixAnchors, XREF_SCHEME, type CrossReference } from './anchors.ts';
import { readBookFile, type ChapterEntry } from './load.ts';

export const BOOK_FILE = 'book.yaml';

/** The book file an input names: itself, or the book.yaml in a folder; null when it is no book. */
export function bookFileOf(input: string): string | null {
  try {
    if (statSync(input).isDirectory()) {
      const inside = join(input, BOOK_FILE);
      return statSync(inside).isFile() ? inside : null;
    }
  } catch {
    return null;
  }
  return /\.ya?ml$/iu.test(input) ? input : null;
}

export interface LoadedBook {
  /** null when any diagnostic is an error. */
  readonly book: Book | null;
  readonly diagnostics: readonly Diagnostic[];
  /** The theme book.yaml names, if any (relative to its folder). */
  readonly theme?: string;
  /** book.yaml's bibliography, style and listing (the book's one Sources list follows them). */
  readonly citations?: CitationSettings;
  /** The chapters and every file they read (see ParseResult.read), when the book is read. */
  readonly read?: readonly string[];
}

export function loadBook(path: string, options: { readonly resourcePath?: readonly string[] } = {}): LoadedBook {
  const diagnostics = new Diagnostics(path);
  let text: string;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
    text = bytes.toString('utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    diagnostics.error(1, 1, `cannot read the book: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
    return { book: null, diagnostics: diagnostics.items };
  }
  const folder = dirname(path);
  const file = readBookFile(path, text, folder, diagnostics);
  if (file === null) return { book: null, diagnostics: diagnostics.items };
  const theme = file.theme === undefined ? {} : { theme: /[/\\]/u.test(file.theme) ? resolve(folder, file.theme) : file.theme };

  // Every chapter file, checked before any is parsed, so a cross-reference knows its target's number.
  const byPath = new Map<string, number>();
  const entries: ChapterEntry[] = [];
  for (const entry of file.chapters) {
    const target = resolve(folder, entry.file);
    if (!isFile(target)) {
      const why = existsSync(target) ? 'is not a file' : `does not exist (looked for ${join(folder, entry.file)})`;
      diagnostics.error(entry.at.line, entry.at.column, `chapter file "${entry.file}" ${why}`);
      continue;
    }
    if (byPath.has(target)) {
      diagnostics.error(entry.at.line, entry.at.column, `chapter file "${entry.file}" is listed twice`);
      continue;
    }
    entries.push(entry);
    byPath.set(target, entries.length);
  }
  if (diagnostics.hasErrors) return { book: null, diagnostics: diagnostics.items };

  const all: Diagnostic[] = [...diagnostics.items];
  const refs: CrossReference[] = [];
  const parsed: Titled[] = [];
  const sources: SourceFile[] = [{ name: basename(path), bytes, type: 'application/yaml' }];
  const citedFromBook = new Set<string>();
  const read = new Set<string>();
  entries.forEach((entry, i) => {
    const n = i + 1;
    const chapterPath = join(folder, entry.file);
    const chapterBytes = readFileSync(chapterPath);
    const untitled = basename(entry.file, extname(entry.file));
    const crossLink = (url: string, at: { line: number; column: number }): string | null => {
      const match = /^([^#?:]+\.(?:md|markdown))(#.*)?$/iu.exec(url);
      if (match === null) return null;
      const target = byPath.get(resolve(dirname(chapterPath), decodeURI(match[1] ?? '')));
      if (target === undefined) return null;
      const resolved = `${XREF_SCHEME}${target}${match[2] ?? ''}`;
      refs.push({ from: n, file: chapterPath, at, url: resolved, written: url });
      return resolved;
    };
    const citations = { settings: file.citations, folder };
    const result = parseManuscript(chapterPath, chapterBytes, {
      untitled,
      crossLink,
      citations,
      lang: file.metadata.lang,
      ...(options.resourcePath ? { resourcePath: options.resourcePath } : {}),
    });
    all.push(...result.diagnostics);
    for (const id of result.citedFromBook ?? []) citedFromBook.add(id);
    for (const file of [resolve(chapterPath), ...result.read]) read.add(file);
    sources.push({ name: entry.file, bytes: chapterBytes, type: 'text/markdown' });
    if (result.document === null) return;
    parsed.push(titled(result.document, untitled));
  });
  if (all.some((d) => d.severity === 'error')) return { book: null, diagnostics: all, ...theme };
  all.push(...uncitedSources(file.citations, path, folder, citedFromBook));
  dropSeriesHeadings(parsed);

  const { reached, warnings } = checkCrossReferences(refs, parsed.map((chapter) => anchorsOf(chapter.document.blocks)));
  all.push(...warnings);
  const parts: Part[] = file.parts.map((title, i) => ({ number: i + 1, title, id: partId(i + 1) }));
  const chapters: Chapter[] = parsed.map(({ document, title, unnumbered }, i) => {
    const part = entries[i]?.part;
    return {
      number: i + 1,
      title,
      id: chapterId(i + 1),
      document: prefixAnchors(document, i + 1, reached),
      ...(part !== undefined ? { part: part + 1 } : {}),
      ...(unnumbered ? { unnumbered } : {}),
    };
  });
  for (const name of file.citations.bibliography) {
    const bib = typeof name === 'string' ? name : name.value;
    const type = /\.ya?ml$/iu.test(bib) ? 'application/yaml' : /\.json$/iu.test(bib) ? 'application/json' : /\.bib$/iu.test(bib) ? 'application/x-bibtex' : 'text/plain';
    if (isFile(resolve(folder, bib))) sources.push({ name: bib, bytes: readFileSync(resolve(folder, bib)), type });
  }
  const book: Book = {
    path,
    metadata: file.metadata,
    parts,
    chapters,
    sources,
    ...(file.edition !== undefined ? { edition: file.edition } : {}),
    ...(file.dedication !== undefined ? { dedication: file.dedication } : {}),
    ...(file.copyright !== undefined ? { copyright: file.copyright } : {}),
  };
  return { book, diagnostics: all, ...theme, citations: file.citations, read: [...read] };
}

interface Titled {
  document: Document;
  title: string;
  fromHeading: boolean;
  /** Front matter `unnumbered: true`, or a title heading written `{.unnumbered}` or `{-}`. */
  unnumbered?: true;
}

/**
 * The chapter's title: its front matter's, else its first heading, which then
 * leaves the text (the chapter opening sets it).
 */
function titled(document: Document, untitled: string): Titled {
  const first = document.blocks[0];
  const { metadata } = document;
  const flagged = metadata.unnumbered === true ? { unnumbered: true as const } : {};
  if (metadata.title !== untitled || first?.type !== 'heading') return { document, title: metadata.title, fromHeading: false, ...flagged };
  const title = inlineText(first.children).replace(/\s+/gu, ' ').trim() || untitled;
  const unnumbered = first.unnumbered === true ? { unnumbered: true as const } : flagged;
  return { document: { ...document, metadata: { ...metadata, title }, blocks: document.blocks.slice(1) }, title, fromHeading: true, ...unnumbered };
}

/**
 * A heading every chapter opens with (the series' or book's name above each
 * chapter's own, as many books kept in Markdown have it) names no chapter: when
 * two or more chapters took the same title from their first heading, and a
 * heading follows it, that heading is the title instead.
 */
function dropSeriesHeadings(chapters: Titled[]): void {
  const counts = new Map<string, number>();
  for (const chapter of chapters) if (chapter.fromHeading) counts.set(chapter.title, (counts.get(chapter.title) ?? 0) + 1);
  for (const chapter of chapters) {
    const next = chapter.document.blocks[0];
    if (!chapter.fromHeading || (counts.get(chapter.title) ?? 0) < 2 || next?.type !== 'heading') continue;
    const title = inlineText(next.children).replace(/\s+/gu, ' ').trim();
    if (title === '') continue;
    chapter.title = title;
    if (next.unnumbered === true) chapter.unnumbered = true;
    chapter.document = { ...chapter.document, metadata: { ...chapter.document.metadata, title }, blocks: chapter.document.blocks.slice(1) };
  }
}

/** A warning for each of book.yaml's sources that no chapter cites (each chapter reports only its own bibliography's). */
function uncitedSources(settings: CitationSettings, path: string, folder: string, cited: ReadonlySet<string>): Diagnostic[] {
  const diagnostics = new Diagnostics(path);
  const library = loadSources(settings, path, folder, diagnostics);
  return [...(library?.entries.values() ?? [])]
    .filter((entry) => !cited.has(entry.id))
    .map((entry) => ({ severity: 'warning', file: entry.file, line: entry.at.line, column: entry.at.column, message: `source "${entry.id}" is never cited` }));
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
