// One manuscript in, finished files out: read → parse → render → atomic write.
// Every output is rendered in memory first, so an error in any of them leaves
// the output folder as it was.
import { readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Document } from './document.ts';
import { asErrors, type Diagnostic, UserError } from './diagnostics.ts';
import { parseManuscript } from './parse/index.ts';
import { hoistDocumentImages } from './inline-figures.ts';
import { prepareImages } from './prepare-images.ts';
import { prepareMath } from './prepare-math.ts';
import { themeForLanguage } from './theme/language-faces.ts';
import { loadTheme } from './theme/load.ts';
import { missingGlyphWarnings } from './missing-glyphs.ts';
import { stageFile, type StagedFile } from './util/atomic-write.mjs';
import type { OriginalFile, PdfProfile } from './pdf/profile.ts';
import type { RenderedPdf } from './pdf/index.ts';
import type { Theme } from './theme/types.ts';

export type Format = 'pdf' | 'epub';

export interface BuildOptions {
  readonly outDir: string;
  readonly formats: ReadonlySet<Format>;
  /** Theme name (a folder of templates/) or a path; the default theme when absent. */
  readonly theme?: string;
  /** Also write `<name>.layout.json`, the PDF layout report. */
  readonly report: boolean;
  /** SOURCE_DATE_EPOCH, when set: fixes every timestamp for reproducible output. */
  readonly sourceDateEpoch?: string;
  /** What the PDF is for: the archive profile (PDF/A-3b) when absent. */
  readonly profile?: PdfProfile;
  /** Also write DIR/SHA256SUMS, listing every output in the folder. */
  readonly checksums?: boolean;
  /** The outputs' path in outDir without extension (`a/box`); the manuscript's name when absent. */
  readonly outName?: string;
  /** Every warning is an error: nothing is written if there is one. */
  readonly strict?: boolean;
  /** Folders images may come from besides the manuscript's and the working folder (`--resource-path`). */
  readonly resourcePath?: readonly string[];
  /** The original the manuscript was made from (`galley archive`): embedded in the PDF/A-3 as its source. */
  readonly original?: readonly OriginalFile[];
  /** What a watch keeps between rebuilds of one manuscript (see watch/); absent for a one-off build. */
  readonly session?: BuildSession;
}

/**
 * Kept between rebuilds of one manuscript in one process: the theme, with the
 * fonts, shaping and coverage it carries (see fonts.ts). Only for rebuilds of
 * the same manuscript: fonts carry what they have shaped from one document
 * into the next. Whoever holds it empties it when anything but the
 * manuscript changes.
 */
export interface BuildSession {
  theme?: Theme;
}

export interface BuildResult {
  readonly outputs: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
  /** Pages of the PDF layout (laid out even when only the EPUB is written). */
  readonly pages: number;
  /** The files besides the manuscript the build read (see ParseResult.read). */
  readonly read: readonly string[];
}

/**
 * The timestamp stamped into the outputs: SOURCE_DATE_EPOCH if set, else the
 * manuscript's own `date`, else now.
 */
export function buildDate(doc: Document, sourceDateEpoch: string | undefined, now: Date): Date {
  if (sourceDateEpoch !== undefined && /^\d+$/.test(sourceDateEpoch)) {
    return new Date(Number(sourceDateEpoch) * 1000);
  }
  if (doc.metadata.date !== undefined) return new Date(`${doc.metadata.date}T00:00:00Z`);
  return now;
}

