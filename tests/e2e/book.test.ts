// A book built end to end with the real command, in a two-sided theme, and
// read back as a reader gets it: the contents' page numbers are the labels of
// the pages the chapters open on, chapters open on rectos, notes number from 1
// in each chapter, running heads are the book's title on versos and the
// chapter's on rectos; the EPUB has one file per chapter and part, a nav with
// parts as nested lists, and passes EPUBCheck and Ace.
import { existsSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdfText, type TextPage } from '../../src/check/pdf/layer.ts';
import { readEpub } from '../helpers/epub-reader.ts';
import { runGalley, temporaryDir } from '../helpers/cli.ts';
import { JAVA_EPUBCHECK_TIMEOUT, run, runAce, runJavaEpubcheck, testWith } from '../helpers/external.ts';
import { readPdf } from '../helpers/read-pdf.ts';

const FIXTURE = new URL('../fixtures/book', import.meta.url).pathname;
const TWO_SIDED = new URL('../fixtures/book-two-sided', import.meta.url).pathname;
const EXAMPLE = new URL('../../examples/book', import.meta.url).pathname;

const textOf = (page: TextPage, role?: string): string =>
  page.items
    .filter((item) => role === undefined || item.role === role)
    .map((item) => item.str)
    .join(' ')
    .replace(/\s+/gu, ' ');

