// Front matter as a reader finds it in the finished files: the date in the
// manuscript's language, authors with their affiliations, and the ISBN in the
// title block and the identifiers.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { elements, readEpub } from '../helpers/epub-reader.ts';
import { runGalley, temporaryDir } from '../helpers/cli.ts';
import { readPdf } from '../helpers/read-pdf.ts';

const FRONT = [
  'title: Harbours and Tides',
  'date: 2024-04-26T21:30:00-04:00',
  'isbn:',
  '  print: 978-0-306-40615-7',
  '  ebook: 0-8044-2957-X',
  'author:',
  '  - name: Jane Doe',
  '    affiliation: University of Harbours',
  '    orcid: 0000-0002-1825-0097',
  '  - name: John Roe',
  '    affiliations: [Tide Institute, Sea College]',
].join('\n');

interface Built {
  readonly pdfLines: string[];
  readonly pdf: Buffer;
  readonly epub: Awaited<ReturnType<typeof readEpub>>;
}

async function build(lang: string, extra: readonly string[] = []): Promise<Built> {
  const dir = temporaryDir();
  const file = join(dir, 'harbours.md');
  writeFileSync(file, `---\n${FRONT}\nlang: ${lang}\n---\n\nTides rise twice a day.\n`);
  const run = runGalley(['build', file, '--out', dir, ...extra]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const pdf = readFileSync(join(dir, 'harbours.pdf'));
  const page = (await readPdf(pdf)).pages[0];
  return {
    pdfLines: (page?.text ?? '').split('\n').map((line) => line.trim()).filter((line) => line !== ''),
    pdf,
    epub: await readEpub(readFileSync(join(dir, 'harbours.epub'))),
  };
}

/** The title page's paragraphs, one a line (a line break inside one is a space). */
async function titlePage(epub: Built['epub']): Promise<string> {
  const documents = await epub.contentDocuments();
  const title = documents.find(({ doc }) => elements(doc, 'section').some((s) => s.getAttribute('epub:type') === 'titlepage'));
  if (title === undefined) return '';
  for (const br of elements(title.doc, 'br')) br.parentNode?.replaceChild(title.doc.createTextNode(' '), br);
  return elements(title.doc, 'p').map((p) => p.textContent).join('\n');
}

describe('the title block and the EPUB title page', () => {
  test('show the date in the manuscript language, each author with affiliations, and the edition\'s ISBN', async () => {
    const { pdfLines, pdf, epub } = await build('en-GB');
    expect(pdfLines.slice(0, 7)).toEqual([
      'Harbours and Tides',
      'Jane Doe',
      'University of Harbours',
      'John Roe',
      'Tide Institute; Sea College',
      // 21:30 at UTC−4 is the 27th in UTC; the manuscript's day is the 26th.
      '26 April 2024',
      'ISBN 978-0-306-40615-7',
    ]);
    // The print ISBN identifies the PDF (XMP is stored unfiltered in PDF/A).
    expect(pdf.toString('latin1')).toMatch(/<dc:identifier>urn:isbn:9780306406157<\/dc:identifier>/u);

    const page = await titlePage(epub);
    expect(page).toContain('Jane Doe University of Harbours');
    expect(page).toContain('John Roe Tide Institute; Sea College');
    expect(page).toContain('26 April 2024');
    expect(page).toContain('ISBN 0-8044-2957-X');
    const { doc } = await epub.opf();
    const pubId = elements(doc, 'dc:identifier').find((el) => el.getAttribute('id') === 'pub-id');
    expect(pubId?.textContent).toBe('urn:isbn:080442957X');
    expect(elements(doc, 'dc:creator').map((el) => el.textContent)).toEqual(['Jane Doe', 'John Roe']);
    expect(elements(doc, 'dc:date').map((el) => el.textContent)).toEqual(['2024-04-26']);
  });

  test.each([
    ['en-US', 'April 26, 2024'],
    ['de', '26. April 2024'],
  ])('write the date as %s writes it', async (lang, written) => {
    const { pdfLines, epub } = await build(lang, ['--format', 'pdf,epub']);
    expect(pdfLines).toContain(written);
    expect(await titlePage(epub)).toContain(written);
  });

  test('leave out affiliations and the ISBN when the theme says so', async () => {
    const dir = temporaryDir();
    const theme = join(dir, 'theme.yaml');
    writeFileSync(theme, 'extends: default\ntitleBlock:\n  affiliations: false\n  isbn: false\n');
    const { pdfLines, epub } = await build('en-GB', ['--theme', theme]);
    expect(pdfLines.slice(0, 3)).toEqual(['Harbours and Tides', 'Jane Doe and John Roe', '26 April 2024']);
    expect(pdfLines.join('\n')).not.toMatch(/ISBN|University|Institute/u);
    const page = await titlePage(epub);
    expect(page).toContain('Jane Doe, John Roe');
    expect(page).not.toMatch(/ISBN|University|Institute/u);
  });
});
