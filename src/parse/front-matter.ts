// Front matter (YAML) → Metadata and citation settings, with every problem
// located in the manuscript. Over 400 lines: one case per front matter key,
// in one switch, so a key's reading and its messages are found in one place
// (authors, dates and ISBNs, which need more, have their own files).
import { createHash } from 'node:crypto';
import type { Yaml } from 'mdast';
import { isMap, isScalar, isSeq, type Document as YamlDocument, type Node as YamlNode } from 'yaml';
import type { CitationSettings, Setting } from '../cite/sources.ts';
import type { Metadata, Point } from '../document.ts';
import type { Diagnostics } from '../diagnostics.ts';
import { readAuthors } from './authors.ts';
import { closest } from '../util/closest.ts';
import { hyphenationWordProblem } from '../util/hyphenation-words.ts';
import { fromYaml, parseYamlWithPositions, type PointOf } from '../util/yaml.ts';
import { readDate } from './date.ts';
import { readIsbn } from './isbn.ts';
import { canonicalLanguageTag, knownLanguage } from './language-tag.ts';
import { INSTITUTION_KEYS, readInstitutionList, readInstitutions } from './institutions.ts';
import { loadImage } from './image-file.ts';
import type { AbstractText } from './abstract.ts';

const STRING_KEYS = ['title', 'subtitle', 'publisher', 'rights', 'description', 'identifier'] as const;
const LIST_KEYS = ['author', 'authors', 'keywords'] as const;
const CHECKED_KEYS = ['source', 'lang', 'date', 'cover', 'isbn', 'archived'] as const;
const CITATION_KEYS = ['bibliography', 'references', 'csl', 'nocite', 'link-citations', 'link-bibliography', 'reference-section-title', 'suppress-bibliography'] as const;
/** Accepted so manuscripts can carry them now; no feature reads them yet. */
const RESERVED_KEYS = ['theme'] as const;
/**
 * What Pandoc, Quarto, Hugo, Jekyll and kramdown-rfc users write that has no meaning in a
 * printed PDF or an EPUB (site organisation, other engines' settings):
 * accepted without a word, so a warning is left for a real typo.
 */
export const IGNORED_KEYS: readonly string[] = [
  'project', 'tags', 'draft', 'slug', 'categories', 'series', 'aliases', 'permalink', 'layout', 'weight', 'type', 'url',
  'lastmod', 'publishDate', 'expiryDate', 'summary', 'image', 'images', 'comments', 'published', 'menu', 'params', 'toc',
  'toc-title', 'toc-depth', 'number-sections', 'numbersections', 'format', 'output', 'execute', 'jupyter', 'knitr', 'engine',
  'editor', 'filters', 'documentclass', 'classoption', 'geometry', 'papersize', 'fontsize', 'mainfont', 'sansfont',
  'monofont', 'mathfont', 'linestretch', 'linkcolor', 'urlcolor', 'citecolor', 'colorlinks', 'header-includes',
  'include-before', 'include-after', 'citation', 'google-scholar', 'license', 'copyright', 'funding', 'editor_options',
  // An IETF draft's settings for xml2rfc (kramdown-rfc).
  'docname', 'abbrev', 'ipr', 'area', 'wg', 'workgroup', 'kw', 'keyword', 'cat', 'submissiontype', 'stand_alone', 'pi',
  'normative', 'informative', 'venue', 'consensus', 'updates', 'obsoletes', 'v3xml2rfc', 'coding', 'entity',
];
const KNOWN_KEYS: readonly string[] = [...STRING_KEYS, ...LIST_KEYS, ...CHECKED_KEYS, ...CITATION_KEYS, ...RESERVED_KEYS, ...INSTITUTION_KEYS, 'abstract', 'dir', 'unnumbered', 'smart', 'hyphenation', ...IGNORED_KEYS];

const DEFAULT_LANG = 'en-US';
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

type Fields = {
  -readonly [K in keyof Omit<Metadata, 'unnumbered' | 'smart'>]?: Metadata[K];
} & { unnumbered?: boolean; smart?: boolean } & { -readonly [K in keyof CitationSettings]?: CitationSettings[K] } & { abstract?: AbstractText };

