// book.yaml → the book's metadata (read as a manuscript's front matter is, so
// the keys mean the same) and its table of contents as written: chapter files
// and parts (Quarto's `- part: "Title"` with its own `chapters:`), each entry
// located in book.yaml for the messages about it.
import type { Yaml } from 'mdast';
import type { Metadata, Point } from '../document.ts';
import { Diagnostics } from '../diagnostics.ts';
import { readFrontMatter } from '../parse/front-matter.ts';
import type { CitationSettings } from '../cite/sources.ts';
import { closest } from '../util/closest.ts';
import { fromYaml, parseYamlWithPositions, type Located } from '../util/yaml.ts';

/** The keys book.yaml has besides a manuscript's front matter keys. */
const BOOK_KEYS = ['chapters', 'edition', 'dedication', 'copyright'] as const;
const PART_KEYS = ['part', 'chapters'] as const;

export interface ChapterEntry {
  /** As written, relative to book.yaml. */
  readonly file: string;
  readonly at: Point;
  /** Index into BookFile.parts. */
  readonly part?: number;
}

export interface BookFile {
  readonly metadata: Metadata;
  readonly citations: CitationSettings;
  readonly theme?: string;
  readonly edition?: string;
  readonly dedication?: string;
  readonly copyright?: string;
  readonly parts: readonly string[];
  readonly chapters: readonly ChapterEntry[];
}

/** Reads book.yaml's text; null when an error is among the diagnostics. */
export function readBookFile(path: string, text: string, folder: string, diagnostics: Diagnostics): BookFile | null {
  // Read as front matter whose YAML starts on line 1 (front matter starts on the line after `---`).
  const node: Yaml = { type: 'yaml', value: text, position: { start: { line: 0, column: 1 }, end: { line: 0, column: 1 } } };
  const before = diagnostics.items.length;
  const { metadata, citations } = readFrontMatter(node, diagnostics, folder, undefined, { otherKeys: BOOK_KEYS });
  // The same messages, but this file is no manuscript's front matter.
  const reworded = diagnostics.items.slice(before).map((item) => ({
    ...item,
    message: item.message.replace(/\b(?:the )?front matter\b/gu, 'book.yaml').replace('every manuscript needs one', 'every book needs one'),
  }));
  diagnostics.items.splice(before, reworded.length, ...reworded);
  const { doc, pointOf } = parseYamlWithPositions(text);
  if (doc.errors.length > 0 || metadata === null) return null;
  const root = fromYaml(doc.contents, doc, pointOf);
  if (root.kind !== 'map') return null;

  const fields = new Map(root.entries.map((entry) => [entry.key, entry]));
  const textOf = (key: string): string | undefined => {
    const entry = fields.get(key);
    if (entry === undefined) return undefined;
    if (entry.value.kind !== 'scalar' || entry.value.value === null || typeof entry.value.value === 'boolean') {
      diagnostics.error(entry.value.at.line, entry.value.at.column, `book.yaml "${key}" must be text`);
      return undefined;
    }
    return String(entry.value.value);
  };
  const parts: string[] = [];
  const chapters: ChapterEntry[] = [];
  const list = fields.get('chapters');
  if (list === undefined) diagnostics.error(1, 1, 'book.yaml has no "chapters": list the chapter files, in order');
  else readEntries(list.value, undefined, { parts, chapters, diagnostics });
  if (list !== undefined && chapters.length === 0 && !diagnostics.hasErrors) {
    diagnostics.error(list.keyAt.line, list.keyAt.column, 'book.yaml "chapters" lists no chapter file');
  }

  const theme = textOf('theme');
  const edition = textOf('edition');
  const dedication = textOf('dedication');
  const copyright = textOf('copyright');
  if (diagnostics.hasErrors) return null;
  return {
    metadata,
    citations,
    parts,
    chapters,
    ...(theme !== undefined ? { theme } : {}),
    ...(edition !== undefined ? { edition } : {}),
    ...(dedication !== undefined ? { dedication } : {}),
    ...(copyright !== undefined ? { copyright } : {}),
  };
}

interface Collected {
  readonly parts: string[];
  readonly chapters: ChapterEntry[];
  readonly diagnostics: Diagnostics;
}

/** A `chapters:` list: file names, and (at the top level) parts with their own lists. */
function readEntries(value: Located, part: number | undefined, out: Collected): void {
  const { diagnostics } = out;
  if (value.kind !== 'list') {
    diagnostics.error(value.at.line, value.at.column, 'book.yaml "chapters" must be a list of chapter files, one per line starting with "- "');
    return;
  }
  for (const item of value.items) {
    if (item.kind === 'scalar' && typeof item.value === 'string' && item.value.trim() !== '') {
      out.chapters.push({ file: item.value.trim(), at: item.at, ...(part !== undefined ? { part } : {}) });
    } else if (item.kind === 'map') readPart(item, part, out);
    else diagnostics.error(item.at.line, item.at.column, 'a chapter must be a Markdown file name, or a part (`- part: "Title"` with its own `chapters:`)');
  }
}

function readPart(item: Extract<Located, { kind: 'map' }>, within: number | undefined, out: Collected): void {
  const { diagnostics } = out;
  for (const entry of item.entries) {
    if ((PART_KEYS as readonly string[]).includes(entry.key)) continue;
    const suggestion = closest(entry.key, PART_KEYS);
    diagnostics.error(entry.keyAt.line, entry.keyAt.column, `unknown key "${entry.key}" in a part${suggestion ? `; did you mean "${suggestion}"?` : ''}`);
  }
  const title = item.entries.find((entry) => entry.key === 'part');
  const chapters = item.entries.find((entry) => entry.key === 'chapters');
  if (title === undefined) {
    diagnostics.error(item.at.line, item.at.column, 'this entry is neither a chapter file nor a part: a part starts with `part: "Title"`');
    return;
  }
  if (within !== undefined) {
    diagnostics.error(title.keyAt.line, title.keyAt.column, 'a part cannot hold another part');
    return;
  }
  if (title.value.kind !== 'scalar' || title.value.value === null || String(title.value.value).trim() === '') {
    diagnostics.error(title.value.at.line, title.value.at.column, 'a part needs a title: `part: "Title"`');
    return;
  }
  if (chapters === undefined) {
    diagnostics.error(title.keyAt.line, title.keyAt.column, `part "${String(title.value.value)}" has no "chapters:" list`);
    return;
  }
  out.parts.push(String(title.value.value).trim());
  readEntries(chapters.value, out.parts.length - 1, out);
}
