// The manuscript's sources: bibliography files named in the front matter
// (CSL-YAML, CSL-JSON or BibTeX/BibLaTeX, beside the manuscript) and inline `references:`.
// Read before the body, so every citation can be checked as it is met.
import { readFileSync } from 'node:fs';
import { extname, isAbsolute, join } from 'node:path';
import type { Point } from '../document.ts';
import type { Diagnostics } from '../diagnostics.ts';
import { readBibtex } from './bibtex.ts';
import { readEntries, type ReadEntries, type SourceEntry } from './csl-data.ts';
import type { Located } from '../util/yaml.ts';
import { parseJsonFile, parseYamlFile, type ParsedData } from './located.ts';
import { reportTo, type Report } from './report.ts';

/** A front matter value and where it was written in the manuscript. */
export interface Setting {
  readonly value: string;
  readonly at: Point;
}

/** What the front matter says about citations. */
export interface CitationSettings {
  readonly bibliography: readonly Setting[];
  /** Inline CSL-YAML entries, located in the manuscript. */
  readonly references?: Located;
  readonly csl?: Setting;
  /** Sources listed though never cited (`nocite:`); `*` stands for all of them. */
  readonly nocite?: { readonly keys: readonly string[]; readonly at: Point };
  /** Citations link to their entry in the list (Pandoc's `link-citations`); true unless set false. */
  readonly linkCitations?: boolean;
  /** URLs in the list's entries are links (`link-bibliography`); true unless set false. */
  readonly linkBibliography?: boolean;
  /** The heading of the list (`reference-section-title`), instead of the language's "Sources". */
  readonly sectionTitle?: string;
  /** No list at all (`suppress-bibliography`). */
  readonly suppressBibliography?: boolean;
}

export interface SourceLibrary {
  readonly entries: ReadonlyMap<string, SourceEntry>;
  /** Keys of entries left out for their errors. */
  readonly rejected: ReadonlySet<string>;
  /** False when a bibliography could not be read at all: then any key may have been meant. */
  readonly complete: boolean;
}

/**
 * All declared sources, or null when the front matter declares none.
 * `manuscript` is the manuscript's path as given; files are resolved in `folder`.
 */
export function loadSources(settings: CitationSettings, manuscript: string, folder: string, diagnostics: Diagnostics): SourceLibrary | null {
  if (settings.bibliography.length === 0 && settings.references === undefined) return null;
  const manuscriptReport = reportTo(diagnostics, manuscript);
  const entries = new Map<string, SourceEntry>();
  const rejected = new Set<string>();
  let complete = true;
  const add = (found: ReadEntries, report: Report): void => {
    for (const entry of found.entries) {
      const first = entries.get(entry.id);
      if (first) report.error(entry.at, `source "${entry.id}" is already defined at ${first.file}:${first.at.line}:${first.at.column}`);
      else entries.set(entry.id, entry);
    }
    for (const id of found.rejected) rejected.add(id);
    complete &&= found.complete;
  };
  if (settings.references !== undefined) add(readEntries(settings.references, manuscript, manuscriptReport), manuscriptReport);
  for (const setting of settings.bibliography) {
    const file = isAbsolute(setting.value) ? setting.value : join(folder, setting.value);
    const report = reportTo(diagnostics, file);
    const list = readBibliography(file, setting, manuscriptReport, report);
    if (list === null) complete = false;
    else if ('bibtex' in list) add(readBibtex(list.bibtex, file, report), report);
    else add(readEntries(list, file, report), report);
  }
  return { entries, rejected, complete };
}

/** Bibliographies parsed in this process, by their text: a watch's rebuild or a batch's next article reads the same file again. */
const parsedTexts = new Map<string, ParsedData>();
/** Texts remembered; past this the memory starts again. */
const MAX_PARSED = 16;

function parseRemembered(parse: (text: string) => ParsedData, extension: string, content: string): ParsedData {
  const key = `${extension}\n${content}`;
  let parsed = parsedTexts.get(key);
  if (parsed === undefined) {
    if (parsedTexts.size >= MAX_PARSED) parsedTexts.clear();
    parsedTexts.set(key, (parsed = parse(content)));
  }
  return parsed;
}

/**
 * The list of entries in one file (a .bib file's text, read by readBibtex); problems are
 * reported in the manuscript (the file itself) or in the file (its content).
 */
function readBibliography(file: string, setting: Setting, manuscript: Report, report: Report): Located | { bibtex: string } | null {
  const extension = extname(file).toLowerCase();
  const parse = extension === '.json' ? parseJsonFile : extension === '.yaml' || extension === '.yml' ? parseYamlFile : undefined;
  if (parse === undefined && extension !== '.bib' && extension !== '.bibtex') {
    manuscript.error(setting.at, `bibliography "${setting.value}": use BibTeX or BibLaTeX (.bib), CSL-JSON (.json) or CSL-YAML (.yaml, .yml)`);
    return null;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? `no such file (looked for ${file})` : code === 'EISDIR' ? 'it is a folder' : String(error);
    manuscript.error(setting.at, `bibliography "${setting.value}" cannot be read: ${reason}`);
    return null;
  }
  const content = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (parse === undefined) return { bibtex: content };
  const parsed = parseRemembered(parse, extension, content);
  if ('problems' in parsed) {
    for (const problem of parsed.problems) report.error(problem.at, problem.message);
    return null;
  }
  const { value } = parsed;
  if (value === null) return { kind: 'list', at: { line: 1, column: 1 }, items: [] };
  // Pandoc's CSL-YAML wraps the list in `references:`.
  if (value.kind === 'map') {
    const references = value.entries.find((e) => e.key === 'references');
    if (references) {
      for (const other of value.entries) if (other !== references) report.warning(other.keyAt, `"${other.key}" is ignored: only "references" is read from a bibliography`);
      return references.value;
    }
  }
  return value;
}
