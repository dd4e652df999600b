// A page laid out as part of one chapter, pointed at the whole book: its lines
// at the book Document's blocks, its note anchors and links at the book's note
// numbers (so every name is unique in the file), its bookmarks under the chapter.
import type { Page, PageItem, Tag } from '../../page-model.ts';

export interface Placement {
  /** Block of the opening's title (the chapter's or part's heading in the book Document). */
  readonly opening: number;
  /** Added to the chapter's own block indexes. */
  readonly offset: number;
  /** Added to the chapter's note numbers. */
  readonly notes: number;
  /** The chapter title's bookmark depth: its headings go below it. */
  readonly depth?: number;
  /** The laid-out unit's place in the book (front matter 0, then parts and chapters): it leads its elements' reading order. */
  readonly unit: number;
}

const NOTE_NAME = /^(#?)(note|ref)-(\d+)$/u;

export function pointPage(page: Page, at: Placement): Page {
  const rename = (name: string): string => {
    const match = NOTE_NAME.exec(name);
    return match === null ? name : `${match[1] ?? ''}${match[2] ?? ''}-${Number(match[3]) + at.notes}`;
  };
  const item = (it: PageItem): PageItem => {
    if (it.kind === 'rule') return it;
    const tag = inUnit(it.tag, at.unit);
    if (it.kind !== 'line') return { ...it, tag };
    const block = it.block >= 0 ? it.block + at.offset : it.role === 'Artifact' ? it.block : at.opening;
    const fragments = it.fragments.map((f) => (f.link !== undefined && NOTE_NAME.test(f.link) ? { ...f, link: rename(f.link) } : f));
    return { ...it, block, fragments, tag };
  };
  const depth = at.depth;
  return {
    ...page,
    items: page.items.map(item),
    notes: page.notes.map(item),
    destinations: page.destinations.map((d) => ({ ...d, name: rename(d.name) })),
    outline: page.outline.map((entry) => (depth === undefined || /^(?:chapter|part)-\d+$/u.test(entry.destination) ? entry : { ...entry, depth: entry.depth + depth })),
  };
}

/**
 * A tag with its top element ordered within its unit: each unit is laid out
 * on its own, so its blocks count from 0 again.
 */
export function inUnit(tag: Tag, unit: number): Tag {
  if (typeof tag === 'string') return tag;
  const [top, ...rest] = tag;
  return [{ ...top, order: [unit, ...top.order] }, ...rest];
}

const NUMERALS: readonly [number, string][] = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

/** Lower-case roman numerals, as front-matter folios are printed. */
export function roman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, numeral] of NUMERALS) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}
