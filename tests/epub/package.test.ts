// The finished EPUB, read back: container, package metadata, navigation,
// notes, ids, and what epub-gen-memory's sanitizer would have destroyed.
import { beforeAll, describe, expect, test } from 'vitest';
import type { Element as XmlElement } from '@xmldom/xmldom';
import { ARTICLE, EVERY_NODE, LALUNE, METADATA } from '../fixtures/epub/documents.ts';
import { build } from '../fixtures/epub/build.ts';
import { elements, parseXml, readEpub, withToken } from '../helpers/epub-reader.ts';
import type { Epub } from '../helpers/epub-reader.ts';

let every: Epub;
let article: Epub;

beforeAll(async () => {
  every = await readEpub(await build(EVERY_NODE));
  article = await readEpub(await build(ARTICLE));
});

function metaValues(doc: Awaited<ReturnType<Epub['opf']>>['doc'], property: string): string[] {
  return elements(doc, 'meta')
    .filter((meta) => meta.getAttribute('property') === property && !meta.hasAttribute('refines'))
    .map((meta) => meta.textContent ?? '');
}

function dc(doc: Awaited<ReturnType<Epub['opf']>>['doc'], name: string): string[] {
  return elements(doc, `dc:${name}`).map((el) => el.textContent ?? '');
}

/** Resolves `href` (relative to OEBPS/) to the element it points at, across files. */
async function target(epub: Epub, from: string, href: string): Promise<XmlElement | null> {
  const [file = '', fragment] = href.split('#');
  const name = file === '' ? from : `OEBPS/${file}`;
  const doc = await epub.xml(name);
  if (fragment === undefined) return doc.documentElement;
  return elements(doc, '*').find((el) => el.getAttribute('id') === fragment) ?? null;
}

describe('container', () => {
  test('mimetype is the first entry, stored uncompressed, without extra field', async () => {
    const [first] = every.entries;
    expect(first).toEqual({ name: 'mimetype', method: 0, extraFieldLength: 0 });
    expect(await every.text('mimetype')).toBe('application/epub+zip');
  });

  test('the EPUB 2 NCX epub-gen-memory writes is not left in the container', () => {
    expect(every.names.some((name) => name.endsWith('.ncx'))).toBe(false);
  });

  test('every file in the container is in the manifest', async () => {
    const { doc, base } = await every.opf();
    const listed = new Set(elements(doc, 'item').map((item) => base + (item.getAttribute('href') ?? '')));
    const packaged = every.names.filter((name) => name !== 'mimetype' && !name.startsWith('META-INF/') && !name.endsWith('.opf'));
    expect(packaged.filter((name) => !listed.has(name))).toEqual([]);
    expect([...listed].filter((name) => !every.names.includes(name))).toEqual([]);
  });
});

