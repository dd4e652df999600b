// Front matter `author` (or JOSS's `authors`): a name, a list of names, or a
// list of maps as Pandoc, Quarto and JOSS write them (`- name: …` with
// `affiliation`, `email`, `orcid`), or as Pandoc Scholar does (`- Jane Doe:
// {institute: [id], email: …}`).
import { isMap, isScalar, isSeq, type YAMLMap, type Node as YamlNode, type Pair } from 'yaml';
import type { Author } from '../document.ts';
import { closest } from '../util/closest.ts';
import type { Institutions } from './institutions.ts';

type Fail = (message: string, at?: YamlNode | null) => void;
type Warn = (message: string, at: YamlNode | null) => void;

/** JOSS's name in parts (`given-names: Ludwig`, `dropping-particle: van`, `surname: Beethoven`), in the order they are printed. */
const NAME_PARTS = ['given-names', 'dropping-particle', 'non-dropping-particle', 'surname', 'suffix'];
const READ = ['name', 'fullname', ...NAME_PARTS, 'affiliation', 'affiliations', 'institute', 'organization', 'org', 'email', 'orcid'];
/** Quarto's, Pandoc Scholar's, kramdown-rfc's and JOSS's other author keys: accepted, not used in the outputs. */
const ACCEPTED = [
  'equal_contributor', 'correspondence', 'id', 'url', 'note', 'notes', 'role', 'roles', 'corresponding', 'equal-contributor', 'deceased', 'attributes',
  'degrees', 'acknowledgements', 'number', 'phone', 'fax', 'metadata', 'ins', 'abbrev', 'street', 'city', 'code', 'region', 'country', 'uri', 'postal',
  'equal-contrib', 'alias',
];

export interface Authors {
  readonly names: string[];
  /** Present when any author was written as a map. */
  readonly details?: Author[];
}

/**
 * Affiliations given by id (`institute: fosg`, `affiliations: [{ref: fosg}]`,
 * JOSS's `affiliation: "1, 2"`) are looked up in `institutions`; `key` is the
 * front matter key, as messages name it.
 */
export function readAuthors(value: YamlNode, fail: Fail, warn: Warn, institutions: Institutions, key = 'author'): Authors | undefined {
  const items = isSeq(value) ? value.items.map((item) => (item ?? null) as YamlNode | null) : [value];
  const authors: Author[] = [];
  let ok = true;
  const context: Context = { fail, warn, institutions };
  for (const item of items) {
    const author = isMap(item) ? authorMap(item, context) : plainName(item, fail, isSeq(value), key);
    if (author === undefined) ok = false;
    else if (author !== NAMELESS) authors.push(author);
  }
  if (!ok) return undefined;
  const names = authors.map((a) => a.name);
  return items.some((item) => isMap(item)) ? { names, details: authors } : { names };
}

function plainName(value: YamlNode | null, fail: Fail, inList: boolean, key: string): Author | undefined {
  const name = scalarText(value);
  if (name === undefined) fail(`front matter "${key}" must be a name, a list of names, or a list of "name:" maps${inList ? ' (in the list)' : ''}`, value);
  return name === undefined ? undefined : { name, affiliations: [] };
}

interface Context {
  readonly fail: Fail;
  readonly warn: Warn;
  readonly institutions: Institutions;
}

/** Pandoc Scholar's `- Jane Doe: {…}`: a map whose one key is the name and whose value holds the rest. */
function namedMap(map: YAMLMap): { name: string; pairs: Pair<YamlNode, YamlNode | null>[] } | undefined {
  const only = map.items.length === 1 ? (map.items[0] as Pair<YamlNode, YamlNode | null>) : undefined;
  const key = scalarText(only?.key ?? null);
  if (only === undefined || key === undefined || READ.includes(key) || ACCEPTED.includes(key)) return undefined;
  const value = only.value ?? null;
  if (isMap(value)) return { name: key, pairs: value.items as Pair<YamlNode, YamlNode | null>[] };
  return value === null || (isScalar(value) && value.value === null) ? { name: key, pairs: [] } : undefined;
}

/** An author map with no name at all: left out, with a warning, as Pandoc prints no one. */
const NAMELESS = Symbol('nameless');

