// citeproc-js behind a small typed surface, loaded only when a manuscript
// cites something. Each citation is rendered once, with the position it has in
// the document (positions.ts), so the style's rules (first note in full, later
// ones short, "ibid.") work as in a word processor. The result is kept between
// builds (src/cache.ts): a rebuild whose citations did not change never loads
// citeproc, whose cold start costs a quarter of a second. Over 300 lines: the
// typed surface of an untyped library (its input, output and the checks that
// a cached result still has that shape) is one job and reads best beside the
// calls it types.
import { createRequire } from 'node:module';
import { cacheKey, readCached, writeCached } from '../cache.ts';
import type { CslItem } from './csl-data.ts';
import { retrieveLocale } from './locale.ts';
import { positions } from './positions.ts';

const require = createRequire(import.meta.url);

export interface CiteInput {
  readonly id: string;
  readonly locator?: string;
  readonly label?: string;
  readonly prefix?: string;
  readonly suffix?: string;
  readonly suppressAuthor?: boolean;
}

export interface ClusterInput {
  readonly items: readonly CiteInput[];
  /** The note the citation is in (its own note, or the manual note it is written in). */
  readonly noteIndex: number;
}

export interface RenderInput {
  readonly style: string;
  /** Locale tag (see chooseLocale). */
  readonly locale: string;
  readonly items: readonly CslItem[];
  readonly clusters: readonly ClusterInput[];
  /** Sources whose author is named in the sentence (`@key`). */
  readonly authorsOf: readonly string[];
}

