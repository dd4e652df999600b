// CSL entries (CSL-JSON, or Pandoc's CSL-YAML) checked field by field into
// the CSL-JSON a processor reads. Every problem names the entry and the field
// and points at the value.
import type { Point } from '../document.ts';
import { closest } from '../util/closest.ts';
import {
  ALL_FIELDS, ARCHIVE_URL_FIELDS, DATE_VARIABLES, ITEM_TYPES, NAME_FLAGS, NAME_PARTS, NAME_VARIABLES, NUMBER_VARIABLES,
  TEXT_VARIABLES,
} from './csl-fields.ts';
import type { Located, LocatedEntry } from '../util/yaml.ts';
import type { Report } from './report.ts';

/** CSL-JSON as citeproc reads it. */
export type CslItem = { readonly id: string; readonly type: string } & Readonly<Record<string, unknown>>;

export interface SourceEntry {
  readonly id: string;
  readonly item: CslItem;
  /** Where the entry starts, in `file`. */
  readonly at: Point;
  /** Path of the file the entry is in (the manuscript for front matter `references`). */
  readonly file: string;
  /** The archived copy (`archive_url`), printed after the style's output. */
  readonly archiveUrl?: string;
}

const NAME_SET = new Set(NAME_VARIABLES);
const DATE_SET = new Set(DATE_VARIABLES);
const NUMBER_SET = new Set(NUMBER_VARIABLES);
const TEXT_SET = new Set(TEXT_VARIABLES);
const ARCHIVE_SET = new Set(ARCHIVE_URL_FIELDS);

export interface ReadEntries {
  readonly entries: readonly SourceEntry[];
  /** Ids of entries left out for their errors (citing them is no further mistake). */
  readonly rejected: readonly string[];
  /** False when the list itself was unreadable, so any key may have been meant. */
  readonly complete: boolean;
}

/** Entries of a list; problems go to `report`, and an entry with an error is left out. */
export function readEntries(list: Located, file: string, report: Report): ReadEntries {
  if (list.kind !== 'list') {
    report.error(list.at, 'the sources must be a list of CSL entries (each with at least "id" and "type")');
    return { entries: [], rejected: [], complete: false };
  }
  const entries: SourceEntry[] = [];
  const rejected: string[] = [];
  let complete = true;
  list.items.forEach((entry, index) => {
    const read = readEntry(entry, index, file, report);
    if ('item' in read) entries.push(read);
    else if (read.rejected === undefined) complete = false;
    else rejected.push(read.rejected);
  });
  return { entries, rejected, complete };
}

function readEntry(entry: Located, index: number, file: string, report: Report): SourceEntry | { rejected: string | undefined } {
  if (entry.kind !== 'map') {
    report.error(entry.at, `source ${index + 1} must be a CSL entry ("key: value" fields), not ${describe(entry)}`);
    return { rejected: undefined };
  }
  const idField = entry.entries.find((e) => e.key === 'id');
  const id = idField?.value.kind === 'scalar' && (typeof idField.value.value === 'string' || typeof idField.value.value === 'number')
    ? String(idField.value.value).trim()
    : '';
  if (id === '') {
    report.error(idField?.value.at ?? entry.at, `source ${index + 1} has no "id": every entry needs the key it is cited by`);
    return { rejected: undefined };
  }
  const name = `source "${id}"`;
  let ok = true;
  const fail = (at: Point, message: string): void => {
    report.error(at, `${name}: ${message}`);
    ok = false;
  };
  const item: Record<string, unknown> = { id };
  let archiveUrl: string | undefined;
  const seen = new Set<string>();
  for (const field of entry.entries) {
    if (seen.has(field.key)) {
      fail(field.keyAt, `field "${field.key}" appears twice`);
      continue;
    }
    seen.add(field.key);
    if (field.key === 'id') continue;
    if (ARCHIVE_SET.has(field.key)) {
      const url = text(field.value);
      if (url === undefined || !/^https?:\/\/\S+$/.test(url)) fail(field.value.at, `"${field.key}" must be an http(s) URL`);
      else archiveUrl = url;
      continue;
    }
    const value = readField(field, fail, report, name);
    if (value !== undefined) item[field.key] = value;
  }
  if (item['type'] === undefined && !seen.has('type')) fail(entry.at, `no "type"; give one of the CSL types, such as "book" or "article-newspaper"`);
  if (!ok) return { rejected: id };
  return { id, item: item as CslItem, at: entry.at, file, ...(archiveUrl === undefined ? {} : { archiveUrl }) };
}

