// `galley check`: a preflight that reads finished files back. Each file is
// recognised by its content, checked by what it is (PDF, EPUB, a SHA256SUMS
// list), and every check says what it found, or why it could not look.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CHECKSUMS_FILE, parseChecksums } from '../archive/checksums.ts';
import { runAce, runEpubcheck, runPreflight, runQpdf } from './external.ts';
import { checkEpub } from './epub/package.ts';
import { checkOriginal } from './pdf/attachments.ts';
import { checkContents } from './pdf/contents.ts';
import { PdfFile, PdfSyntaxError } from './pdf/reader.ts';
import { checkBoxes, checkFonts, checkPdfA, checkPrintRules, checkSource, checkTagged, embeddedChapters, embeddedFiles, embeddedSource, pdfaClaim } from './pdf/structure.ts';
import { readPdfText } from './pdf/layer.ts';
import type { PdfText } from './pdf/layer.ts';
import { checkNotesOnPage, checkTextAgainstSource } from './pdf/text-layer.ts';
import type { CheckReport, CheckResult, FileKind, FileReport } from './types.ts';
import { result } from './types.ts';

export type { CheckReport, CheckResult, CheckStatus, FileReport } from './types.ts';

function kindOf(path: string, bytes: Buffer): Exclude<FileKind, 'bag'> {
  if (bytes.toString('latin1', 0, 5) === '%PDF-') return 'pdf';
  if (bytes.readUInt32LE(0) === 0x04034b50 && bytes.toString('latin1', 30, 58).startsWith('mimetypeapplication/epub+zip')) return 'epub';
  if (bytes.readUInt32LE(0) === 0x04034b50 && /\.epub$/iu.test(path)) return 'epub';
  if (basename(path) === CHECKSUMS_FILE) return 'checksums';
  return 'other';
}

async function checkPdf(path: string, bytes: Buffer): Promise<CheckResult[]> {
  let pdf: PdfFile;
  try {
    pdf = new PdfFile(bytes);
    pdf.catalog();
  } catch (error) {
    const message = error instanceof PdfSyntaxError ? error.message : String(error);
    return [result('pdf.read', 'PDF structure', 'fail', `cannot read the PDF: ${message}`), await runQpdf(path)];
  }
  const checks: CheckResult[] = [];
  if (pdf.repairs.length > 0) checks.push(result('pdf.read', 'PDF structure', 'fail', 'the file had to be repaired to be read', pdf.repairs));
  checks.push(checkFonts(pdf), checkBoxes(pdf), checkPrintRules(pdf), checkPdfA(pdf), checkTagged(pdf), checkSource(pdf), checkOriginal(pdf));
  let text: PdfText | undefined;
  try {
    text = await readPdfText(bytes);
  } catch (error) {
    checks.push(result('pdf.text-layer', 'Text layer', 'fail', `pdf.js cannot read the text: ${(error as Error).message}`));
  }
  if (text !== undefined) {
    // Which file is the manuscript (AFRelationship /Source) only the raw objects say; pdf.js decodes it.
    const source = embeddedSource(pdf);
    // A book's text is its chapters, in the order book.yaml lists them (and they were embedded).
    const chapters = embeddedChapters(pdf);
    const manuscript = source === undefined ? undefined : (text.attachments.get(source.name) ?? source.bytes ?? undefined);
    const written = chapters ?? (manuscript === undefined ? null : Buffer.from(manuscript).toString('utf8'));
    // The labels Galley adds (an alert's "Note") are in the language the file declares.
    const lang = pdf.text(pdf.catalog().get('Lang')) ?? 'en';
    // Files the manuscript reads in (mdBook's listings) are embedded beside it under the names it gives them.
    const embedded = new Map(embeddedFiles(pdf).flatMap((f) => (f.bytes === null ? [] : [[f.name, f.bytes] as const])));
    checks.push(checkNotesOnPage(text.pages, text.chapterStarts), await checkTextAgainstSource(text.pages, written, lang, embedded));
  }
  checks.push(await checkContents(bytes));
  checks.push(await runQpdf(path), await runPreflight(path, pdfaClaim(pdf)));
  return checks;
}

async function checkEpubFile(path: string, bytes: Buffer): Promise<CheckResult[]> {
  return [...checkEpub(bytes), await runEpubcheck(path), await runAce(path)];
}

function checkChecksums(path: string, text: string): CheckResult[] {
  const entries = parseChecksums(text);
  const title = 'Checksums';
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (entries.length === 0) return [result('checksums', title, 'fail', 'no "<sha256>  <name>" lines')];
  const problems: string[] = [];
  if (entries.length < lines.length) problems.push(`${lines.length - entries.length} line(s) are not "<sha256>  <name>"`);
  for (const entry of entries) {
    const file = join(dirname(path), entry.name);
    if (!existsSync(file)) problems.push(`${entry.name}: listed but missing`);
    else if (createHash('sha256').update(readFileSync(file)).digest('hex') !== entry.sha256) problems.push(`${entry.name}: SHA-256 differs (the file changed after it was listed)`);
  }
  if (problems.length > 0) return [result('checksums', title, 'fail', `${problems.length} problem(s)`, problems)];
  return [result('checksums', title, 'pass', `${entries.length} file(s), every SHA-256 matches`)];
}

export async function checkFile(path: string): Promise<FileReport> {
  const bag = await import('./bag.ts');
  if (bag.isBag(path)) return { path, kind: 'bag', checks: bag.checkBag(path) };
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as NodeJS.ErrnoException).code === 'EISDIR' ? 'a folder, not a file' : String(error);
    return { path, kind: 'other', checks: [result('read', 'Readable', 'fail', `cannot read ${path}: ${reason}`)] };
  }
  const kind = bytes.length >= 4 ? kindOf(path, bytes) : 'other';
  switch (kind) {
    case 'pdf':
      return { path, kind, checks: await checkPdf(path, bytes) };
    case 'epub':
      return { path, kind, checks: await checkEpubFile(path, bytes) };
    case 'checksums':
      return { path, kind, checks: checkChecksums(path, bytes.toString('utf8')) };
    case 'other':
      return { path, kind, checks: [result('kind', 'File type', 'skip', 'not a PDF, an EPUB or a SHA256SUMS list: nothing to check')] };
  }
}

export async function checkFiles(paths: readonly string[]): Promise<CheckReport> {
  const files: FileReport[] = [];
  for (const path of paths) files.push(await checkFile(path));
  return { files, ok: files.every((f) => f.checks.every((c) => c.status !== 'fail')) };
}