/** Where one cited source's text lies in a cluster's HTML. */
export interface ItemSpan {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

export interface RenderedCluster {
  readonly html: string;
  readonly spans: readonly ItemSpan[];
}

export interface Rendered {
  readonly clusters: readonly RenderedCluster[];
  /** Author names as HTML, by source id. */
  readonly authors: ReadonlyMap<string, string>;
  /** Entries in the style's order; null when the style has no bibliography. */
  readonly bibliography: readonly { readonly id: string; readonly html: string }[] | null;
}

/** citeproc-js rejected the style or failed on the data. */
export class EngineError extends Error {}

interface CiteprocItem {
  id: string;
  locator?: string;
  label?: string;
  prefix?: string;
  suffix?: string;
  'suppress-author'?: boolean;
  'author-only'?: boolean;
  position?: number;
  'first-reference-note-number'?: number;
  'near-note'?: boolean;
}

interface CiteprocEngine {
  opt: { development_extensions: Record<string, boolean> };
  citation: { opt: { 'near-note-distance'?: number | string } };
  updateItems(ids: string[]): void;
  makeCitationCluster(items: CiteprocItem[]): string;
  makeBibliography(): [{ entry_ids: string[][] }, string[]] | false;
}

/** citeproc's reading of a style or locale: what it builds from the XML, and also takes in place of it. */
type XmlTree = object;

interface Citeproc {
  Engine: new (sys: object, style: string | XmlTree, lang: string, forceLang?: boolean) => CiteprocEngine;
  parseXml(xml: string): XmlTree;
}

const RENDERED_KIND = 'citations';
/** Bump when the stored form changes, or how Galley drives citeproc (positions, spans, the calls below). */
const RENDERED_FORMAT = 'galley-citations-1';
const XML_KIND = 'csl-xml';
const XML_FORMAT = 'galley-csl-xml-1';
/** citeproc options Galley sets (part of the cache key). */
const EXTENSIONS = { wrap_url_and_doi: true } as const;

/** CSL's default for the `near-note` position. */
const DEFAULT_NEAR_NOTE_DISTANCE = 5;
const ITEM_START = '\uE000';
const ITEM_END = '\uE001';

/** The citations, bibliography and author names for `input`: from the cache when an earlier build rendered the same. */
export function render(input: RenderInput): Rendered {
  const key = renderKey(input);
  const stored = readCached(RENDERED_KIND, key);
  const cached = stored === null ? null : deserialize(stored.toString('utf8'), input.clusters.length);
  if (cached !== null) return cached;
  const rendered = renderWithCiteproc(input);
  writeCached(RENDERED_KIND, key, serialize(rendered));
  return rendered;
}

/**
 * Everything the result depends on: the style, the locale, the items, the
 * citations, the author names asked for and Galley's options for citeproc.
 * citeproc itself and the locales it may retrieve are installed packages, in
 * every key through Galley's build (see cache.ts).
 */
function renderKey(input: RenderInput): string {
  return cacheKey(
    RENDERED_FORMAT,
    JSON.stringify(EXTENSIONS),
    input.style,
    input.locale,
    JSON.stringify(input.items),
    JSON.stringify(input.clusters),
    JSON.stringify(input.authorsOf),
  );
}

/** `render` without the cache: citeproc itself. */
export function renderWithCiteproc(input: RenderInput): Rendered {
  const byId = new Map(input.items.map((item) => [item.id, item]));
  const CSL = require('citeproc') as Citeproc;
  // system_id switches on citeproc's per-item wrapper, used below to find each source's text.
  const sys = {
    retrieveLocale: (tag: string) => parsedXml(CSL, retrieveLocale(tag)),
    retrieveItem: (id: string) => ({ ...byId.get(id), system_id: id }),
    wrapCitationEntry: (html: string, id: string) => `${ITEM_START}${id}${ITEM_END}${html}${ITEM_START}${ITEM_END}`,
  };
  let engine: CiteprocEngine;
  try {
    engine = new CSL.Engine(sys, parsedXml(CSL, input.style), input.locale, true);
  } catch (error) {
    throw new EngineError(`citeproc cannot read the style: ${error instanceof Error ? error.message : String(error)}`);
  }
  Object.assign(engine.opt.development_extensions, EXTENSIONS);
  engine.updateItems(input.items.map((item) => item.id));

  const nearNoteDistance = Number(engine.citation.opt['near-note-distance'] ?? DEFAULT_NEAR_NOTE_DISTANCE);
  const cites = input.clusters.map((cluster) => cluster.items.map(toCiteproc));
  const placed = positions(input.clusters.map((cluster, i) => ({ noteIndex: cluster.noteIndex, items: cites[i] ?? [] })), nearNoteDistance);
  // A citation's text depends only on what it is given (its items and their
  // positions), so an identical one later in the document is not rendered again.
  const renderedBefore = new Map<string, RenderedCluster>();
  const clusters = cites.map((items, i): RenderedCluster => {
    const located = items.map((item, k): CiteprocItem => {
      const where = placed[i]?.[k];
      if (where === undefined) return item;
      return {
        ...item,
        position: where.position,
        'near-note': where.nearNote,
        ...(where.firstNote === undefined ? {} : { 'first-reference-note-number': where.firstNote }),
      };
    });
    const memoKey = JSON.stringify(located);
    const before = renderedBefore.get(memoKey);
    if (before !== undefined) return before;
    const cluster = renderCluster(engine, located);
    renderedBefore.set(memoKey, cluster);
    return cluster;
  });
  const authors = new Map(input.authorsOf.map((id) => [id, engine.makeCitationCluster([{ id, 'author-only': true }])]));
  const bibliography = engine.makeBibliography();
  return {
    clusters,
    authors,
    bibliography: bibliography === false
      ? null
      : bibliography[1].map((html, i) => ({ id: bibliography[0].entry_ids[i]?.[0] ?? '', html })),
  };
}

function renderCluster(engine: CiteprocEngine, located: CiteprocItem[]): RenderedCluster {
  const html = engine.makeCitationCluster(located);
  const [only] = located;
  if (located.length === 1 && only) return { html, spans: [{ id: only.id, start: 0, end: html.length }] };
  // Which part of a citation is which source: citeproc's per-item wrapper
  // marks it, but drops the layout's affixes (the closing period), so the
  // text comes from the plain rendering and only the boundaries from this one.
  engine.opt.development_extensions['apply_citation_wrapper'] = true;
  const wrapped = engine.makeCitationCluster(located);
  engine.opt.development_extensions['apply_citation_wrapper'] = false;
  return { html, spans: locateItems(html, wrapped) };
}

/**
 * What citeproc makes of a style's or locale's XML (its own parser, a tenth of
 * a cold render), kept between builds; citeproc takes the tree in place of the
 * text. Other text (a JSON style) goes to citeproc as it is.
 */
function parsedXml(CSL: Citeproc, text: string): string | XmlTree {
  // What citeproc does to the text before it parses it.
  const xml = text.replace('^\uFEFF', '').replace(/^\s+/, '');
  if (!xml.startsWith('<')) return text;
  const key = cacheKey(XML_FORMAT, xml);
  const stored = readCached(XML_KIND, key);
  if (stored !== null) {
    try {
      const tree: unknown = JSON.parse(stored.toString('utf8'));
      if (isXmlTree(tree)) return tree;
    } catch {
      // an unreadable entry is only a miss: parsed again and rewritten
    }
  }
  const tree = CSL.parseXml(xml);
  writeCached(XML_KIND, key, JSON.stringify(tree));
  return tree;
}

function isXmlTree(value: unknown): value is XmlTree {
  if (typeof value !== 'object' || value === null) return false;
  const { name, attrs, children } = value as Record<string, unknown>;
  return typeof name === 'string' && typeof attrs === 'object' && attrs !== null && Array.isArray(children);
}

interface StoredRendered {
  readonly clusters: readonly RenderedCluster[];
  readonly authors: readonly (readonly [string, string])[];
  readonly bibliography: Rendered['bibliography'];
}

function serialize(rendered: Rendered): string {
  const stored: StoredRendered = { clusters: rendered.clusters, authors: [...rendered.authors], bibliography: rendered.bibliography };
  return JSON.stringify(stored);
}

/** The stored result, or null when the entry is unreadable or not one for `clusterCount` citations. */
function deserialize(text: string, clusterCount: number): Rendered | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { clusters, authors, bibliography } = value as Record<string, unknown>;
  if (!Array.isArray(clusters) || clusters.length !== clusterCount || !clusters.every(isCluster)) return null;
  if (!Array.isArray(authors) || !authors.every((pair) => Array.isArray(pair) && pair.length === 2 && pair.every((part) => typeof part === 'string'))) return null;
  if (bibliography !== null && !(Array.isArray(bibliography) && bibliography.every(isEntry))) return null;
  return { clusters, authors: new Map(authors as [string, string][]), bibliography };
}

