// The rendered citations are kept between builds (src/cache.ts): a hit must
// give exactly what citeproc gives, any changed input must miss, and a damaged
// entry must be rendered again rather than trusted or reported.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { render, renderWithCiteproc, type RenderInput, type Rendered } from '../../src/cite/engine.ts';
import { defaultStyle } from '../../src/cite/style.ts';
import { ownCacheFolder } from '../helpers/cache.ts';

const cache = ownCacheFolder('file', 'galley-cite-cache-');
const renderedFolder = (): string => join(cache(), 'citations');
const parsedXmlFolder = (): string => join(cache(), 'csl-xml');

const BASE: RenderInput = {
  style: defaultStyle().xml(),
  locale: 'en-US',
  items: [
    { id: 'doe', type: 'book', author: [{ family: 'Doe', given: 'Jane' }], title: 'Harbours and Tides', publisher: 'Sea Press', 'publisher-place': 'Boston', issued: { 'date-parts': [[2020]] } },
    { id: 'ames', type: 'article-newspaper', author: [{ family: 'Ames', given: 'Ruth' }], title: 'The tide report', 'container-title': 'The Coast Daily', issued: { 'date-parts': [[2021, 3, 4]] } },
  ],
  clusters: [
    { noteIndex: 1, items: [{ id: 'doe', locator: '3', label: 'page' }] },
    { noteIndex: 2, items: [{ id: 'ames' }, { id: 'doe', locator: '7', label: 'page' }] },
    { noteIndex: 3, items: [{ id: 'ames', prefix: 'see' }] },
    // "Ames, 2." in the note after the last citation of the source; farther away, with the title.
    { noteIndex: 4, items: [{ id: 'ames', locator: '2', label: 'page' }] },
  ],
  authorsOf: ['doe'],
};

function files(folder: string): string[] {
  try {
    return readdirSync(folder).sort();
  } catch {
    return [];
  }
}

/** Renders `input` and returns the entries it added to the cache. */
function renderAdding(input: RenderInput): { rendered: Rendered; added: string[] } {
  const before = new Set(files(renderedFolder()));
  const rendered = render(input);
  return { rendered, added: files(renderedFolder()).filter((name) => !before.has(name)) };
}

describe('the citation cache', () => {
  beforeEach(() => {
    rmSync(renderedFolder(), { recursive: true, force: true });
  });

  it('returns on a hit exactly what citeproc returns, without running it', () => {
    const expected = renderWithCiteproc(BASE);
    const first = renderAdding(BASE);
    expect(first.rendered).toEqual(expected);
    expect(first.added).toHaveLength(1);
    const [entry = ''] = first.added;
    const stored = readFileSync(join(renderedFolder(), entry));

    // The entry, not citeproc, answers the next render: an edited entry shows through.
    const edited = JSON.parse(stored.toString('utf8')) as { clusters: { html: string }[] };
    edited.clusters[0] = { ...edited.clusters[0], html: 'from the cache' };
    writeFileSync(join(renderedFolder(), entry), JSON.stringify(edited));
    expect(render(BASE).clusters[0]?.html).toBe('from the cache');

    writeFileSync(join(renderedFolder(), entry), stored);
    const hit = renderAdding(BASE);
    expect(hit.added).toEqual([]);
    expect(hit.rendered).toEqual(expected);
    expect(hit.rendered.authors).toBeInstanceOf(Map);
  });

  const [doe, ames] = BASE.items;
  const [first, second, third, fourth] = BASE.clusters;
  const changes: [string, RenderInput][] = [
    ['an item field', { ...BASE, items: [{ ...doe!, title: 'Harbours and Rivers' }, ames!] }],
    ['a locator', { ...BASE, clusters: [{ ...first!, items: [{ id: 'doe', locator: '4', label: 'page' }] }, second!, third!, fourth!] }],
    ['a locator label', { ...BASE, clusters: [{ ...first!, items: [{ id: 'doe', locator: '3', label: 'chapter' }] }, second!, third!, fourth!] }],
    ['a note number', { ...BASE, clusters: [first!, second!, third!, { ...fourth!, noteIndex: 6 }] }],
    ['the style', { ...BASE, style: readFileSync(new URL('../fixtures/cite/in-text.csl', import.meta.url), 'utf8') }],
    ['a byte of the style', { ...BASE, style: BASE.style.replace('<layout suffix="." delimiter="; ">', '<layout suffix="." delimiter=", ">') }],
    ['the locale', { ...BASE, locale: 'de-DE' }],
    ['the author names asked for', { ...BASE, authorsOf: ['doe', 'ames'] }],
  ];

  it.each(changes)('misses when %s changes', (_, changed) => {
    expect(changed).not.toEqual(BASE);
    const base = renderAdding(BASE);
    const miss = renderAdding(changed);
    expect(miss.added).toHaveLength(1);
    expect(miss.added).not.toEqual(base.added);
    expect(miss.rendered).toEqual(renderWithCiteproc(changed));
    expect(miss.rendered).not.toEqual(base.rendered);
  });

  it('renders again, and rewrites, an entry that is corrupt or of the wrong shape', () => {
    const expected = renderWithCiteproc(BASE);
    const [entry = ''] = renderAdding(BASE).added;
    const damaged = ['', '{"clusters": [', 'null', '[]', '{"clusters": [], "authors": [], "bibliography": null}', JSON.stringify({ clusters: expected.clusters.map((cluster) => ({ ...cluster, html: 1 })), authors: [...expected.authors], bibliography: expected.bibliography }), '\u0000\u00ff'];
    for (const bytes of damaged) {
      writeFileSync(join(renderedFolder(), entry), bytes);
      expect(render(BASE)).toEqual(expected);
      expect(JSON.parse(readFileSync(join(renderedFolder(), entry), 'utf8'))).toMatchObject({ clusters: expected.clusters });
    }
  });

  it('reads the stored style and locale as citeproc parses them, and parses them again when corrupt', () => {
    rmSync(parsedXmlFolder(), { recursive: true, force: true });
    const parsedNow = renderWithCiteproc(BASE);
    const parsed = files(parsedXmlFolder());
    expect(parsed).toHaveLength(2);
    expect(renderWithCiteproc(BASE)).toEqual(parsedNow);
    for (const bytes of ['{"name": ', '{"not": "a tree"}']) {
      for (const name of parsed) writeFileSync(join(parsedXmlFolder(), name), bytes);
      expect(renderWithCiteproc(BASE)).toEqual(parsedNow);
    }
    expect(files(parsedXmlFolder())).toEqual(parsed);
  });
});
