// A book in, finished files out: book.yaml and its chapters → Book → PDF and
// EPUB, both rendered in memory before either is written, as a manuscript's
// build does (src/build.ts), so an error leaves the output folder as it was.
import { basename, dirname, join } from 'node:path';
import type { Book, Chapter } from '../document/book.ts';
import { bookDocument, copyrightLines } from '../document/book-document.ts';
import type { BuildOptions, BuildResult } from '../build.ts';
import { asErrors, UserError, type Diagnostic } from '../diagnostics.ts';
import { hoistDocumentImages } from '../inline-figures.ts';
import { missingGlyphWarnings } from '../missing-glyphs.ts';
import { prepareImages } from '../prepare-images.ts';
import { prepareMath } from '../prepare-math.ts';
import { bookLabels } from '../theme/book-labels.ts';
import { themeForLanguage } from '../theme/language-faces.ts';
import { loadTheme } from '../theme/load.ts';
import type { Theme } from '../theme/types.ts';
import { writeFileAtomic } from '../util/atomic-write.mjs';
import { loadBook } from './index.ts';
import { sourcesAtEnd } from './sources.ts';

/** Builds the book; its Book and the theme it was set in come back too, for a batch to know what it was made from. */
export async function buildBook(path: string, options: BuildOptions): Promise<BuildResult & { readonly book: Book; readonly theme?: string }> {
  const loaded = loadBook(path, options.resourcePath ? { resourcePath: options.resourcePath } : {});
  const strict = options.strict === true;
  if (loaded.book === null) throw new UserError(strict ? asErrors(loaded.diagnostics) : loaded.diagnostics);
  if (strict && loaded.diagnostics.length > 0) throw new UserError(asErrors(loaded.diagnostics));
  const themeName = options.theme ?? loaded.theme;
  const theme = themeForLanguage(loadTheme(themeName), loaded.book.metadata.lang);
  const { book: withFigures, warnings } = await withImages(loaded.book, theme);
  const labels = bookLabels(theme, withFigures.metadata.lang);
  const settings = loaded.citations;
  const atEnd = theme.book.sources === 'end' && settings !== undefined ? sourcesAtEnd(withFigures, settings.sectionTitle ?? labels.sources, settings) : { book: withFigures, warnings: [] };
  const { book } = atEnd;
  warnings.push(...atEnd.warnings);
  const whole = bookDocument(book, { notes: theme.book.notes });
  const date = bookDate(book, options.sourceDateEpoch);
  const name = options.outName ?? (basename(path).toLowerCase() === 'book.yaml' ? basename(dirname(join(process.cwd(), path))) : basename(path).replace(/\.ya?ml$/iu, ''));
  const files = new Map<string, Uint8Array | string>();

  const { renderBookPdf } = await import('../pdf/book.ts');
  const pdf = await renderBookPdf(book, whole, theme, { date, ...(options.profile !== undefined ? { profile: options.profile } : {}) });
  if (options.formats.has('pdf')) files.set(join(options.outDir, `${name}.pdf`), pdf.bytes);
  if (options.report) {
    const chapters = book.chapters.map((chapter, i) => ({ chapter: chapter.number, title: chapter.title, opensOnPage: pdf.chapterPages[i], report: pdf.reports[i] }));
    files.set(join(options.outDir, `${name}.layout.json`), `${JSON.stringify({ frontPages: pdf.frontPages, chapters }, null, 2)}\n`);
  }
  if (options.formats.has('epub')) {
    const epub = await import('../epub/index.ts');
    // One file per part opening and per chapter.
    const starts = [...whole.partBlock, ...whole.chapterBlock].sort((a, b) => a - b);
    const epubOptions = {
      date,
      pageStarts: pdf.pageStarts,
      fileStarts: starts,
      copyright: copyrightLines(book, pdf.typeface, labels),
      copyrightTitle: labels.copyright,
      ...(book.dedication !== undefined ? { dedication: { text: book.dedication, title: labels.dedication } } : {}),
      labels: { contents: labels.contents, notes: labels.notes },
    };
    files.set(join(options.outDir, `${name}.epub`), await epub.renderEpub(whole.document, theme, epubOptions));
  }

  const all = [...loaded.diagnostics, ...warnings];
  if (strict && all.length > 0) throw new UserError(asErrors(all));
  for (const [target, content] of files) writeFileAtomic(target, content);
  const outputs = [...files.keys()];
  if (options.checksums === true) {
    const { updateChecksums } = await import('../archive/checksums.ts');
    outputs.push(await updateChecksums(options.outDir, outputs));
  }
  return { outputs, diagnostics: all, pages: pdf.pages, read: loaded.read ?? [], book, ...(themeName !== undefined ? { theme: themeName } : {}) };
}

/** Each chapter's formulas rendered and images checked and prepared as a manuscript's are; image problems stop the build. */
async function withImages(book: Book, theme: Theme): Promise<{ book: Book; warnings: Diagnostic[] }> {
  const chapters: Chapter[] = [];
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  for (const chapter of book.chapters) {
    const math = await prepareMath(chapter.document);
    warnings.push(...math.warnings);
    const images = await prepareImages(math.document, theme);
    errors.push(...images.errors);
    const document = hoistDocumentImages(images.document);
    warnings.push(...missingGlyphWarnings(document, theme));
    chapters.push({ ...chapter, document });
  }
  if (errors.length > 0) throw new UserError(errors);
  return { book: { ...book, chapters }, warnings };
}

/** SOURCE_DATE_EPOCH if set, else the book's `date`, else now (as for a manuscript). */
function bookDate(book: Book, sourceDateEpoch: string | undefined): Date {
  if (sourceDateEpoch !== undefined && /^\d+$/u.test(sourceDateEpoch)) return new Date(Number(sourceDateEpoch) * 1000);
  if (book.metadata.date !== undefined) return new Date(`${book.metadata.date}T00:00:00Z`);
  return new Date();
}
