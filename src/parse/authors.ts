// Front matter `author`: a name, a list of names, or a list of maps as Pandoc
// and Quarto write them (`- name: …` with `affiliation`, `email`, `orcid`).
import { isMap, isScalar, isSeq, type Node as YamlNode, type Pair } from 'yaml';
import type { Author } from '../document.ts';
import { closest } from '../util/closest.ts';

type Fail = (message: string, at?: YamlNode | null) => void;
type Warn = (message: string, at: YamlNode | null) => void;

const READ = ['name', 'affiliation', 'affiliations', 'email', 'orcid'];
/** Quarto's other author keys: accepted, not used in the outputs. */
const ACCEPTED = ['id', 'url', 'note', 'notes', 'role', 'roles', 'corresponding', 'equal-contributor', 'deceased', 'attributes', 'degrees', 'acknowledgements', 'number', 'phone', 'fax', 'metadata'];

export interface Authors {
  readonly names: string[];
  /** Present when any author was written as a map. */
  readonly details?: Author[];
}

export function readAuthors(value: YamlNode, fail: Fail, warn: Warn): Authors | undefined {
  const items = isSeq(value) ? value.items.map((item) => (item ?? null) as YamlNode | null) : [value];
  const authors: Author[] = [];
  let ok = true;
  for (const item of items) {
    const author = isMap(item) ? authorMap(item.items as Pair<YamlNode, YamlNode | null>[], item, fail, warn) : plainName(item, fail, isSeq(value));
    if (author === undefined) ok = false;
    else authors.push(author);
  }
  if (!ok) return undefined;
  const names = authors.map((a) => a.name);
  return items.some((item) => isMap(item)) ? { names, details: authors } : { names };
}

function plainName(value: YamlNode | null, fail: Fail, inList: boolean): Author | undefined {
  const name = text(value);
  if (name === undefined) fail(`front matter "author" must be a name, a list of names, or a list of "name:" maps${inList ? ' (in the list)' : ''}`, value);
  return name === undefined ? undefined : { name, affiliations: [] };
}

function authorMap(pairs: Pair<YamlNode, YamlNode | null>[], map: YamlNode, fail: Fail, warn: Warn): Author | undefined {
  let name: string | undefined;
  const affiliations: string[] = [];
  let email: string | undefined;
  let orcid: string | undefined;
  for (const pair of pairs) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value ?? null;
    switch (key) {
      case 'name':
        name = personName(value);
        if (name === undefined) fail('author "name" must be a name, or a map of "given" and "family"', value ?? pair.key);
        break;
      case 'affiliation':
      case 'affiliations':
        affiliations.push(...affiliationList(value, key, fail, warn));
        break;
      case 'email':
        email = text(value);
        if (email === undefined) fail('author "email" must be an address', value ?? pair.key);
        break;
      case 'orcid': {
        const id = text(value)?.replace(/^https?:\/\/orcid\.org\//iu, '');
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
  if (name === undefined) {
    if (!pairs.some((pair) => isScalar(pair.key) && pair.key.value === 'name')) fail('an author written as a map needs a "name"', map);
    return undefined;
  }
  return { name, affiliations, ...(email !== undefined ? { email } : {}), ...(orcid !== undefined ? { orcid } : {}) };
}

/** A name, or Quarto's `{ given, family }` / `{ literal }`. */
function personName(value: YamlNode | null): string | undefined {
  if (!isMap(value)) return text(value);
  const part = (key: string): string | undefined => text((value.get(key, true) ?? null) as YamlNode | null);
  const literal = part('literal');
  if (literal !== undefined) return literal;
  const joined = [part('given'), part('dropping-particle'), part('non-dropping-particle'), part('family')].filter((p) => p !== undefined).join(' ');
  return joined === '' ? undefined : joined;
}

/** A string, a list of strings, or a list of maps with a `name`. */
function affiliationList(value: YamlNode | null, key: string, fail: Fail, warn: Warn): string[] {
  const items = isSeq(value) ? value.items.map((item) => (item ?? null) as YamlNode | null) : [value];
  const names: string[] = [];
  for (const item of items) {
    const name = isMap(item) ? text((item.get('name', true) ?? null) as YamlNode | null) : text(item);
    if (name === undefined && isMap(item) && item.has('ref')) warn(`author "${key}" given by "ref" is not looked up; write its "name" here`, item);
    else if (name === undefined) fail(`author "${key}" must be a name, a list of names, or maps with a "name"`, item);
    else names.push(name);
  }
  return names;
}

/** A non-empty string; numbers as written. */
function text(value: YamlNode | null): string | undefined {
  if (!isScalar(value)) return undefined;
  const raw = typeof value.value === 'string' ? value.value : typeof value.value === 'number' ? (value.source ?? String(value.value)) : undefined;
  const trimmed = raw?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}
