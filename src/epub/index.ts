// The EPUB 3 writer: Document → XHTML content documents (one handler per node
// type) → packaging with epub-gen-memory and Galley's own OPF and nav templates.
import { readFileSync } from 'node:fs';
import type { CalloutKind, Document, Metadata, PageStart } from '../document.ts';
import { visit } from '../document/visit.ts';
import { bookLabels, calloutLabel } from '../theme/book-labels.ts';
import type { Theme } from '../theme/types.ts';
import { drawCover } from './cover.ts';
import { bodyDocuments, copyrightDocument, coverDocument, dedicationDocument, titleDocument } from './documents.ts';
import type { ContentDocument } from './documents.ts';
import { STYLESHEET_FILE } from './files.ts';
import { embeddedFonts, fallbackFonts, stylesheet } from './fonts.ts';
import { IMAGES_FOLDER, ImageRegistry } from './images.ts';
import { fill, loadLabels, type Labels } from './labels.ts';
import { navData } from './nav.ts';
import { notesDocument } from './notes.ts';
import { packageData } from './opf.ts';
import { planBook } from './plan.ts';
import type { BookContext } from './context.ts';
import { templatePath } from './templates.ts';
import { hasCode } from './walk.ts';
import { bodyXml } from './xhtml.ts';

export interface EpubOptions {
  /** `dcterms:modified` and the date of every zip entry. */
  readonly date: Date;
  /** Where each page of the print edition begins; gives the page list and page-break markers. */
  readonly pageStarts?: readonly PageStart[];
  /** What prepareEpub started for this document and theme, if the build started it early. */
  readonly prepared?: PreparedEpub;
  /** Block indexes each body file starts at (a book's parts and chapters); else split at the top headings. */
  readonly fileStarts?: readonly number[];
  /** A book's copyright page (its lines), after the title page. */
  readonly copyright?: readonly string[];
  /** That page's title, in the book's language. */
  readonly copyrightTitle?: string;
  /** A book's dedication (its page follows the copyright page), and that page's title. */
  readonly dedication?: { readonly text: string; readonly title: string };
  /** A book's own words over the EPUB's (its contents and notes, as the PDF names them). */
  readonly labels?: Partial<Labels>;
}

export interface PreparedEpub {
  readonly cover: Promise<Cover>;
}

/**
 * Starts the EPUB work that needs neither the PDF's page starts nor the date,
 * so that it overlaps the PDF's layout: the cover, whose PNG (when not cached)
 * is encoded off the main thread.
 */
export function prepareEpub(doc: Document, theme: Theme): PreparedEpub {
  const cover = coverImage(doc.metadata, theme);
  // Awaited in renderEpub; should the build fail first, its failure is not an unhandled rejection.
  cover.catch(() => undefined);
  return { cover };
}

export async function renderEpub(doc: Document, theme: Theme, options: EpubOptions): Promise<Buffer> {
  const pageStarts = options.pageStarts ?? [];
  const labels = { ...loadLabels(theme, doc.metadata.lang), ...options.labels };
  const copyrightTitle = options.copyrightTitle ?? COPYRIGHT_TITLE;
  const plan = planBook(doc, pageStarts, options.fileStarts);
  const images = new ImageRegistry();
  const book: BookContext = { doc, plan, images, labels: bookLabels(theme, doc.metadata.lang) };

  const cover = await (options.prepared ?? prepareEpub(doc, theme)).cover;
  const documents: ContentDocument[] = [
    coverDocument(cover.href, fill(labels.coverAlt, { text: cover.text }), labels),
    titleDocument(book, labels, theme.titleBlock),
    ...(options.copyright !== undefined ? [copyrightDocument(copyrightTitle, options.copyright)] : []),
    ...(options.dedication !== undefined ? [dedicationDocument(options.dedication.title, options.dedication.text)] : []),
    ...bodyDocuments(book),
    ...(doc.notes.length > 0 ? [notesDocument(book, labels)] : []),
  ];

  const calloutLabels = calloutKinds(doc).map((kind) => calloutLabel(book.labels, kind));
  const fonts = [
    ...embeddedFonts(theme, hasCode([...doc.blocks, ...doc.notes.flatMap((note) => note.children)])),
    // The alerts' labels are words the book adds, in bold (a Chinese 注意 needs the fallback face as the text does).
    ...(await fallbackFonts(theme, doc, calloutLabels, calloutLabels)),
  ];
  // Loaded only now: epub-gen-memory is a large import, and prepareEpub runs before the PDF is laid out.
  const { packageEpub } = await import('./package.ts');
  const bodies = documents.map((d) => ({ filename: d.filename, title: d.title, body: bodyXml(d.body) }));
  return packageEpub({
    title: doc.metadata.title,
    lang: doc.metadata.lang,
    documents: bodies,
    images: images.all,
    fonts,
    stylesheet: { href: STYLESHEET_FILE, css: stylesheet(theme, fonts) },
    files: [{ path: cover.href, bytes: cover.bytes }],
    templates: {
      packageDocument: readFileSync(templatePath(theme, 'content.opf.ejs'), 'utf8'),
      navigation: readFileSync(templatePath(theme, 'nav.xhtml.ejs'), 'utf8'),
      chapter: readFileSync(templatePath(theme, 'chapter.xhtml.ejs'), 'utf8'),
    },
    book: packageData(doc, labels, {
      parts: plan.parts,
      images: images.all,
      fonts,
      cover: { href: cover.href, mediaType: cover.mediaType },
      mathml: new Set(bodies.filter((d) => d.body.includes('<math')).map((d) => d.filename)),
      paginated: pageStarts.length > 0,
      ...(options.copyright !== undefined ? { copyright: true } : {}),
      ...(options.dedication !== undefined ? { dedication: true } : {}),
      modified: options.date,
    }),
    nav: navData(doc, plan, labels, pageStarts, options.copyright !== undefined ? { copyright: copyrightTitle } : undefined),
    date: options.date,
  });
}

const COPYRIGHT_TITLE = 'Copyright';

/** The kinds of alert the book holds, body and notes. */
function calloutKinds(doc: Document): CalloutKind[] {
  const kinds = new Set<CalloutKind>();
  visit([...doc.blocks, ...doc.notes.flatMap((note) => note.children)], { block: (block) => block.type === 'callout' && kinds.add(block.kind) });
  return [...kinds];
}

interface Cover {
  readonly href: string;
  readonly mediaType: string;
  readonly bytes: Buffer;
  /** What the cover shows, for its alt text. */
  readonly text: string;
}

/** The front matter's cover image if there is one, else one drawn from the theme. */
async function coverImage(metadata: Metadata, theme: Theme): Promise<Cover> {
  if (metadata.cover !== undefined) {
    const extension = metadata.cover.mediaType === 'image/png' ? 'png' : 'jpg';
    return {
      href: `${IMAGES_FOLDER}/cover.${extension}`,
      mediaType: metadata.cover.mediaType,
      bytes: readFileSync(metadata.cover.path),
      text: metadata.cover.alt !== '' ? metadata.cover.alt : metadata.title,
    };
  }
  const drawn = await drawCover(metadata, theme);
  return { href: `${IMAGES_FOLDER}/cover.png`, mediaType: drawn.mediaType, bytes: drawn.bytes, text: drawn.text };
}