type Fail = (at: Point, message: string) => void;

function readField(field: LocatedEntry, fail: Fail, report: Report, name: string): unknown {
  const { key, value } = field;
  if (key === 'type') {
    const type = text(value);
    if (type !== undefined && ITEM_TYPES.includes(type)) return type;
    const suggestion = type === undefined ? undefined : closest(type, ITEM_TYPES);
    fail(value.at, `"type" must be a CSL type such as "book" or "article-newspaper"${type === undefined ? '' : `, not "${type}"`}${suggestion ? `; did you mean "${suggestion}"?` : ''}`);
    return undefined;
  }
  if (NAME_SET.has(key)) return names(key, value, fail);
  if (DATE_SET.has(key)) {
    const date = readDate(value);
    if (date === undefined) fail(value.at, `"${key}" must be a date: YYYY, YYYY-MM or YYYY-MM-DD (a range with "/"), or {date-parts: [[year, month, day]]}`);
    return date;
  }
  if (NUMBER_SET.has(key) || TEXT_SET.has(key)) {
    const result = text(value);
    if (result === undefined) fail(value.at, `"${key}" must be ${NUMBER_SET.has(key) ? 'a number or text' : 'text'}, not ${describe(value)}`);
    return result;
  }
  if (key === 'categories') {
    const list = value.kind === 'list' ? value.items.map(text) : [text(value)];
    if (list.some((entry) => entry === undefined)) fail(value.at, '"categories" must be a list of texts');
    return list;
  }
  if (key === 'custom') return plain(value);
  const suggestion = closest(key, ALL_FIELDS);
  report.warning(field.keyAt, `${name}: unknown CSL field "${key}" is ignored${suggestion ? `; did you mean "${suggestion}"?` : ''}`);
  return undefined;
}

/** Text, or a number written as text (YAML reads `volume: 3` as a number). */
function text(value: Located): string | undefined {
  if (value.kind !== 'scalar') return undefined;
  if (typeof value.value === 'string') return value.value.trim() === '' ? undefined : value.value;
  if (typeof value.value === 'number') return String(value.value);
  return undefined;
}

/** A list of names (a single name is accepted); a plain text name is a `literal` (an institution, say). */
function names(key: string, value: Located, fail: Fail): unknown[] | undefined {
  const list = value.kind === 'list' ? value.items : [value];
  const result: unknown[] = [];
  for (const entry of list) {
    const literal = entry.kind === 'scalar' && typeof entry.value === 'string' ? text(entry) : undefined;
    if (literal !== undefined) {
      result.push({ literal });
      continue;
    }
    if (entry.kind !== 'map') {
      fail(entry.at, `"${key}" must list names, each text or {family, given} (or {literal}), not ${describe(entry)}`);
      return undefined;
    }
    const person: Record<string, unknown> = {};
    for (const part of entry.entries) {
      if (NAME_PARTS.includes(part.key)) {
        const partText = text(part.value);
        if (partText === undefined) {
          fail(part.value.at, `"${key}" name part "${part.key}" must be text`);
          return undefined;
        }
        person[part.key] = partText;
      } else if (NAME_FLAGS.includes(part.key) && part.value.kind === 'scalar' && typeof part.value.value === 'boolean') {
        person[part.key] = part.value.value;
      } else {
        const suggestion = closest(part.key, [...NAME_PARTS, ...NAME_FLAGS]);
        fail(part.keyAt, `"${key}" has an unknown name part "${part.key}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`);
        return undefined;
      }
    }
    if (person['family'] === undefined && person['literal'] === undefined && person['given'] === undefined) {
      fail(entry.at, `"${key}" has a name with neither "family", "given" nor "literal"`);
      return undefined;
    }
    result.push(person);
  }
  return result;
}

type DateParts = number[];