function authorMap(map: YAMLMap, { fail, warn, institutions }: Context): Author | typeof NAMELESS | undefined {
  const named = namedMap(map);
  const pairs = named?.pairs ?? (map.items as Pair<YamlNode, YamlNode | null>[]);
  let name = named?.name;
  let fullname: string | undefined;
  const parts = new Map<string, string>();
  const affiliations: string[] = [];
  let email: string | undefined;
  let orcid: string | undefined;
  for (const pair of pairs) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value ?? null;
    switch (key) {
      case 'name':
        if (value === null || (isScalar(value) && value.value === null)) break;
        name = personName(value);
        if (name === undefined) {
          fail('author "name" must be a name, or a map of "given" and "family"', value);
          return undefined;
        }
        break;
      // kramdown-rfc's full name beside its `ins` initials.
      case 'fullname':
        fullname = scalarText(value);
        break;
      case 'given-names':
      case 'dropping-particle':
      case 'non-dropping-particle':
      case 'surname':
      case 'suffix': {
        const part = scalarText(value);
        if (part !== undefined) parts.set(key, part);
        break;
      }
      case 'affiliation':
      case 'affiliations':
      case 'institute':
      case 'organization':
      case 'org':
        affiliations.push(...affiliationList(value, key, { fail, warn, institutions }));
        break;
      case 'email':
        email = scalarText(value);
        if (email === undefined) fail('author "email" must be an address', value ?? pair.key);
        break;
      case 'orcid': {
        const id = scalarText(value)?.replace(/^https?:\/\/orcid\.org\//iu, '');
        if (id !== undefined && /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/u.test(id)) orcid = id;
        else warn(`author "orcid" is not an ORCID iD such as 0000-0002-1825-0097; it is ignored`, value ?? pair.key);
        break;
      }
      default:
        if (!ACCEPTED.includes(key)) {
          const suggestion = closest(key, READ);
          warn(`unknown author key "${key}" is ignored${suggestion ? `; did you mean "${suggestion}"?` : ''}`, pair.key);
        }
    }
  }
  name ??= fullname ?? (parts.size > 0 ? NAME_PARTS.flatMap((part) => parts.get(part) ?? []).join(' ') : undefined);
  if (name === undefined) {
    warn('an author written as a map needs a "name" (or "fullname"); this one is left out', map);
    return NAMELESS;
  }
  return { name, affiliations, ...(email !== undefined ? { email } : {}), ...(orcid !== undefined ? { orcid } : {}) };
}

/** A name, or Quarto's `{ given, family }` / `{ literal }`. */
function personName(value: YamlNode | null): string | undefined {
  if (!isMap(value)) return scalarText(value);
  const part = (key: string): string | undefined => scalarText((value.get(key, true) ?? null) as YamlNode | null);
  const literal = part('literal');
  if (literal !== undefined) return literal;
  const joined = [part('given'), part('dropping-particle'), part('non-dropping-particle'), part('family')].filter((p) => p !== undefined).join(' ');
  return joined === '' ? undefined : joined;
}

/**
 * A string (an institution's id or its name), a list of them, or a list of
 * maps with a `name` or a `ref` to an id. JOSS writes several ids in one
 * string, `"1, 2"`: split at its commas when every part is an id or a number
 * (so "University of Harbours, Norway" stays one name).
 */
function affiliationList(value: YamlNode | null, key: string, { fail, warn, institutions }: Context): string[] {
  const items = isSeq(value) ? value.items.map((item) => (item ?? null) as YamlNode | null) : [value];
  const names: string[] = [];
  const unknown = (id: string, item: YamlNode | null): void =>
    warn(`author "${key}" refers to "${id}", which no top-level "affiliations" or "institute" entry has as its id or index; it is left out`, item);
  for (const item of items) {
    const ref = isMap(item) ? scalarText((item.get('ref', true) ?? null) as YamlNode | null) : undefined;
    const written = isMap(item) ? scalarText((item.get('name', true) ?? null) as YamlNode | null) : scalarText(item);
    if (ref !== undefined) {
      const name = institutions.get(ref);
      if (name === undefined) unknown(ref, item);
      else names.push(name);
    } else if (written === undefined) fail(`author "${key}" must be a name, a list of names, or maps with a "name" or a "ref"`, item);
    else if (institutions.has(written)) names.push(institutions.get(written) as string);
    else {
      const ids = written.split(',').map((part) => part.trim());
      // A number names no institution: it is an index that none has.
      if (!ids.every((id) => institutions.has(id) || /^\d+$/u.test(id))) names.push(written);
      else for (const id of ids) {
        const name = institutions.get(id);
        if (name === undefined) unknown(id, item);
        else names.push(name);
      }
    }
  }
  return names;
}

/** A non-empty string; numbers as written. */
export function scalarText(value: YamlNode | null): string | undefined {
  if (!isScalar(value)) return undefined;
  const raw = typeof value.value === 'string' ? value.value : typeof value.value === 'number' ? (value.source ?? String(value.value)) : undefined;
  const trimmed = raw?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}
