// citeproc-js behind a small typed surface, loaded only when a manuscript
// cites something. Each citation is rendered once, with the position it has in
// the document (positions.ts), so the style's rules (first note in full, later
// ones short, "ibid.") work as in a word processor.
import { createRequire } from 'node:module';
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

interface Citeproc {
  Engine: new (sys: object, style: string, lang: string, forceLang?: boolean) => CiteprocEngine;
}

/** CSL's default for the `near-note` position. */
const DEFAULT_NEAR_NOTE_DISTANCE = 5;
const ITEM_START = '\uE000';
const ITEM_END = '\uE001';

export function render(input: RenderInput): Rendered {
  const byId = new Map(input.items.map((item) => [item.id, item]));
  const CSL = require('citeproc') as Citeproc;
  // system_id switches on citeproc's per-item wrapper, used below to find each source's text.
  const sys = {
    retrieveLocale,
    retrieveItem: (id: string) => ({ ...byId.get(id), system_id: id }),
    wrapCitationEntry: (html: string, id: string) => `${ITEM_START}${id}${ITEM_END}${html}${ITEM_START}${ITEM_END}`,
  };
  let engine: CiteprocEngine;
  try {
    engine = new CSL.Engine(sys, input.style, input.locale, true);
  } catch (error) {
    throw new EngineError(`citeproc cannot read the style: ${error instanceof Error ? error.message : String(error)}`);
  }
  engine.opt.development_extensions['wrap_url_and_doi'] = true;
  engine.updateItems(input.items.map((item) => item.id));

  const nearNoteDistance = Number(engine.citation.opt['near-note-distance'] ?? DEFAULT_NEAR_NOTE_DISTANCE);
  const cites = input.clusters.map((cluster) => cluster.items.map(toCiteproc));
  const placed = positions(input.clusters.map((cluster, i) => ({ noteIndex: cluster.noteIndex, items: cites[i] ?? [] })), nearNoteDistance);
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