function isCluster(value: unknown): value is RenderedCluster {
  if (typeof value !== 'object' || value === null) return false;
  const { html, spans } = value as Record<string, unknown>;
  return typeof html === 'string' && Array.isArray(spans) && spans.every(isSpan);
}

function isSpan(value: unknown): value is ItemSpan {
  if (typeof value !== 'object' || value === null) return false;
  const { id, start, end } = value as Record<string, unknown>;
  return typeof id === 'string' && Number.isInteger(start) && Number.isInteger(end);
}

function isEntry(value: unknown): value is { readonly id: string; readonly html: string } {
  if (typeof value !== 'object' || value === null) return false;
  const { id, html } = value as Record<string, unknown>;
  return typeof id === 'string' && typeof html === 'string';
}

function toCiteproc(cite: CiteInput): CiteprocItem {
  return {
    id: cite.id,
    ...(cite.locator === undefined ? {} : { locator: cite.locator, label: cite.label ?? 'page' }),
    ...(cite.prefix ? { prefix: `${cite.prefix} ` } : {}),
    ...(cite.suffix ? { suffix: /^[\p{L}\p{N}]/u.test(cite.suffix) ? ` ${cite.suffix}` : cite.suffix } : {}),
    ...(cite.suppressAuthor ? { 'suppress-author': true } : {}),
  };
}

/**
 * Each wrapped item's HTML, found in order in the plain HTML. The last item
 * may differ at its end (the style moves the closing period inside quotes),
 * so it is matched by its longest prefix and runs to the end.
 */
function locateItems(plain: string, wrapped: string): ItemSpan[] {
  const items = [...wrapped.matchAll(new RegExp(`${ITEM_START}([^${ITEM_END}]*)${ITEM_END}([\\s\\S]*?)${ITEM_START}${ITEM_END}`, 'g'))];
  const spans: ItemSpan[] = [];
  let cursor = 0;
  items.forEach((match, index) => {
    const [, id = '', html = ''] = match;
    const exact = plain.indexOf(html, cursor);
    if (exact !== -1 && html !== '') {
      spans.push({ id, start: exact, end: exact + html.length });
      cursor = exact + html.length;
      return;
    }
    if (index !== items.length - 1) return;
    for (let length = html.length - 1; length > 0; length--) {
      const at = plain.indexOf(html.slice(0, length), cursor);
      if (at !== -1) {
        spans.push({ id, start: at, end: plain.length });
        return;
      }
    }
  });
  return spans;
}
