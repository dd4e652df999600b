// The print edition's page breaks in the EPUB: every marker sits immediately
// before the word the PDF page starts with, however deeply that word is
// nested, and the page list finds every marker.
import { beforeAll, describe, expect, test } from 'vitest';
import type { Element as XmlElement, Node as XmlNode } from '@xmldom/xmldom';
import type { PageStart } from '../../src/document.ts';
import { blockText, words } from '../../src/text.ts';
import { ARTICLE, EVERY_NODE } from '../fixtures/epub/documents.ts';
import { build } from '../fixtures/epub/build.ts';
import { elements, readEpub, withToken } from '../helpers/epub-reader.ts';
import type { Epub } from '../helpers/epub-reader.ts';

/** A page start before every word of every block: every placement case in one book. */
function everyWord(): PageStart[] {
  const starts: PageStart[] = [{ page: 1, block: -1, word: 0 }];
  EVERY_NODE.blocks.forEach((block, index) => {
    const count = Math.max(words(blockText(block)).length, 1);
    for (let word = 0; word < count; word++) starts.push({ page: starts.length + 1, block: index, word });
  });
  return starts;
}

const STARTS = everyWord();

/** Elements after whose start and end `blockText` has a line break. */
const BLOCK_LEVEL = new Set(['p', 'li', 'td', 'th', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'blockquote', 'figure', 'figcaption', 'ul', 'ol', 'table', 'br', 'hr']);

type Token = { kind: 'text'; value: string } | { kind: 'page'; page: string };

/** The body's visible text and page markers in document order; note numbers and task boxes are not part of `blockText`. */
function tokens(node: XmlNode, out: Token[] = []): Token[] {
  if (node.nodeType === node.TEXT_NODE) {
    out.push({ kind: 'text', value: node.nodeValue ?? '' });
    return out;
  }
  if (node.nodeType !== node.ELEMENT_NODE) return out;
  const el = node as XmlElement;
  const role = el.getAttribute('role');
  if (role === 'doc-pagebreak') {
    out.push({ kind: 'page', page: el.getAttribute('aria-label') ?? '' });
    return out;
  }
  if (role === 'doc-noteref' || role === 'checkbox') return out;
  const block = BLOCK_LEVEL.has(el.tagName);
  if (block) out.push({ kind: 'text', value: '\n' });
  for (const child of Array.from(el.childNodes)) tokens(child, out);
  if (block) out.push({ kind: 'text', value: '\n' });
  return out;
}

/** The word that follows each page marker. */
function wordAfterEachMarker(list: readonly Token[]): Map<string, string> {
  const found = new Map<string, string>();
  list.forEach((token, index) => {
    if (token.kind !== 'page') return;
    const following = list
      .slice(index + 1)
      .map((t) => (t.kind === 'text' ? t.value : ''))
      .join('');
    found.set(token.page, words(following)[0] ?? '');
  });
  return found;
}

let epub: Epub;

beforeAll(async () => {
  epub = await readEpub(await build(EVERY_NODE, { pageStarts: STARTS }));
});

