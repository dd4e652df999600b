// Front matter `institute` (Pandoc Scholar) and `affiliations` (Quarto, JOSS):
// the institutions that authors name by id (JOSS: by number), read into id → name.
import { isMap, isScalar, isSeq, type Document, type Node as YamlNode, type Pair } from 'yaml';
import { scalarText } from './authors.ts';

export type Institutions = ReadonlyMap<string, string>;
type Warn = (message: string, at: YamlNode | null) => void;

export const INSTITUTION_KEYS = ['institute', 'affiliations'] as const;

/** Every institution listed at the top level, for looking up authors' ids (problems are reported by readInstitutionList). */
export function readInstitutions(doc: Document): Institutions {
  const found = new Map<string, string>();
  for (const key of INSTITUTION_KEYS) {
    const list = (doc.get(key, true) ?? null) as YamlNode | null;
    if (list !== null) readInstitutionList(key, list, () => undefined, found);
  }
  return found;
}

/**
 * Entries as `- id: Name`, `- id: {name: Name, address: …}` (Pandoc Scholar),
 * `- {id: id, name: Name}` (Quarto), `- {name: Name, index: 1}` (JOSS) or a
 * plain name; each lands in `into`.
 */
export function readInstitutionList(key: string, list: YamlNode, warn: Warn, into: Map<string, string> = new Map()): Map<string, string> {
  if (!isSeq(list)) {
    warn(`front matter "${key}" must be a list of institutions ("- id: Name" or "- id: {name: Name}"); it is ignored`, list);
    return into;
  }
  for (const item of list.items as (YamlNode | null)[]) {
    const entry = institution(item);
    if (entry === undefined) warn(`an entry of front matter "${key}" has no institution name ("- id: Name", "- id: {name: Name}" or "- name: Name"); it is ignored`, item);
    else into.set(entry.id, entry.name);
  }
  return into;
}

function institution(item: YamlNode | null): { id: string; name: string } | undefined {
  const plain = scalarText(item);
  if (plain !== undefined) return { id: plain, name: plain };
  if (!isMap(item)) return undefined;
  const field = (key: string): string | undefined => scalarText((item.get(key, true) ?? null) as YamlNode | null);
  // Quarto's `id`, JOSS's `index` (the number its authors' `affiliation: "1, 2"` gives).
  const keyed = field('id') ?? field('index');
  if (keyed !== undefined) {
    const name = field('name');
    return name === undefined ? undefined : { id: keyed, name };
  }
  // A `name` and no id (Quarto allows it): authors name it by that name, so `name` is no Pandoc Scholar id here.
  const named = field('name');
  if (named !== undefined) return { id: named, name: named };
  const pairs = item.items as Pair<YamlNode, YamlNode | null>[];
  const only = pairs.length === 1 ? pairs[0] : undefined;
  const id = scalarText(only?.key ?? null);
  if (only === undefined || id === undefined) return undefined;
  const value = only.value ?? null;
  const name = isMap(value) ? scalarText((value.get('name', true) ?? null) as YamlNode | null) : scalarText(value);
  return name === undefined ? undefined : { id, name };
}
