// BibTeX and BibLaTeX bibliographies (.bib), as Pandoc reads them, through
// citation-js's parser: each entry becomes a CSL item, located at its `@type{key`
// in the file; a syntax error is reported where the parser stopped.
import { parse as cslItems } from '@citation-js/plugin-bibtex/lib/input/entries.js';
import { parse as bibtexEntries, type BibtexEntry } from '@citation-js/plugin-bibtex/lib/input/file.js';
import type { Point } from '../document.ts';
import { LineIndex } from '../util/position.ts';
import type { ReadEntries, SourceEntry } from './csl-data.ts';
import type { Report } from './report.ts';

export function readBibtex(text: string, file: string, report: Report): ReadEntries {
  let entries: BibtexEntry[];
  try {
    entries = bibtexEntries(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /at line (\d+) col (\d+)/.exec(message);
    const point = at ? { line: Number(at[1]), column: Number(at[2]) } : { line: 1, column: 1 };
    // The parser's first line says what it expected; the rest is an excerpt of the file.
    const reason = (message.split('\n')[0] ?? message).replace(/ at line \d+ col \d+:?$/, '');
    report.error(point, `BibTeX syntax error: ${reason}`);
    return { entries: [], rejected: [], complete: false };
  }
  const places = entryPlaces(text);
  const found: SourceEntry[] = [];
  const rejected: string[] = [];
  for (const entry of entries) {
    const at = places.get(entry.label) ?? { line: 1, column: 1 };
    let item;
    try {
      [item] = cslItems([entry]);
    } catch (error) {
      report.error(at, `BibTeX entry "${entry.label}" cannot be read: ${error instanceof Error ? error.message : String(error)}`);
      rejected.push(entry.label);
      continue;
    }
    if (item === undefined) continue;
    found.push({ id: entry.label, item: { ...item, id: entry.label }, at, file });
  }
  return { entries: found, rejected, complete: true };
}

/** Where each entry's key is written (its first occurrence), as line and column. */
function entryPlaces(text: string): Map<string, Point> {
  const places = new Map<string, Point>();
  const lines = new LineIndex(text);
  for (const match of text.matchAll(/@\s*([A-Za-z]+)\s*[{(]\s*([^,\s{}()]+)\s*,/g)) {
    const key = match[2];
    if (key !== undefined && !places.has(key)) places.set(key, lines.point(match.index));
  }
  return places;
}
