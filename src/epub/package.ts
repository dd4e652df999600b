// Packaging with epub-gen-memory, on Galley's terms.
//
// The library re-parses chapter HTML with a sanitizer that drops `ol start`,
// image sizes and `th scope`, turns `alt=""` into "image-placeholder", names
// images with random UUIDs, and fetches any http(s) image over the network.
// So Galley hands it no chapter HTML at all: each chapter's `content` is empty
// and Galley's own XHTML reaches the chapter template (templates/default/
// chapter.xhtml.ejs) as an extra key, which the library passes through
// untouched. Images never pass through it (its download step holds each one in
// three or four copies): they are read from disk into the archive under fixed
// names, stored as they are. The OPF and nav come from Galley's templates; after rendering,
// the EPUB 2 NCX is dropped, and the files the library laid out are written
// into the archive by zip.ts (not by the library's JSZip, which deflates in
// JavaScript), every entry with the same date, so the same book always gives
// the same bytes.
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EPub } from 'epub-gen-memory';
import type { Chapter, Options } from 'epub-gen-memory';
import type { EmbeddedFont } from './fonts.ts';
import type { PackagedImage } from './images.ts';
import type { NavData } from './nav.ts';
import type { PackageData } from './opf.ts';
import { writeZip } from './zip.ts';
import type { ZipInput } from './zip.ts';

export interface PackagedDocument {
  readonly filename: string;
  readonly title: string;
  /** The XHTML of the document's <body> element. */
  readonly body: string;
}

export interface PackageInput {
  readonly title: string;
  readonly lang: string;
  readonly documents: readonly PackagedDocument[];
  readonly images: readonly PackagedImage[];
  readonly fonts: readonly EmbeddedFont[];
  readonly stylesheet: { readonly href: string; readonly css: string };
  /** Files Galley writes into OEBPS itself (the cover image), by path inside OEBPS. */
  readonly files: readonly { readonly path: string; readonly bytes: Buffer }[];
  readonly templates: { readonly packageDocument: string; readonly navigation: string; readonly chapter: string };
  readonly book: PackageData;
  readonly nav: NavData;
  /** Stamped on every zip entry. */
  readonly date: Date;
}

const OEBPS = 'OEBPS';
/** epub-gen-memory always writes an EPUB 2 NCX; Galley's package does not list it. */
const NCX_PATH = `${OEBPS}/toc.ncx`;

export async function packageEpub(input: PackageInput): Promise<Buffer> {
  const chapters = input.documents.map(
    (doc): Chapter & { body: string; stylesheet: string } => ({
      title: doc.title,
      filename: doc.filename,
      content: '',
      body: doc.body,
      stylesheet: input.stylesheet.href,
    }),
  );
  const options: Options & { book: PackageData; nav: NavData } = {
    title: input.title,
    lang: input.lang,
    date: input.date.toISOString(),
    css: input.stylesheet.css,
    chapterXHTML: input.templates.chapter,
    contentOPF: input.templates.packageDocument,
    tocXHTML: input.templates.navigation,
    fonts: input.fonts.map((font) => ({ filename: font.filename, url: localUrl(font.path) })),
    version: 3,
    verbose: false,
    book: input.book,
    nav: input.nav,
  };
  const epub = new ReproducibleEpub(options, chapters, input.images);
  return epub.build(input.files, input.date);
}

const MIMETYPE = 'mimetype';
/** Deflating PNG and JPEG data again gains nothing and costs most of the build. */
const ALREADY_COMPRESSED = /\.(png|jpe?g)$/iu;
/** zlib's default: within a percent of level 9 on fonts and XHTML, several times faster. */
const DEFLATE_LEVEL = 6;

class ReproducibleEpub extends EPub {
  constructor(
    options: Options,
    chapters: readonly Chapter[],
    private readonly packagedImages: readonly PackagedImage[],
  ) {
    super(options, chapters);
  }

  async build(files: PackageInput['files'], date: Date): Promise<Buffer> {
    await this.render();
    this.zip.remove(NCX_PATH);
    for (const file of files) this.zip.file(`${OEBPS}/${file.path}`, file.bytes);
    const entries = await Promise.all(
      Object.values(this.zip.files).map(
        async (entry): Promise<ZipInput> => ({
          name: entry.name,
          data: entry.dir ? null : await entry.async('nodebuffer'),
          deflate: entry.name !== MIMETYPE && !ALREADY_COMPRESSED.test(entry.name),
        }),
      ),
    );
    // Before the cover, where the library's own image step put them.
    const images = this.packagedImages.map((image): ZipInput => ({ name: `${OEBPS}/${image.href}`, data: { file: localPath(image.path) }, deflate: false }));
    const cover = entries.findIndex((entry) => files.some((file) => entry.name === `${OEBPS}/${file.path}`));
    entries.splice(cover < 0 ? entries.length : cover, 0, ...images);
    // OCF: the mimetype file first, stored (the library adds it first; this keeps it there).
    entries.sort((a, b) => Number(b.name === MIMETYPE) - Number(a.name === MIMETYPE));
    return writeZip(entries, date, DEFLATE_LEVEL);
  }
}

/** Only local files reach the library: it would fetch an http(s) URL over the network. */
function localUrl(path: string): string {
  return pathToFileURL(localPath(path)).href;
}

/** A resource is a file on this machine, never a URL to fetch. */
function localPath(path: string): string {
  if (!isAbsolute(path)) throw new Error(`expected an absolute path for an EPUB resource, got "${path}"`);
  return path;
}