export interface FrontMatter {
  /** null when the metadata is unusable (errors are in the diagnostics). */
  readonly metadata: Metadata | null;
  readonly citations: CitationSettings;
  /** `abstract:` as written (Markdown), and where in the manuscript its text starts. */
  readonly abstract?: AbstractText;
}

/** What stands in for a missing `title:`: the manuscript's first heading, or its file name. */
export interface Untitled {
  readonly heading?: string;
  readonly fileName: string;
  /** The caller names the text itself (a book's chapter): no warning. */
  readonly silent?: boolean;
}

export interface FrontMatterOptions {
  /** Keys the caller reads itself (a book.yaml's `chapters`): neither read nor reported here. */
  readonly otherKeys?: readonly string[];
  /** The language when the front matter names none (a book's chapter takes the book's); else en-US. */
  readonly lang?: string;
  /** The language the text shows (script-language.ts, prose-language.ts), taken with a warning when nothing names one. */
  readonly scriptLang?: string;
}

/** Reads the front matter node (if any); a cover image is resolved in `folder`. */
export function readFrontMatter(node: Yaml | undefined, diagnostics: Diagnostics, folder: string, untitled?: Untitled, options: FrontMatterOptions = {}): FrontMatter {
  const fields: Fields = {};
  const outcome = node ? readYaml(node, fields, diagnostics, folder, options.otherKeys ?? []) : 'ok';
  const citations: CitationSettings = {
    bibliography: fields.bibliography ?? [],
    ...optional('references', fields.references),
    ...optional('csl', fields.csl),
    ...optional('nocite', fields.nocite),
    ...optional('linkCitations', fields.linkCitations),
    ...optional('linkBibliography', fields.linkBibliography),
    ...optional('sectionTitle', fields.sectionTitle),
    ...optional('suppressBibliography', fields.suppressBibliography),
  };
  if (fields.lang === undefined && options.lang !== undefined) fields.lang = options.lang;
  if (fields.lang === undefined && options.scriptLang !== undefined && outcome === 'ok') {
    fields.lang = options.scriptLang;
    diagnostics.warning(1, 1, `the front matter has no "lang"; the text is written in ${LANGUAGE_NAMES.of(options.scriptLang) ?? options.scriptLang}, so it is "${options.scriptLang}" (say \`lang:\` to set another)`);
  }
  return { metadata: metadataOf(fields, outcome, diagnostics, untitled), citations, ...optional('abstract', fields.abstract) };
}

function metadataOf(fields: Fields, outcome: 'ok' | 'invalid' | 'unreadable', diagnostics: Diagnostics, untitled: Untitled | undefined): Metadata | null {
  // Broken YAML hides whatever title it holds: asking for one would only add noise.
  if (outcome === 'unreadable') return null;
  let { title } = fields;
  if (title === undefined && outcome === 'invalid') return null;
  if (title === undefined) {
    if (untitled === undefined) {
      diagnostics.error(1, 1, 'the front matter has no "title"; every manuscript needs one');
      return null;
    }
    // As GitHub and mdBook show a chapter with no front matter: its first heading names it.
    title = untitled.heading ?? untitled.fileName;
    const from = untitled.heading === undefined ? 'the file name' : 'the first heading';
    if (untitled.silent !== true) diagnostics.warning(1, 1, `the manuscript has no "title" in its front matter; ${from}, "${title}", is the title`);
  }
  if (outcome === 'invalid') return null;
  return {
    title,
    authors: fields.authors ?? [],
    keywords: fields.keywords ?? [],
    lang: fields.lang ?? DEFAULT_LANG,
    // Stable across builds of the same work: derived, never random.
    identifier: fields.identifier ?? `urn:galley:${createHash('sha256').update(title).digest('hex')}`,
    ...optional('authorDetails', fields.authorDetails),
    ...optional('isbn', fields.isbn),
    ...optional('subtitle', fields.subtitle),
    ...optional('publisher', fields.publisher),
    ...optional('source', fields.source),
    ...optional('rights', fields.rights),
    ...optional('date', fields.date),
    ...optional('dateText', fields.dateText),
    ...optional('description', fields.description ?? fields.subtitle ?? plainAbstract(fields.abstract?.text)),
    ...optional('dir', fields.dir),
    ...optional('cover', fields.cover),
    ...(fields.unnumbered === true ? { unnumbered: true as const } : {}),
    ...(fields.smart === false ? { smart: false as const } : {}),
    ...(fields.hyphenation === undefined || fields.hyphenation.length === 0 ? {} : { hyphenation: fields.hyphenation }),
  };
}