describe('a book of chapters and parts', () => {
  const out = temporaryDir('galley-book-');
  let stderr = '';
  let pages: readonly TextPage[] = [];
  let attachments: ReadonlyMap<string, Uint8Array> = new Map();

  beforeAll(async () => {
    const run = runGalley(['build', FIXTURE, '--out', out, '--theme', TWO_SIDED]);
    expect(run.status, run.stderr).toBe(0);
    stderr = run.stderr;
    const layer = await readPdfText(new Uint8Array(readFileSync(join(out, 'book.pdf'))));
    pages = layer.pages;
    attachments = layer.attachments;
  }, 120_000);

  it('writes DIR/<book>.pdf and DIR/<book>.epub, named after the book folder', () => {
    expect(existsSync(join(out, 'book.pdf'))).toBe(true);
    expect(existsSync(join(out, 'book.epub'))).toBe(true);
  });

  it('warns, at the link, of a cross-reference to a heading that does not exist', () => {
    expect(stderr).toMatch(/chapter-3\.md:13:\d+: warning: link to "chapter-2\.md#no-such-heading" is dropped/u);
  });

  it('labels the front matter in roman and the body from arabic 1', () => {
    const labels = pages.map((p) => p.label);
    expect(labels.slice(0, 4)).toEqual(['i', 'ii', 'iii', 'iv']);
    expect(labels).toContain('1');
    const first = labels.indexOf('1');
    expect(labels.slice(first, first + 3)).toEqual(['1', '2', '3']);
    // The front matter ends on a verso, so the body's page 1 is a recto.
    expect(first % 2).toBe(0);
  });

  it('gives each contents entry the label of the page its chapter opens on, and opens every chapter on a recto', () => {
    const contents = pages.find((p) => textOf(p).startsWith('Contents'));
    expect(contents).toBeDefined();
    const toc = textOf(contents as TextPage);
    // The preface is front matter: no number; the chapters count from 1 without it.
    const titles = ['Preface', 'The Rising Water', 'Where the Water Meets the Wall', 'Low Water'];
    for (const [i, title] of titles.entries()) {
      const number = i === 0 ? '' : `${i} `;
      const entry = new RegExp(`(?:^|\\s)${number}${title}[ .]*?(\\d+)`, 'u').exec(toc);
      expect(entry, `${title} in ${toc}`).not.toBeNull();
      const opening = pages.find((p) => textOf(p).includes(i === 0 ? `${title} This book` : `Chapter ${i} ${title}`));
      expect(opening, title).toBeDefined();
      if (i === 0) expect(textOf(opening as TextPage)).not.toContain('Chapter');
      expect(opening?.label).toBe(entry?.[1]);
      // Page numbers count from 1: odd numbers are rectos.
      expect((opening?.number ?? 0) % 2, `${title} opens on a recto`).toBe(1);
    }
  });

  it('numbers notes from 1 in each chapter', () => {
    const noteLines = pages.flatMap((p) => p.items.filter((i) => i.role === 'note').map((i) => i.str)).join(' ');
    expect(noteLines).toContain('The first note of chapter one');
    const labelsOf = (text: string): string[] =>
      pages.filter((p) => textOf(p, 'note').includes(text)).flatMap((p) => p.items.filter((i) => i.role === 'label').map((i) => i.str.trim()));
    expect(labelsOf('The first note of chapter one')).toContain('1');
    expect(labelsOf('numbering starts again at 1')).toEqual(['1']);
  });

  it('heads versos with the book title and rectos with the chapter title, and leaves openings bare', () => {
    const opening = pages.findIndex((p) => textOf(p).includes('Chapter 1 The Rising Water'));
    const head = (page: TextPage | undefined): string => (page === undefined ? '' : textOf(page, 'artifact'));
    expect(head(pages[opening])).not.toContain('The Rising Water');
    expect(head(pages[opening + 1])).toContain('The Harbour Book');
    expect(head(pages[opening + 2])).toContain('The Rising Water');
  });

  it('links the cross-reference to the heading in the other chapter, and nests bookmarks parts → chapters → sections', async () => {
    const pdf = await readPdf(readFileSync(join(out, 'book.pdf')));
    expect(pdf.links.some((link) => link.dest === 'c3-the-front')).toBe(true);
    expect(pdf.destinations.has('c3-the-front')).toBe(true);
    const titles = pdf.outline.map((entry) => entry.title);
    expect(titles).toEqual(['Contents', 'Preface', 'The Water', 'The Shore', 'Sources']);
  });

  testWith('qpdf', 'nests the bookmarks: parts, their chapters, the chapters\' sections', () => {
    interface Item { title: string; kids: Item[] }
    const { outlines } = JSON.parse(run('qpdf', ['--json', '--json-key=outlines', join(out, 'book.pdf')])) as { outlines: Item[] };
    const tree = (items: Item[]): unknown[] => items.map((item) => (item.kids.length > 0 ? { [item.title]: tree(item.kids) } : item.title));
    expect(tree(outlines)).toEqual([
      'Contents',
      'Preface',
      { 'The Water': [{ 'The Rising Water': ['Spring tides'] }, { 'Where the Water Meets the Wall': ['The front'] }] },
      { 'The Shore': ['Low Water'] },
      'Sources',
    ]);
  });

  it('embeds book.yaml, every chapter and the bibliography in the archive PDF', () => {
    expect([...attachments.keys()].sort()).toEqual(['book.yaml', 'chapter-1.md', 'chapter-2.md', 'chapter-3.md', 'preface.md', 'sources.yaml']);
  });

  it("cites from book.yaml's bibliography in a chapter without one, and lists every chapter's sources once, in the style's order, at the end", () => {
    const text = pages.map((p) => textOf(p)).join(' ');
    // The title is italic: its own text item, joined with a space here.
    expect(text).toMatch(/Mary Somerville, Tides of the Northern Harbours ?, 1834, 12\./u);
    // Chapters 1 and 3 cite Somerville, chapter 2 Airy: each once, sorted by author as the Chicago style sorts them.
    const list = pages.findIndex((p) => textOf(p).startsWith('Sources'));
    expect(list, 'a Sources page').toBeGreaterThan(0);
    const sources = textOf(pages[list] as TextPage, 'body');
    expect(sources).toMatch(/^Sources Airy, George\. Harbour Walls and Their Keepers ?, 1845\. Somerville, Mary\. Tides of the Northern Harbours ?, 1834\.$/u);
    // No chapter keeps a list of its own, and the list comes after the last chapter.
    expect(text.match(/Somerville, Mary\./gu)).toHaveLength(1);
    expect(pages.findIndex((p) => textOf(p).includes('Low Water'))).toBeLessThan(list);
    // A back-matter section of the contents, with the label of its page.
    const contents = textOf(pages.find((p) => textOf(p).startsWith('Contents')) as TextPage);
    expect(/\sSources[ .]*?(\d+)/u.exec(contents)?.[1]).toBe(pages[list]?.label);
  });

  it('prints "(p. N)" after a link to another chapter, N the label of the page its target opens on', () => {
    const pageOf = (start: string): string | undefined => pages.find((p) => textOf(p).includes(start))?.label;
    const text = pages.map((p) => textOf(p)).join(' ');
    const front = /the front \(p\. (\w+)\) where water meets the wall/u.exec(text);
    expect(front, 'a page reference after the link').not.toBeNull();
    expect(front?.[1]).toBe(pageOf('The front Here the front of the harbour'));
    const back = /Back to the first chapter \(p\. (\w+)\)/u.exec(text);
    expect(back?.[1]).toBe(pageOf('Chapter 1 The Rising Water'));
    // A link within a chapter, a citation or a note mark gets none.
    expect(text.match(/\(p\. /gu)).toHaveLength(2);
  });

  it('writes one EPUB file per part and chapter, with parts as nested lists in the nav', async () => {
    const epub = await readEpub(readFileSync(join(out, 'book.epub')));
    const bodies = epub.names.filter((name) => /text-\d+\.xhtml$/u.test(name));
    // Preface, part I, two chapters, part II, one chapter, the sources.
    expect(bodies).toHaveLength(7);
    for (const [i, id] of ['chapter-1', 'part-1', 'chapter-2', 'chapter-3', 'part-2', 'chapter-4', 'chapter-5'].entries()) {
      expect(await epub.text(bodies[i] ?? ''), id).toContain(`id="${id}"`);
    }
    const nav = await epub.text(epub.names.find((name) => name.endsWith('toc.xhtml')) ?? '');
    const toc = nav.slice(nav.indexOf('epub:type="toc"'), nav.indexOf('epub:type="landmarks"')).replace(/\s+/gu, '');
    // The part's item holds a list with its chapters.
    expect(toc).toMatch(/<li><ahref="text-2\.xhtml#part-1">TheWater<\/a><ol><li><ahref="text-3\.xhtml#chapter-2">TheRisingWater/u);
    for (const landmark of ['cover', 'toc', 'bodymatter', 'copyright-page']) expect(nav).toContain(`epub:type="${landmark}"`);
    const opf = await epub.text(epub.names.find((name) => name.endsWith('.opf')) ?? '');
    // The front matter as in print: copyright page, dedication, contents.
    expect(opf.replace(/\s+/gu, '')).toContain('<itemrefidref="copyright"/><itemrefidref="dedication"/><itemrefidref="nav"/>');
    const dedication = await epub.text(epub.names.find((name) => name.endsWith('dedication.xhtml')) ?? '');
    expect(dedication).toMatch(/<title>Dedication<\/title>/u);
    expect(dedication).toMatch(/epub:type="dedication"[^>]*>\s*<p>For everyone who waits for the tide\.<\/p>/u);
    expect(opf).toContain('<dc:identifier id="pub-id">urn:isbn:9780306406157</dc:identifier>');
    // The page list: body pages by their printed numbers.
    expect(nav).toMatch(/<a href="text-1\.xhtml#page-1">1<\/a>/u);
    // The cross-reference leads to the other chapter's file, with no page number.
    const first = await epub.text(bodies[2] ?? '');
    expect(first).toContain('href="text-4.xhtml#c3-the-front"');
    expect(first).not.toContain('(p. ');
    // The sources: a file of their own, in the nav and the spine, and every citation links there.
    expect(toc).toMatch(/<li><ahref="text-7\.xhtml#chapter-5">Sources<\/a><\/li>/u);
    expect(opf).toMatch(/<itemref idref="[^"]*text-7[^"]*"/u);
    const sourcesFile = (await epub.text(bodies[6] ?? '')).replace(/\s+/gu, ' ');
    expect(sourcesFile.match(/id="c5-src-[a-z]+"/gu)).toEqual(['id="c5-src-walls"', 'id="c5-src-tides"']);
    // Chicago is a note style: the citations are notes, each linking to its entry in the one list.
    const notes = await epub.text(epub.names.find((name) => name.endsWith('notes.xhtml')) ?? '');
    for (const source of ['tides', 'walls']) expect(notes).toContain(`href="text-7.xhtml#c5-src-${source}"`);
  });

  it('numbers the EPUB notes from 1 in each chapter too, gathered under their chapter titles', async () => {
    const epub = await readEpub(readFileSync(join(out, 'book.epub')));
    const bodies = epub.names.filter((name) => /text-\d+\.xhtml$/u.test(name));
    // "Where the Water Meets the Wall" (the fourth file) cites one note: its mark reads 1, as in the PDF.
    expect(await epub.text(bodies[3] ?? '')).toMatch(/epub:type="noteref"[^>]*>1<\/a>/u);
    const notes = (await epub.text(epub.names.find((name) => name.endsWith('notes.xhtml')) ?? '')).replace(/\s+/gu, ' ');
    expect(notes).toMatch(/<h2>The Rising Water<\/h2>.*>1\.<\/a> The first note of chapter one\..*>2\.<\/a> The second note of chapter one\..*<h2>Where the Water Meets the Wall<\/h2>.*>1\.<\/a> The first note of chapter two/u);
  });

  it('passes galley check: every contents entry gives the page its chapter opens on, and the text is all there', async () => {
    const { checkFiles } = await import('../../src/check/index.ts');
    const report = await checkFiles([join(out, 'book.pdf')]);
    const checks = report.files[0]?.checks ?? [];
    const contents = checks.find((c) => c.id === 'pdf.contents');
    expect(contents?.status, contents?.message).toBe('pass');
    expect(contents?.message).toMatch(/^7 entries/u);
    expect(checks.find((c) => c.id === 'pdf.source')?.status).toBe('pass');
    expect(checks.find((c) => c.id === 'pdf.text')?.status).toBe('pass');
  }, 120_000);

  it('fails galley check when the page labels no longer match the contents', async () => {
    const bytes = readFileSync(join(out, 'book.pdf'));
    // The body's page 1 two pages earlier: same length, so the file stays readable.
    const tampered = Buffer.from(bytes.toString('latin1').replace(/(\/Nums \[0 <<\n\/S \/r\n>> )8 /u, '$16 '), 'latin1');
    expect(tampered.equals(bytes)).toBe(false);
    const file = join(out, 'tampered.pdf');
    writeFileSync(file, tampered);
    const { checkFiles } = await import('../../src/check/index.ts');
    const report = await checkFiles([file]);
    const contents = report.files[0]?.checks.find((c) => c.id === 'pdf.contents');
    expect(contents?.status).toBe('fail');
    expect(contents?.details?.[0]).toMatch(/says page 1, but chapter-1 opens on page 3/u);
  }, 120_000);

  testWith('Java EPUBCheck', 'the EPUB passes EPUBCheck with nothing to report', async () => {
    expect(await runJavaEpubcheck(join(out, 'book.epub'))).toMatch(/0 fatals \/ 0 errors \/ 0 warnings/u);
  }, JAVA_EPUBCHECK_TIMEOUT);

  testWith('Ace by DAISY', 'the EPUB passes Ace by DAISY with no accessibility violation', async () => {
    const { outcome, violations } = await runAce(join(out, 'book.epub'));
    expect(violations).toEqual([]);
    expect(outcome).toBe('pass');
  }, 300_000);
});

describe('a French book with chapters marked unnumbered, a Sources list per chapter and notes numbered through the book', () => {
  const out = temporaryDir('galley-book-fr-');
  let pages: readonly TextPage[] = [];
  const text = (): string => pages.map((p) => textOf(p)).join(' ');

  beforeAll(async () => {
    const dir = join(temporaryDir('galley-book-fr-src-'), 'livre');
    cpSync(FIXTURE, dir, { recursive: true });
    const edit = (name: string, change: (text: string) => string): void => writeFileSync(join(dir, name), change(readFileSync(join(dir, name), 'utf8')));
    edit('book.yaml', (t) => t.replace('lang: en-GB', 'lang: fr-FR'));
    // Marked by their authors: one in its front matter, one on its title heading.
    edit('chapter-2.md', (t) => t.replace('title: Where the Water Meets the Wall', 'title: Where the Water Meets the Wall\nunnumbered: true'));
    edit('chapter-3.md', (t) => t.replace('# Low Water', '# Low Water {-}'));
    const theme = temporaryDir('galley-book-fr-theme-');
    writeFileSync(join(theme, 'theme.yaml'), 'extends: default\nbook:\n  sources: chapter\n  notes: book\n');
    const build = runGalley(['build', join(dir, 'book.yaml'), '--out', out, '--theme', theme]);
    expect(build.status, build.stderr).toBe(0);
    pages = (await readPdfText(new Uint8Array(readFileSync(join(out, 'livre.pdf'))))).pages;
  }, 120_000);

  it("sets the book's own words in French: contents, part and chapter labels, the copyright page", () => {
    const contents = pages.find((p) => textOf(p).startsWith('Table des matières'));
    expect(contents, 'a contents page titled in French').toBeDefined();
    expect(textOf(contents as TextPage)).toMatch(/Partie I {1,2}The Water/u);
    expect(text()).toContain('Partie II The Shore');
    expect(text()).toContain('Chapitre 1 The Rising Water');
    expect(text()).toContain('Publié par Galley Press');
    expect(text()).not.toMatch(/Chapter \d|Contents|Part I/u);
  });

  it('gives a chapter marked unnumbered no number, in its opening and in the contents', () => {
    const contents = textOf(pages.find((p) => textOf(p).startsWith('Table des matières')) as TextPage);
    for (const title of ['Where the Water Meets the Wall', 'Low Water']) {
      // Right after the previous entry's page number: no number of its own.
      expect(contents).toMatch(new RegExp(`\\. \\d+ ${title} \\.`, 'u'));
      expect(text()).not.toMatch(new RegExp(`Chapitre \\d+ ${title}`, 'u'));
    }
    // The numbered chapter keeps its number; nothing counts after the unnumbered ones.
    expect(contents).toMatch(/1 {1,2}The Rising Water/u);
    expect(text()).not.toContain('Chapitre 2');
  });

  it('lists the sources after each chapter that cites, and none at the end', () => {
    const outline = pages.map((p) => textOf(p, 'body')).join(' ');
    expect(outline.match(/Sources Somerville, Mary/gu)).toHaveLength(2);
    expect(outline.match(/Sources Airy, George/gu)).toHaveLength(1);
    const contents = textOf(pages.find((p) => textOf(p).startsWith('Table des matières')) as TextPage);
    expect(contents).not.toContain('Sources');
  });

  it('numbers the notes on through the book, in the PDF and the EPUB', async () => {
    const labelsOf = (note: string): string[] =>
      pages.filter((p) => textOf(p, 'note').includes(note)).flatMap((p) => p.items.filter((i) => i.role === 'label').map((i) => i.str.trim()));
    // Chapter one has three notes; chapter two's first is the fourth.
    expect(labelsOf('The first note of chapter two')).toContain('4');
    const epub = await readEpub(readFileSync(join(out, 'livre.epub')));
    const bodies = epub.names.filter((name) => /text-\d+\.xhtml$/u.test(name));
    expect(await epub.text(bodies[3] ?? '')).toMatch(/epub:type="noteref"[^>]*>4<\/a>/u);
  });

  it("names the EPUB's contents, copyright and dedication pages in French", async () => {
    const epub = await readEpub(readFileSync(join(out, 'livre.epub')));
    const nav = await epub.text(epub.names.find((name) => name.endsWith('toc.xhtml')) ?? '');
    expect(nav).toContain('<h1 id="toc-heading">Table des matières</h1>');
    expect(nav).toMatch(/<a epub:type="copyright-page" href="copyright\.xhtml">Droits d’auteur<\/a>/u);
    expect(await epub.text(epub.names.find((name) => name.endsWith('copyright.xhtml')) ?? '')).toContain('Publié par Galley Press');
    expect(await epub.text(epub.names.find((name) => name.endsWith('dedication.xhtml')) ?? '')).toMatch(/<title>Dédicace<\/title>/u);
  });
});

describe('a book for print', () => {
  testWith('pdfinfo', 'pads to an even page count, two-sided on the trim', () => {
    const out = temporaryDir('galley-book-print-');
    const build = runGalley(['build', FIXTURE, '--out', out, '--profile', 'print', '--format', 'pdf']);
    expect(build.status, build.stderr).toBe(0);
    const pages = Number(/Pages:\s+(\d+)/u.exec(run('pdfinfo', [join(out, 'book.pdf')]))?.[1]);
    expect(pages).toBeGreaterThan(10);
    expect(pages % 2).toBe(0);
  }, 120_000);
});

describe('book.yaml mistakes', () => {
  it('points at book.yaml:line:col for a missing chapter and an unknown key, writing nothing', () => {
    const dir = temporaryDir('galley-book-bad-');
    cpSync(FIXTURE, dir, { recursive: true });
    const yaml = readFileSync(join(dir, 'book.yaml'), 'utf8').replace('dedication:', 'dedicaton:').replace('- chapter-2.md', '- chapter-9.md');
    writeFileSync(join(dir, 'book.yaml'), yaml);
    const out = temporaryDir('galley-book-bad-out-');
    const run = runGalley(['build', join(dir, 'book.yaml'), '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/book\.yaml:14:1: warning: unknown book\.yaml key "dedicaton"; did you mean "dedication"\?/u);
    expect(run.stderr).toMatch(/book\.yaml:21:9: error: chapter file "chapter-9\.md" does not exist/u);
    expect(run.stderr).not.toMatch(/\n\s+at /u);
    expect(existsSync(join(out, 'book.pdf'))).toBe(false);
  });
});

describe('the example book', () => {
  it('is built by npm run build, and galley check finds its contents, notes and text right', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: { build: string } };
    expect(pkg.scripts.build).toContain('build examples/book --out dist');
    const out = temporaryDir('galley-example-book-');
    const build = runGalley(['build', EXAMPLE, '--out', out]);
    expect(build.status, build.stderr).toBe(0);
    expect(build.stderr).toBe('');
    const { checkFiles } = await import('../../src/check/index.ts');
    const checks = (await checkFiles([join(out, 'book.pdf')])).files[0]?.checks ?? [];
    for (const id of ['pdf.contents', 'pdf.notes', 'pdf.text']) expect(checks.find((c) => c.id === id)?.status, id).toBe('pass');
    // A preface, two parts, two chapters.
    expect(checks.find((c) => c.id === 'pdf.contents')?.message).toMatch(/^5 entries/u);
  }, 120_000);
});