/** A CSL-JSON date, or undefined when the value is not a date. */
function readDate(value: Located): Record<string, unknown> | undefined {
  if (value.kind === 'scalar') {
    if (typeof value.value === 'number') return validParts([[value.value]]);
    if (typeof value.value === 'string') return edtf(value.value.trim());
    return undefined;
  }
  if (value.kind === 'list') {
    // Pandoc's CSL-YAML: a list of {year, month, day} (two for a range).
    const parts = value.items.map(yearMonthDay);
    return parts.every((p): p is DateParts => p !== undefined) && parts.length >= 1 && parts.length <= 2 ? validParts(parts) : undefined;
  }
  const fields = new Map(value.entries.map((e) => [e.key, e.value]));
  const result: Record<string, unknown> = {};
  const dateParts = fields.get('date-parts');
  if (dateParts !== undefined) {
    if (dateParts.kind !== 'list' || dateParts.items.length < 1 || dateParts.items.length > 2) return undefined;
    const parts: DateParts[] = [];
    for (const part of dateParts.items) {
      if (part.kind !== 'list' || part.items.length < 1 || part.items.length > 3) return undefined;
      const numbers = part.items.map((n) => (n.kind === 'scalar' ? Number(n.value) : NaN));
      if (numbers.some((n) => !Number.isInteger(n))) return undefined;
      parts.push(numbers);
    }
    const checked = validParts(parts);
    if (checked === undefined) return undefined;
    Object.assign(result, checked);
  } else if (fields.has('year')) {
    const parts = yearMonthDay(value);
    const checked = parts === undefined ? undefined : validParts([parts]);
    if (checked === undefined) return undefined;
    Object.assign(result, checked);
  }
  for (const key of ['literal', 'raw', 'season'] as const) {
    const field = fields.get(key);
    if (field === undefined) continue;
    const fieldText = text(field);
    if (fieldText === undefined) return undefined;
    result[key] = fieldText;
  }
  const circa = fields.get('circa');
  if (circa !== undefined) {
    if (circa.kind !== 'scalar' || (typeof circa.value !== 'boolean' && typeof circa.value !== 'number' && typeof circa.value !== 'string')) return undefined;
    result['circa'] = circa.value;
  }
  const known = new Set(['date-parts', 'year', 'month', 'day', 'literal', 'raw', 'season', 'circa']);
  if (value.entries.some((e) => !known.has(e.key))) return undefined;
  return result['date-parts'] !== undefined || result['literal'] !== undefined || result['raw'] !== undefined ? result : undefined;
}

function yearMonthDay(value: Located): DateParts | undefined {
  if (value.kind !== 'map') return undefined;
  const get = (key: string): number | undefined => {
    const entry = value.entries.find((e) => e.key === key)?.value;
    return entry?.kind === 'scalar' && entry.value !== null && entry.value !== '' ? Number(entry.value) : undefined;
  };
  const [year, month, day] = [get('year'), get('month'), get('day')];
  if (year === undefined) return undefined;
  const parts = [year, month, day].filter((n): n is number => n !== undefined);
  if (parts.some((n) => !Number.isInteger(n)) || (day !== undefined && month === undefined)) return undefined;
  return parts;
}

/** EDTF level 0 as Pandoc reads it: `2024`, `2024-12`, `2024-12-18`, and ranges `a/b`. */
function edtf(raw: string): Record<string, unknown> | undefined {
  const ends = raw.split('/');
  if (ends.length > 2) return undefined;
  const parts: DateParts[] = [];
  for (const end of ends) {
    const match = /^(-?\d{1,4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(end);
    if (!match) return undefined;
    parts.push([match[1], match[2], match[3]].filter((p): p is string => p !== undefined).map(Number));
  }
  return validParts(parts);
}

/** Months 1–12 (21–24: seasons), days that exist in that month. */
function validParts(parts: DateParts[]): Record<string, unknown> | undefined {
  for (const [year, month, day] of parts) {
    if (year === undefined || !Number.isInteger(year)) return undefined;
    if (month !== undefined && !((month >= 1 && month <= 12) || (month >= 21 && month <= 24))) return undefined;
    if (day !== undefined) {
      if (month === undefined || month > 12) return undefined;
      const date = new Date(Date.UTC(year, month - 1, day));
      if (day < 1 || date.getUTCMonth() !== month - 1) return undefined;
    }
  }
  return { 'date-parts': parts };
}

function plain(value: Located): unknown {
  switch (value.kind) {
    case 'scalar':
      return value.value;
    case 'list':
      return value.items.map(plain);
    case 'map':
      return Object.fromEntries(value.entries.map((e) => [e.key, plain(e.value)]));
  }
}

function describe(value: Located): string {
  if (value.kind === 'list') return 'a list';
  if (value.kind === 'map') return 'a set of fields';
  if (value.value === null) return 'nothing';
  return typeof value.value === 'string' ? `"${value.value}"` : String(value.value);
}
