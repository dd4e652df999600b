// The content documents of the book, as hast bodies: cover, title page, one
// body file per top-level section. (The notes file is in notes.ts.)
import { formatDate } from '../date-format.ts';
import type { Metadata } from '../document.ts';
import type { Theme } from '../theme/types.ts';
import { COPYRIGHT_FILE, COVER_FILE, DEDICATION_FILE, TITLE_FILE } from './files.ts';
import { h, text } from './hast.ts';
import type { Element, ElementContent } from './hast.ts';
import type { Labels } from './labels.ts';
import { headingLabel } from './plan.ts';
import { EpubContext, pageBreak } from './context.ts';
import type { BookContext } from './context.ts';

export interface ContentDocument {
  readonly filename: string;
  /** The document's <title>. */
  readonly title: string;
  readonly body: Element;
}

export function coverDocument(src: string, alt: string, labels: Labels): ContentDocument {
  const image = h('img', { 'epub:type': 'cover', role: 'doc-cover', src, alt });
  return { filename: COVER_FILE, title: labels.cover, body: h('body', { className: ['cover'] }, [h('div', { className: ['cover'] }, [image])]) };
}

/** Title, dek, authors, publisher, source link, date, ISBN and rights; the print edition's first page starts here. */
export function titleDocument(book: BookContext, labels: Labels, show: Theme['titleBlock']): ContentDocument {
  const { metadata } = book.doc;
  const children: ElementContent[] = (book.plan.pageStarts.get(-1) ?? []).map((start) => pageBreak(start.page));
  children.push(h('h1', { className: ['title'] }, [text(metadata.title)]));
  if (metadata.subtitle !== undefined) {
    children.push(h('p', { className: ['subtitle'], 'epub:type': 'subtitle', role: 'doc-subtitle' }, [text(metadata.subtitle)]));
  }
  children.push(...byline(metadata, show.affiliations));
  if (metadata.publisher !== undefined) children.push(h('p', { className: ['publisher'] }, [text(metadata.publisher)]));
  if (metadata.source !== undefined) children.push(h('p', { className: ['source'] }, sourceLine(labels.source, metadata.source)));
  if (metadata.date !== undefined) {
    children.push(h('p', { className: ['date'] }, [h('time', { dateTime: metadata.date }, [text(formatDate(metadata.date, metadata.lang))])]));
  } else if (metadata.dateText !== undefined) children.push(h('p', { className: ['date'] }, [text(metadata.dateText)]));
  const isbn = metadata.isbn?.ebook;
  if (show.isbn && isbn !== undefined) children.push(h('p', { className: ['isbn'] }, [text(`ISBN ${isbn.text}`)]));
  if (metadata.rights !== undefined) children.push(h('p', { className: ['rights'] }, [text(metadata.rights)]));
  const section = h('section', { className: ['titlepage'], 'epub:type': 'titlepage' }, children);
  return { filename: TITLE_FILE, title: metadata.title, body: h('body', { 'epub:type': 'frontmatter' }, [section]) };
}

/** A book's copyright page: the notice, the ISBNs, the edition, the colophon, a paragraph each. */
export function copyrightDocument(title: string, lines: readonly string[]): ContentDocument {
  const section = h('section', { className: ['copyright'], 'epub:type': 'copyright-page' }, lines.map((line) => h('p', {}, [text(line)])));
  return { filename: COPYRIGHT_FILE, title, body: h('body', { 'epub:type': 'frontmatter' }, [section]) };
}

/** A book's dedication, on a page of its own as in the print edition. */
export function dedicationDocument(title: string, dedication: string): ContentDocument {
  const section = h('section', { className: ['dedication'], 'epub:type': 'dedication', role: 'doc-dedication' }, [h('p', {}, [text(dedication)])]);
  return { filename: DEDICATION_FILE, title, body: h('body', { 'epub:type': 'frontmatter' }, [section]) };
}

/** The authors' names on one line; or, when the theme shows affiliations and there are some, each name with its own. */
function byline(metadata: Metadata, affiliations: boolean): ElementContent[] {
  const details = metadata.authorDetails;
  if (affiliations && details?.some((author) => author.affiliations.length > 0)) {
    return details.map((author) => {
      const lines: ElementContent[] = [text(author.name)];
      if (author.affiliations.length > 0) lines.push(h('br'), h('span', { className: ['affiliation'] }, [text(author.affiliations.join('; '))]));
      return h('p', { className: ['byline', 'author'] }, lines);
    });
  }
  return metadata.authors.length > 0 ? [h('p', { className: ['byline'] }, [text(metadata.authors.join(', '))])] : [];
}

/** "First published at {link}", with the URL as a link. */
function sourceLine(label: string, url: string): ElementContent[] {
  const [before = '', after = ''] = label.split('{link}');
  const line: ElementContent[] = [];
  if (before !== '') line.push(text(before));
  line.push(h('a', { href: url }, [text(url)]));
  if (after !== '') line.push(text(after));
  return line;
}

export function bodyDocuments(book: BookContext): ContentDocument[] {
  return book.plan.parts.map((part) => {
    const ctx = new EpubContext(book, part.filename);
    const children = part.blocks.flatMap((index) => {
      const block = book.doc.blocks[index];
      return block === undefined ? [] : ctx.topLevelBlock(block, index);
    });
    const firstHeading = part.blocks.map((index) => book.doc.blocks[index]).find((block) => block?.type === 'heading');
    const title = firstHeading?.type === 'heading' ? headingLabel(firstHeading) : book.doc.metadata.title;
    return { filename: part.filename, title, body: h('body', { 'epub:type': 'bodymatter' }, children) };
  });
}