describe('page-break markers', () => {
  test('each marker is immediately followed by the word its PDF page starts with', async () => {
    const found = new Map<string, string>();
    for (const { doc } of await epub.contentDocuments()) {
      const body = elements(doc, 'body')[0];
      if (body !== undefined) for (const [page, word] of wordAfterEachMarker(tokens(body))) found.set(page, word);
    }
    const expected = new Map(
      STARTS.filter((start) => start.block >= 0).map((start) => {
        const block = EVERY_NODE.blocks[start.block];
        return [String(start.page), block === undefined ? '' : (words(blockText(block))[start.word] ?? '')];
      }),
    );
    // Blocks without words (the rule) have nothing to precede; their marker precedes the next block's first word.
    for (const [page, word] of expected) if (word !== '') expect(`page ${page}: ${found.get(page)}`).toBe(`page ${page}: ${word}`);
    expect(found.size).toBe(STARTS.length);
  });

  test('markers land inside inline elements when the word is there', async () => {
    const doc = await epub.xml('OEBPS/text-2.xhtml');
    const parents = withToken(doc, 'role', 'doc-pagebreak').map((span) => (span.parentNode as XmlElement).tagName);
    for (const tag of ['strong', 'em', 'del', 'code', 'a', 'li', 'p']) expect(parents).toContain(tag);
    const table = await epub.xml('OEBPS/text-3.xhtml');
    expect(withToken(table, 'role', 'doc-pagebreak').map((span) => (span.parentNode as XmlElement).tagName)).toEqual(
      expect.arrayContaining(['th', 'td', 'figcaption', 'h2', 'h3']),
    );
  });

  test('the first page starts at the top of the title page', async () => {
    const doc = await epub.xml('OEBPS/title.xhtml');
    const section = elements(doc, 'section')[0];
    const first = Array.from(section?.childNodes ?? []).find((node) => node.nodeType === node.ELEMENT_NODE) as XmlElement | undefined;
    expect(first?.getAttribute('id')).toBe('page-1');
  });

  test('markers are empty, labelled spans paired with their ARIA role', async () => {
    const spans = (await epub.contentDocuments()).flatMap(({ doc }) => withToken(doc, 'epub:type', 'pagebreak'));
    expect(spans).toHaveLength(STARTS.length);
    for (const span of spans) {
      expect(span.tagName).toBe('span');
      expect(span.getAttribute('role')).toBe('doc-pagebreak');
      expect(span.childNodes.length).toBe(0);
      expect(span.getAttribute('id')).toBe(`page-${span.getAttribute('aria-label')}`);
    }
  });

  test('a page that starts after a block’s last word is marked after the block', async () => {
    const count = words(blockText(ARTICLE.blocks[0] ?? { type: 'thematicBreak' })).length;
    const doc = await readEpub(await build(ARTICLE, { pageStarts: [{ page: 7, block: 0, word: count }] }));
    const span = withToken(await doc.xml('OEBPS/text-1.xhtml'), 'role', 'doc-pagebreak')[0];
    expect((span?.previousSibling as XmlElement | null)?.tagName).toBe('p');
    expect((span?.parentNode as XmlElement | null)?.tagName).toBe('body');
  });

  test('a page start outside the document is a programming error, not a silent gap', async () => {
    await expect(build(ARTICLE, { pageStarts: [{ page: 2, block: ARTICLE.blocks.length, word: 0 }] })).rejects.toThrow(/block/u);
  });
});

describe('page list and pagination metadata', () => {
  test('the page list has every page, in order, each pointing at its marker', async () => {
    const nav = await epub.xml('OEBPS/toc.xhtml');
    const list = withToken(nav, 'epub:type', 'page-list')[0];
    expect(list?.getAttribute('role')).toBe('doc-pagelist');
    const links = elements(list as XmlElement, 'a');
    expect(links.map((a) => a.textContent)).toEqual(STARTS.map((start) => String(start.page)));
    for (const a of links) {
      const [file = '', id] = (a.getAttribute('href') ?? '').split('#');
      const target = elements(await epub.xml(`OEBPS/${file}`), 'span').find((span) => span.getAttribute('id') === id);
      expect(target?.getAttribute('aria-label')).toBe(a.textContent);
    }
  });

  test('the package names the print edition as the source of the page breaks', async () => {
    const { doc } = await epub.opf();
    const sources = elements(doc, 'dc:source');
    const refinement = elements(doc, 'meta').find((meta) => meta.getAttribute('property') === 'source-of');
    expect(refinement?.textContent).toBe('pagination');
    const paged = sources.find((source) => `#${source.getAttribute('id')}` === refinement?.getAttribute('refines'));
    expect(paged?.textContent).toContain(EVERY_NODE.metadata.identifier);
    const features = elements(doc, 'meta')
      .filter((meta) => meta.getAttribute('property') === 'schema:accessibilityFeature')
      .map((meta) => meta.textContent);
    expect(features).toEqual(expect.arrayContaining(['printPageNumbers', 'pageBreakMarkers', 'pageNavigation']));
  });
});
