// The original an archived copy was made from (`galley archive`): a web page
// embedded as the PDF/A-3's source (text/html, AFRelationship /Source) with
// its images, beside the manuscript as /Data. Checks that each is there,
// decodes, and matches the checksum its file specification records.
import { createHash } from 'node:crypto';
import type { CheckResult } from '../types.ts';
import { result } from '../types.ts';
import type { PdfFile } from './reader.ts';
import { embeddedFiles, type EmbeddedFile } from './structure.ts';

const isMarkdown = (f: EmbeddedFile): boolean => f.mimeType === 'text/markdown' || /\.(md|markdown)$/iu.test(f.name);

export function checkOriginal(pdf: PdfFile): CheckResult {
  const title = 'Embedded original page';
  const files = embeddedFiles(pdf);
  const pages = files.filter((f) => f.relationship === 'Source' && (f.mimeType === 'text/html' || /\.html?$/iu.test(f.name)));
  if (pages.length === 0) return result('pdf.original', title, 'skip', 'no original web page embedded (text/html, AFRelationship /Source): not an archived page');
  const problems: string[] = [];
  const originals = files.filter((f) => f.relationship === 'Source' && !isMarkdown(f));
  for (const file of originals) {
    if (file.bytes === null) {
      problems.push(`${file.name}: its stream cannot be decoded`);
      continue;
    }
    if (file.checksum !== undefined && createHash('md5').update(file.bytes).digest('hex') !== file.checksum.toLowerCase()) {
      problems.push(`${file.name}: bytes differ from the MD5 its file specification records`);
    }
  }
  for (const page of pages) {
    const text = page.bytes === null ? '' : Buffer.from(page.bytes).toString('latin1', 0, 4096);
    if (page.bytes !== null && !/<(html|head|body|!doctype|meta|title|div|p)\b/iu.test(text)) problems.push(`${page.name}: does not look like HTML`);
  }
  const manuscript = files.find(isMarkdown);
  if (manuscript === undefined) problems.push('no Markdown manuscript embedded beside the original page');
  else if (manuscript.relationship !== 'Data') problems.push(`the manuscript ${manuscript.name} is /${manuscript.relationship ?? '(none)'}, expected /Data beside an original page`);
  const images = originals.filter((f) => f.mimeType?.startsWith('image/') === true);
  const page = pages[0];
  const summary = `${page?.name ?? ''} (${page?.bytes?.length ?? 0} bytes) and ${images.length} image(s) as /Source; manuscript ${manuscript?.name ?? '(none)'} as /${manuscript?.relationship ?? '(none)'}`;
  if (problems.length > 0) return result('pdf.original', title, 'fail', `${problems.length} problem(s)`, problems);
  return result('pdf.original', title, 'pass', summary);
}