export async function buildManuscript(path: string, options: BuildOptions): Promise<BuildResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new UserError([{ severity: 'error', file: path, line: 1, column: 1, message: `cannot read the manuscript: ${reason}` }]);
  }
  const parsed = parseManuscript(path, bytes, options.resourcePath ? { resourcePath: options.resourcePath } : {});
  const strict = options.strict === true;
  if (parsed.document === null) throw new UserError(strict ? asErrors(parsed.diagnostics) : parsed.diagnostics);
  // A formula TeX cannot read is the manuscript's own warning, in its place among the others.
  const math = await prepareMath(parsed.document);
  const diagnostics = inOrder([...parsed.diagnostics, ...math.warnings], path);
  // Under --strict, the manuscript's own warnings stop the build before any layout.
  if (strict && diagnostics.length > 0) throw new UserError(asErrors(diagnostics));

  const loaded = options.session?.theme ?? loadTheme(options.theme);
  if (options.session !== undefined) options.session.theme = loaded;
  const theme = themeForLanguage(loaded, math.document.metadata.lang);
  const images = await prepareImages(math.document, theme);
  if (images.errors.length > 0) throw new UserError([...diagnostics, ...images.errors]);
  const document = hoistDocumentImages(images.document);
  const glyphWarnings = missingGlyphWarnings(document, theme);
  const date = buildDate(document, options.sourceDateEpoch, new Date());
  // Started before the PDF: the EPUB's cover, if not cached, is encoded off this thread while the PDF is laid out.
  const epub = options.formats.has('epub') ? await import('./epub/index.ts') : null;
  const epubStart = epub?.prepareEpub(document, theme);
  const name = options.outName ?? basename(path, extname(path));
  // Each output is staged beside its target as soon as it is made (a book's PDF
  // and EPUB are not held in memory together) and all are put in place at the end.
  const staged = new Map<string, StagedFile>();
  const stage = (target: string, content: Uint8Array | string): void => {
    staged.set(target, stageFile(target, content));
  };
  let warnings: Diagnostic[];
  let pages: number;
  try {
    // The EPUB's page list comes from the PDF layout, so the PDF is always laid out.
    const pdf = await stagePdf(document, theme, date, options, (bytes, pdfWarnings) => {
      // Under --strict a warning stops the build just below: nothing is staged, not even the folder.
      if (!(strict && glyphWarnings.length + pdfWarnings.length > 0)) stage(join(options.outDir, `${name}.pdf`), bytes);
    });
    warnings = [...diagnostics, ...glyphWarnings, ...pdf.diagnostics];
    if (strict && warnings.length > 0) throw new UserError(asErrors(warnings));
    pages = pdf.pages;
    if (options.report) stage(join(options.outDir, `${name}.layout.json`), `${JSON.stringify(pdf.report, null, 2)}\n`);
    if (epub !== null && epubStart !== undefined) {
      stage(join(options.outDir, `${name}.epub`), await epub.renderEpub(document, theme, { date, pageStarts: pdf.pageStarts, prepared: epubStart }));
    }
    for (const file of staged.values()) file.commit();
  } finally {
    for (const file of staged.values()) file.discard();
  }
  const outputs = [...staged.keys()];
  if (options.checksums === true) {
    const { updateChecksums } = await import('./archive/checksums.ts');
    outputs.push(await updateChecksums(options.outDir, outputs));
  }
  return { outputs, diagnostics: warnings, pages, read: parsed.read };
}

/** The manuscript's diagnostics first, by line and column, then those of the files it names (as parse orders them). */
function inOrder(diagnostics: readonly Diagnostic[], path: string): Diagnostic[] {
  const rank = (d: Diagnostic): number => (d.file === path ? 0 : 1);
  return [...diagnostics].sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** Lays out and paints the PDF, hands its bytes to `stage` when asked for, and keeps only what the rest of the build needs. */
async function stagePdf(document: Document, theme: Theme, date: Date, options: BuildOptions, stage: (bytes: Uint8Array, warnings: readonly Diagnostic[]) => void): Promise<Omit<RenderedPdf, 'bytes'>> {
  const { renderPdf } = await import('./pdf/index.ts');
  const { bytes, ...pdf } = await renderPdf(document, theme, { date, ...(options.profile !== undefined ? { profile: options.profile } : {}), ...(options.original !== undefined ? { original: options.original } : {}) });
  if (options.formats.has('pdf')) stage(bytes, pdf.diagnostics);
  return pdf;
}