/** The abstract's first paragraph without Markdown marks, as a one-line description. */
function plainAbstract(text: string | undefined): string | undefined {
  const first = text?.split(/\n\s*\n/u)[0]?.replace(/[*_`]|\s*\[@[^\]]*\]/gu, '').replace(/\s+/gu, ' ').trim();
  return first === '' ? undefined : first;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** Reports a value's problem at that value (or at its key when there is none). */
type Fail = (message: string, at?: YamlNode | null) => void;

function readYaml(node: Yaml, fields: Fields, diagnostics: Diagnostics, folder: string, otherKeys: readonly string[]): 'ok' | 'invalid' | 'unreadable' {
  // Duplicate keys are reported below, at the second key (yaml points elsewhere).
  // The YAML text starts on the line after the opening `---`.
  const { doc, pointOf } = parseYamlWithPositions(node.value, { firstLine: (node.position?.start.line ?? 1) + 1, uniqueKeys: false });
  let ok = true;
  const error = (offset: number, message: string): void => {
    const p = pointOf(offset);
    diagnostics.error(p.line, p.column, message);
    ok = false;
  };
  const warning = (offset: number, message: string): void => {
    const p = pointOf(offset);
    diagnostics.warning(p.line, p.column, message);
  };

  for (const e of doc.errors) error(e.pos[0], `front matter is not valid YAML: ${e.message}`);
  for (const w of doc.warnings) warning(w.pos[0], `front matter: ${w.message}`);
  if (!ok) return 'unreadable';

  const contents = doc.contents;
  if (contents === null) return 'ok';
  if (!isMap(contents)) {
    error(contents.range?.[0] ?? 0, 'front matter must be a list of "key: value" lines');
    return 'unreadable';
  }

  const seen = new Set<string>();
  for (const pair of contents.items) {
    const keyNode = pair.key;
    const keyOffset = isScalar(keyNode) ? (keyNode.range?.[0] ?? 0) : 0;
    if (!isScalar(keyNode) || typeof keyNode.value !== 'string') {
      error(keyOffset, 'front matter keys must be plain words such as "title"');
      continue;
    }
    const key = keyNode.value;
    if (seen.has(key)) {
      error(keyOffset, `front matter key "${key}" appears twice`);
      continue;
    }
    seen.add(key);
    if (otherKeys.includes(key)) continue;
    const value = (pair.value ?? null) as YamlNode | null;
    // An empty key (`date:`) is what Hugo archetypes and RFC templates leave: Pandoc reads it as absent.
    if (value === null || (isScalar(value) && value.value === null)) {
      if (!IGNORED_KEYS.includes(key)) warning(keyOffset, `front matter "${key}" has no value; left out`);
      continue;
    }
    const fail: Fail = (message, at) => error(at?.range?.[0] ?? value.range?.[0] ?? keyOffset, message);
    const warn = (message: string, at?: YamlNode | null): void => warning(at?.range?.[0] ?? keyOffset, message);
    readField(key, value, { fields, folder, fail, warn, doc, pointOf, source: node.value, otherKeys });
  }
  return ok ? 'ok' : 'invalid';
}

interface FieldContext {
  readonly fields: Fields;
  readonly folder: string;
  readonly fail: Fail;
  /** Reports at `at`, else at the key. */
  readonly warn: (message: string, at?: YamlNode | null) => void;
  readonly doc: YamlDocument;
  readonly pointOf: PointOf;
  /** The YAML text. */
  readonly source: string;
  readonly otherKeys: readonly string[];
}

function readField(key: string, value: YamlNode, { fields, folder, fail, warn, doc, pointOf, source, otherKeys }: FieldContext): void {
  switch (key) {
    case 'title':
    case 'subtitle':
    case 'publisher':
    case 'rights':
    case 'description':
    case 'identifier': {
      const text = stringValue(key, value, fail);
      if (text !== undefined) fields[key] = text;
      return;
    }
    case 'author':
    case 'authors': {
      // JOSS's spelling (and a common slip for Pandoc's); with both, Pandoc's `author` is the one read (an empty `author:` is none).
      if (key === 'authors' && (doc.get('author') ?? null) !== null) {
        warn('front matter has both "author" and "authors"; "authors" is ignored');
        return;
      }
      const authors = readAuthors(value, fail, warn, readInstitutions(doc), key);
      if (authors === undefined) return;
      fields.authors = authors.names;
      if (authors.details !== undefined) fields.authorDetails = authors.details;
      return;
    }
    case 'isbn': {
      const isbn = readIsbn(value, fail);
      if (isbn !== undefined) fields.isbn = isbn;
      return;
    }
    case 'keywords': {
      const list = stringList(key, value, fail);
      if (list !== undefined) fields.keywords = list;
      return;
    }
    case 'source': {
      const text = stringValue(key, value, fail);
      if (text === undefined) return;
      if (!isWebUrl(text)) fail(`front matter "source" must be an http(s) URL, not "${text}"`);
      else fields.source = text;
      return;
    }
    case 'lang': {
      const text = stringValue(key, value, fail);
      if (text === undefined) return;
      const tag = canonicalLanguageTag(text);
      if (tag === undefined) fail(`front matter "lang" must be a BCP 47 language tag such as "en-US", not "${text}"`);
      else fields.lang = knownLanguage(tag, (message) => warn(message, value));
      return;
    }
    case 'date': {
      const date = readDate(value);
      if ('problem' in date) fail(`front matter "date"${date.problem}`);
      else if ('text' in date) {
        warn(`front matter "date": "${date.text}" is printed as written; write it YYYY-MM-DD to date the EPUB (dc:date) and fix the files' timestamps`, value);
        fields.dateText = date.text;
      } else fields.date = date.date;
      return;
    }
    case 'archived':
      // When an imported page was captured (`galley import` writes it); kept in the manuscript, checked here.
      if (!('date' in readDate(value))) fail('front matter "archived" must be a date (YYYY-MM-DD) or a date and time such as 2026-01-02T10:30:00Z');
      return;
    case 'cover': {
      const text = stringValue(key, value, fail);
      if (text === undefined) return;
      // No alt text of its own: whoever shows the cover describes it (by the title).
      const result = loadImage(folder, text, '', undefined);
      if ('error' in result) fail(`front matter "cover": ${result.error}`);
      else fields.cover = result.image;
      return;
    }
    case 'bibliography': {
      // One file or several, each resolved beside the manuscript.
      const items = isSeq(value) ? value.items.map((item) => (item ?? null) as YamlNode | null) : [value];
      const settings: Setting[] = [];
      for (const item of items) {
        const text = stringValue(key, item, fail);
        if (text === undefined) return;
        settings.push({ value: text, at: pointOf(item?.range?.[0] ?? 0) });
      }
      fields.bibliography = settings;
      return;
    }
    case 'references':
      fields.references = fromYaml(value, doc, pointOf);
      return;
    case 'csl': {
      const text = stringValue(key, value, fail);
      if (text !== undefined) fields.csl = { value: text, at: pointOf(value.range?.[0] ?? 0) };
      return;
    }
    case 'unnumbered':
      // A book's chapter that takes no number (Quarto's `unnumbered`); an article has none to take.
      if (isScalar(value) && typeof value.value === 'boolean') fields.unnumbered = value.value;
      else fail('front matter "unnumbered" must be true or false');
      return;
    case 'smart':
      // Pandoc's `smart` extension, on unless turned off: "quotes" and -- dashes made typographic.
      if (isScalar(value) && typeof value.value === 'boolean') fields.smart = value.value;
      else fail('front matter "smart" must be true or false');
      return;
    case 'hyphenation': {
      // Words the patterns miss, their breaks marked, as LaTeX's \hyphenation{Ouro-bo-ros}; a bad one is skipped.
      const words = stringList(key, value, fail);
      if (words === undefined) return;
      const items = isSeq(value) ? (value.items as YamlNode[]) : [];
      fields.hyphenation = words.filter((word, i) => {
        const problem = hyphenationWordProblem(word);
        if (problem !== null) warn(`front matter "hyphenation": ${problem}; left out`, items[i] ?? value);
        return problem === null;
      });
      return;
    }
    case 'dir': {
      const text = stringValue(key, value, fail);
      if (text === 'rtl' || text === 'ltr') fields.dir = text;
      else if (text !== undefined) fail(`front matter "dir" must be "rtl" or "ltr", not "${text}"`);
      return;
    }
    case 'abstract': {
      const text = stringValue(key, value, fail);
      // A block scalar (`abstract: |`) starts on the line after its key, indented.
      const start = pointOf(value.range?.[0] ?? 0);
      const block = isScalar(value) && (value.type === 'BLOCK_LITERAL' || value.type === 'BLOCK_FOLDED');
      const header = source.indexOf('\n', value.range?.[0] ?? 0);
      const indent = /^[ \t]*/u.exec(source.slice(header + 1))?.[0].length ?? 0;
      if (text !== undefined) fields.abstract = block ? { text, line: start.line + 1, column: indent + 1 } : { text, ...start };
      return;
    }
    case 'nocite': {
      const text = isSeq(value) ? value.items.map((item) => (isScalar(item) ? String(item.value) : '')).join(' ') : stringValue(key, value, fail);
      if (text === undefined) return;
      const keys = [...text.matchAll(/@(\*|[\p{L}\p{N}_][\p{L}\p{N}_:.#$%&\-+?<>~/]*)/gu)].map((m) => (m[1] as string).replace(/[.:]+$/u, ''));
      if (keys.length === 0) fail('front matter "nocite" lists sources as "@key" (or "@*" for all of them)');
      else fields.nocite = { keys, at: pointOf(value.range?.[0] ?? 0) };
      return;
    }
    case 'link-citations':
    case 'link-bibliography':
    case 'suppress-bibliography': {
      const flag = booleanValue(key, value, fail);
      if (flag === undefined) return;
      if (key === 'link-citations') fields.linkCitations = flag;
      else if (key === 'link-bibliography') fields.linkBibliography = flag;
      else fields.suppressBibliography = flag;
      return;
    }
    case 'reference-section-title': {
      const text = stringValue(key, value, fail);
      if (text !== undefined) fields.sectionTitle = text;
      return;
    }
    case 'institute':
    case 'affiliations':
      // Read for the authors' ids; checked here so a malformed entry is reported once.
      readInstitutionList(key, value, warn);
      return;
    case 'theme':
      warn(`front matter key "${key}" is reserved for a later version and is ignored for now`);
      return;
    default: {
      if (IGNORED_KEYS.includes(key)) return;
      const suggestion = closest(key, [...KNOWN_KEYS, ...otherKeys]);
      warn(`unknown front matter key "${key}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`);
    }
  }
}

/** A non-empty string. Plain numbers count (`title: 1984`), as written. */
function stringValue(key: string, value: YamlNode | null, fail: Fail): string | undefined {
  if (isScalar(value)) {
    if (typeof value.value === 'string') {
      const text = value.value.trim();
      if (text !== '') return text;
      fail(`front matter "${key}" must not be empty`, value);
      return undefined;
    }
    if (typeof value.value === 'number' && value.source !== undefined) return value.source;
  }
  fail(`front matter "${key}" must be text`, value);
  return undefined;
}

/** true or false (YAML's own booleans). */
function booleanValue(key: string, value: YamlNode, fail: Fail): boolean | undefined {
  if (isScalar(value) && typeof value.value === 'boolean') return value.value;
  fail(`front matter "${key}" must be true or false`, value);
  return undefined;
}

/** A string or a list of strings. A single string may hold a comma-separated list. */
function stringList(key: string, value: YamlNode, fail: Fail): string[] | undefined {
  if (isSeq(value)) {
    const items: string[] = [];
    for (const item of value.items) {
      const entry = (item ?? null) as YamlNode | null;
      const text = stringValue(key, entry, (message) => fail(`${message} (in the list)`, entry));
      if (text === undefined) return undefined;
      items.push(text);
    }
    return items;
  }
  const text = stringValue(key, value, (message, at) => fail(`${message} or a list of texts`, at));
  if (text === undefined) return undefined;
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