describe('package metadata', () => {
  test('language on the package and in dc:language', async () => {
    const { doc } = await every.opf();
    expect(doc.documentElement?.getAttribute('xml:lang')).toBe('en-GB');
    expect(dc(doc, 'language')).toEqual(['en-GB']);
  });

  test('the identifier is the manuscript’s, and it is the unique identifier', async () => {
    const { doc } = await every.opf();
    const uniqueId = doc.documentElement?.getAttribute('unique-identifier');
    const identifier = elements(doc, 'dc:identifier').find((el) => el.getAttribute('id') === uniqueId);
    expect(identifier?.textContent).toBe(METADATA.identifier);
  });

  test('dcterms:modified is the given date in UTC to the second', async () => {
    const { doc } = await every.opf();
    expect(metaValues(doc, 'dcterms:modified')).toEqual(['2026-03-04T05:06:07Z']);
  });

  test('source, publisher, description, rights, date and subjects', async () => {
    const { doc } = await every.opf();
    expect(dc(doc, 'source')).toEqual([METADATA.source]);
    expect(dc(doc, 'publisher')).toEqual([METADATA.publisher]);
    expect(dc(doc, 'description')).toEqual([METADATA.subtitle]);
    expect(dc(doc, 'rights')).toEqual([METADATA.rights]);
    expect(dc(doc, 'date')).toEqual([METADATA.date]);
    expect(dc(doc, 'subject')).toEqual(METADATA.keywords);
    expect(dc(doc, 'title')).toEqual([METADATA.title]);
  });

  test('one dc:creator per author, and none without authors', async () => {
    expect(dc((await every.opf()).doc, 'creator')).toEqual(['Ada Lovelace', 'Charles Babbage']);
    expect(dc((await article.opf()).doc, 'creator')).toEqual([]);
  });

  test('accessibility metadata, one value per element', async () => {
    const { doc } = await every.opf();
    expect(metaValues(doc, 'schema:accessMode')).toEqual(['textual', 'visual']);
    expect(metaValues(doc, 'schema:accessModeSufficient')).toEqual(['textual']);
    expect(metaValues(doc, 'schema:accessibilityFeature')).toEqual(['structuralNavigation', 'tableOfContents', 'readingOrder', 'alternativeText']);
    expect(metaValues(doc, 'schema:accessibilityHazard')).toEqual(['none']);
    expect(metaValues(doc, 'schema:accessibilitySummary')[0]).toMatch(/\w/u);
    expect(metaValues(doc, 'dcterms:conformsTo')).toEqual(['EPUB Accessibility 1.1 - WCAG 2.1 Level AA']);
  });

  test('a book without images is textual only and claims no alternative text', async () => {
    const { doc } = await article.opf();
    expect(metaValues(doc, 'schema:accessMode')).toEqual(['textual']);
    expect(metaValues(doc, 'schema:accessibilityFeature')).not.toContain('alternativeText');
  });

  test('no epub-gen-memory defaults leak in: no guide, no generator, no random UUID', async () => {
    const opf = await every.text('OEBPS/content.opf');
    expect(opf).not.toMatch(/<guide|epub-gen|anonymous/u);
    expect(opf.replace(METADATA.identifier, '')).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/u);
  });
});

describe('content documents', () => {
  test('all are well-formed XHTML in the book’s language', async () => {
    const documents = await every.contentDocuments();
    expect(documents.map((d) => d.name)).toEqual([
      'OEBPS/cover.xhtml',
      'OEBPS/title.xhtml',
      'OEBPS/text-1.xhtml',
      'OEBPS/text-2.xhtml',
      'OEBPS/text-3.xhtml',
      'OEBPS/notes.xhtml',
      'OEBPS/toc.xhtml',
    ]);
    for (const { doc } of documents) {
      expect(doc.documentElement?.getAttribute('xml:lang')).toBe('en-GB');
      expect(doc.documentElement?.getAttribute('lang')).toBe('en-GB');
    }
  });

  test('the strict parser these checks rely on rejects what is not XML', () => {
    expect(() => parseXml('<p>a<br></p>', 'html.xhtml')).toThrow(/not well-formed/u);
    expect(() => parseXml('<p hidden>a</p>', 'boolean.xhtml')).toThrow(/not well-formed/u);
  });

  test('the article (no headings) is one body file', async () => {
    const names = (await article.contentDocuments()).map((d) => d.name);
    expect(names.filter((name) => name.includes('text-'))).toEqual(['OEBPS/text-1.xhtml']);
    expect(names).not.toContain('OEBPS/notes.xhtml');
  });

  test('ids are unique across the whole book', async () => {
    const ids = (await every.contentDocuments()).flatMap(({ doc }) => elements(doc, '*').map((el) => el.getAttribute('id')).filter((id) => id !== null));
    expect(ids.length).toBeGreaterThan(10);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  // Links in the landmarks nav name their target's type; they are not that structure themselves.
  test('every epub:type that has an ARIA role carries it (outside the landmarks)', async () => {
    const roles: Record<string, string> = {
      noteref: 'doc-noteref',
      footnote: 'doc-footnote',
      endnotes: 'doc-endnotes',
      pagebreak: 'doc-pagebreak',
      'page-list': 'doc-pagelist',
      toc: 'doc-toc',
      subtitle: 'doc-subtitle',
    };
    for (const { name, doc } of await every.contentDocuments()) {
      const landmarkLinks = new Set(withToken(doc, 'epub:type', 'landmarks').flatMap((nav) => elements(nav, 'a')));
      for (const el of elements(doc, '*').filter((e) => !landmarkLinks.has(e))) {
        const type = el.getAttribute('epub:type');
        const role = type === null ? undefined : roles[type];
        if (role !== undefined) expect(`${name}: ${el.getAttribute('role')}`).toBe(`${name}: ${role}`);
      }
    }
  });

  test('the title page shows title, dek, authors, publisher, the source as a link, and rights', async () => {
    const doc = await every.xml('OEBPS/title.xhtml');
    const text = doc.documentElement?.textContent ?? '';
    for (const part of [METADATA.title, METADATA.subtitle ?? '', 'Ada Lovelace, Charles Babbage', METADATA.publisher ?? '', METADATA.rights ?? '']) {
      expect(text).toContain(part);
    }
    expect(elements(doc, 'a').map((a) => a.getAttribute('href'))).toContain(METADATA.source);
  });
});

describe('what epub-gen-memory’s sanitizer would drop survives', () => {
  test('ol start, image width and height, th scope, empty alt', async () => {
    const text2 = await every.xml('OEBPS/text-2.xhtml');
    const text3 = await every.xml('OEBPS/text-3.xhtml');
    expect(elements(text2, 'ol')[0]?.getAttribute('start')).toBe('3');
    const images = elements(text3, 'img');
    expect(images.map((img) => [img.getAttribute('width'), img.getAttribute('height')])).toEqual([
      [String(LALUNE.width), String(LALUNE.height)],
      [String(LALUNE.width), String(LALUNE.height)],
    ]);
    expect(images.map((img) => img.getAttribute('alt'))).toEqual([LALUNE.alt, '']);
    // The port table's header row, then the two header rows of the grid table's, less the empty corner (a plain cell: Ace's empty-table-header).
    expect(elements(text3, 'th').map((th) => th.getAttribute('scope'))).toEqual(Array.from({ length: 7 }, () => 'col'));
    for (const name of every.names.filter((n) => n.endsWith('.xhtml'))) expect(await every.text(name)).not.toContain('image-placeholder');
  });

  test('an image that is not a local file is refused, never fetched', async () => {
    const remote = { ...LALUNE, path: 'https://example.org/moon.jpg' };
    await expect(build({ ...ARTICLE, blocks: [{ type: 'figure', image: remote, caption: [] }] })).rejects.toThrow(/absolute path/u);
  });

  test('the same image used twice is packaged once, under a fixed name', async () => {
    expect(every.names.filter((name) => name.startsWith('OEBPS/images/image-'))).toEqual(['OEBPS/images/image-1.jpg']);
  });
});

describe('links', () => {
  test('external links keep their href; in-book links point at the file that holds the heading', async () => {
    const doc = await every.xml('OEBPS/text-2.xhtml');
    const hrefs = elements(doc, 'a').map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('https://example.com/a?b=1&c=2');
    expect(hrefs).toContain('text-3.xhtml#second-section');
    expect(await target(every, 'OEBPS/text-2.xhtml', 'text-3.xhtml#second-section')).not.toBeNull();
  });

  test('a heading whose id clashes with a generated id is renamed, and its nav entry follows', async () => {
    const doc = await every.xml('OEBPS/text-3.xhtml');
    const h3 = elements(doc, 'h3')[0];
    expect(h3?.getAttribute('id')).not.toBe('note-1');
    const nav = await every.xml('OEBPS/toc.xhtml');
    const entry = elements(nav, 'a').find((a) => a.textContent === h3?.textContent);
    expect(entry?.getAttribute('href')).toBe(`text-3.xhtml#${h3?.getAttribute('id')}`);
  });
});

describe('notes', () => {
  test('every note reference is <sup><a noteref> pointing at a footnote aside', async () => {
    const bodies = (await every.contentDocuments()).filter(({ name }) => /text-\d|notes/u.test(name));
    const refs = bodies.flatMap(({ name, doc }) => withToken(doc, 'epub:type', 'noteref').map((a) => ({ name, a })));
    expect(refs).toHaveLength(5);
    for (const { name, a } of refs) {
      expect(a.tagName).toBe('a');
      expect((a.parentNode as XmlElement).tagName).toBe('sup');
      expect(a.getAttribute('role')).toBe('doc-noteref');
      const note = await target(every, name, a.getAttribute('href') ?? '');
      expect(note?.tagName).toBe('aside');
      expect(note?.getAttribute('epub:type')).toBe('footnote');
      expect(note?.getAttribute('role')).toBe('doc-footnote');
      expect(note?.getAttribute('id')).toBe(`note-${a.textContent}`);
    }
  });

  test('each note links back to its first citation, and to every citation when cited more than once', async () => {
    const notes = await every.xml('OEBPS/notes.xhtml');
    const asides = withToken(notes, 'role', 'doc-footnote');
    expect(asides.map((aside) => aside.getAttribute('id'))).toEqual(['note-1', 'note-2', 'note-3']);
    const expected: Record<string, string[]> = { 'note-1': ['ref-1', 'ref-1', 'ref-1-2', 'ref-1-3'], 'note-2': ['ref-2'], 'note-3': ['ref-3'] };
    for (const aside of asides) {
      const links = elements(aside, 'a').filter((a) => a.getAttribute('role') === 'doc-backlink');
      const hrefs = links.map((a) => a.getAttribute('href') ?? '');
      expect(hrefs.map((href) => href.split('#')[1])).toEqual(expected[aside.getAttribute('id') ?? '']);
      for (const href of hrefs) {
        const citation = await target(every, 'OEBPS/notes.xhtml', href);
        expect(citation?.getAttribute('role')).toBe('doc-noteref');
        expect(citation?.getAttribute('href')).toBe(`notes.xhtml#${aside.getAttribute('id')}`);
      }
    }
  });

  test('the notes sit in an endnotes section, with the note text after the backlinks', async () => {
    const notes = await every.xml('OEBPS/notes.xhtml');
    const section = withToken(notes, 'epub:type', 'endnotes')[0];
    expect(section?.getAttribute('role')).toBe('doc-endnotes');
    expect(section?.textContent).toContain('The first note, cited three times.');
    expect(section?.textContent).toContain('A note that starts with a list');
    expect(await every.text('OEBPS/notes.xhtml')).not.toMatch(/data-footnote/u);
  });
});

describe('navigation document', () => {
  test('the table of contents nests headings and every entry resolves', async () => {
    const nav = await every.xml('OEBPS/toc.xhtml');
    const toc = withToken(nav, 'epub:type', 'toc')[0];
    if (toc === undefined) throw new Error('no toc nav');
    const labels = elements(toc, 'a').map((a) => a.textContent);
    expect(labels).toEqual(['Title page', METADATA.title, 'First section', 'Second section', 'A subsection whose id looks like a note id', 'Notes']);
    const nested = elements(toc, 'li').find((li) => elements(li, 'a')[0]?.textContent === 'Second section');
    expect(elements(nested as XmlElement, 'ol')).toHaveLength(1);
    for (const a of elements(toc, 'a')) expect(await target(every, 'OEBPS/toc.xhtml', a.getAttribute('href') ?? '')).not.toBeNull();
  });

  test('landmarks: cover, title page, body, notes', async () => {
    const nav = await every.xml('OEBPS/toc.xhtml');
    const landmarks = withToken(nav, 'epub:type', 'landmarks')[0];
    if (landmarks === undefined) throw new Error('no landmarks nav');
    const links = elements(landmarks, 'a').map((a) => [a.getAttribute('epub:type'), a.getAttribute('href')]);
    expect(links).toEqual([
      ['cover', 'cover.xhtml'],
      ['titlepage', 'title.xhtml'],
      ['bodymatter', 'text-1.xhtml'],
      ['endnotes', 'notes.xhtml'],
    ]);
  });

  test('the article’s table of contents reaches its text by the title', async () => {
    const nav = await article.xml('OEBPS/toc.xhtml');
    const toc = withToken(nav, 'epub:type', 'toc')[0];
    expect(elements(toc as XmlElement, 'a').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Title page', 'title.xhtml'],
      [ARTICLE.metadata.title, 'text-1.xhtml'],
    ]);
    expect(withToken(nav, 'epub:type', 'page-list')).toEqual([]);
  });
});

describe('cover', () => {
  test('a cover image is drawn, marked cover-image, and shown on a cover page with its text as alt', async () => {
    const { doc, base } = await every.opf();
    const item = elements(doc, 'item').find((el) => el.getAttribute('properties') === 'cover-image');
    expect(item?.getAttribute('media-type')).toBe('image/png');
    const png = await every.bytesOf(base + (item?.getAttribute('href') ?? ''));
    const header = Buffer.from(png.subarray(0, 24));
    expect(header.subarray(1, 4).toString('latin1')).toBe('PNG');
    const [width, height] = [header.readUInt32BE(16), header.readUInt32BE(20)];
    expect(width).toBe(1600);
    expect(height / width).toBeCloseTo(9 / 6, 2);
    const cover = await every.xml('OEBPS/cover.xhtml');
    const img = elements(cover, 'img')[0];
    expect(img?.getAttribute('src')).toBe(item?.getAttribute('href'));
    expect(img?.getAttribute('role')).toBe('doc-cover');
    expect(img?.getAttribute('alt')).toContain(METADATA.title);
  });

  test('a cover named in the front matter is used as it is', async () => {
    const epub = await readEpub(await build({ ...ARTICLE, metadata: { ...ARTICLE.metadata, cover: { ...LALUNE, alt: 'The moon' } } }));
    const { doc, base } = await epub.opf();
    const item = elements(doc, 'item').find((el) => el.getAttribute('properties') === 'cover-image');
    expect(item?.getAttribute('media-type')).toBe('image/jpeg');
    const { readFileSync } = await import('node:fs');
    expect(Buffer.from(await epub.bytesOf(base + (item?.getAttribute('href') ?? ''))).equals(readFileSync(LALUNE.path))).toBe(true);
    expect(elements(await epub.xml('OEBPS/cover.xhtml'), 'img')[0]?.getAttribute('alt')).toBe('Cover: The moon');
  });
});

describe('fonts and stylesheet', () => {
  test('body fonts always, mono fonts only when the book shows code, each behind an @font-face', async () => {
    const fonts = (epub: Epub): string[] => epub.names.filter((name) => name.startsWith('OEBPS/fonts/')).sort();
    expect(fonts(article)).toEqual(['OEBPS/fonts/body-bold-italic.ttf', 'OEBPS/fonts/body-bold.ttf', 'OEBPS/fonts/body-italic.ttf', 'OEBPS/fonts/body-regular.ttf']);
    expect(fonts(every)).toHaveLength(8);
    const css = await every.text('OEBPS/style.css');
    for (const font of fonts(every)) expect(css).toContain(`url("${font.replace('OEBPS/', '')}")`);
    expect(await article.text('OEBPS/style.css')).not.toMatch(/@font-face \{\s*font-family: "Galley Mono"/u);
    expect(css).toMatch(/@font-face \{\s*font-family: "Galley Mono"/u);
  });

  test('the stylesheet hyphenates by language and keeps widows and orphans to two lines', async () => {
    const css = await every.text('OEBPS/style.css');
    expect(css).toMatch(/[^-]hyphens: auto/u);
    expect(css).toMatch(/-webkit-hyphens: auto/u);
    expect(css).toMatch(/-epub-hyphens: auto/u);
    expect(css).toMatch(/widows: 2/u);
    expect(css).toMatch(/orphans: 2/u);
  });
});

describe('reproducibility', () => {
  test('the same document and date give the same bytes', async () => {
    const [first, second] = await Promise.all([build(EVERY_NODE), build(EVERY_NODE)]);
    expect(first.equals(second)).toBe(true);
  });

  test('another date changes dcterms:modified and nothing else in the OPF', async () => {
    const later = await readEpub(await build(EVERY_NODE, { date: new Date('2027-01-01T00:00:00Z') }));
    const before = await every.text('OEBPS/content.opf');
    const after = await later.text('OEBPS/content.opf');
    expect(after).not.toBe(before);
    expect(after.replace('2027-01-01T00:00:00Z', '2026-03-04T05:06:07Z')).toBe(before);
  });
});
