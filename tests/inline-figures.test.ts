// An image inside running text is drawn in the PDF as a figure after its
// paragraph, with the link around it, instead of its alt text in brackets.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PdfFile } from '../src/check/pdf/reader.ts';
import { hoistDocumentImages } from '../src/inline-figures.ts';
import { documentOf, parse, withTitle } from './helpers/parse.ts';
import { runGalley, temporaryDir } from './helpers/cli.ts';
import { run, testWith } from './helpers/external.ts';

describe('an image inside running text', () => {
  test('becomes a figure after its paragraph, keeping a web link around it; the text stays', () => {
    const doc = documentOf(parse(withTitle('\nSee [![Sales](tests/fixtures/pdf/figure.png)](https://example.com/s) and *![](tests/fixtures/pdf/figure.png)* here.\n\nNext.\n'), 'book.md'));
    const blocks = hoistDocumentImages(doc).blocks;
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'figure', 'figure', 'paragraph']);
    expect(blocks[1]).toMatchObject({ type: 'figure', caption: [], link: { url: 'https://example.com/s' }, image: { alt: 'Sales' } });
    expect(blocks[2]).not.toHaveProperty('link');
    expect(JSON.stringify(blocks[0])).not.toContain('"image"');
  });

  testWith('pdftotext', 'is drawn in the PDF with its link, and its alt text is not printed in brackets', () => {
    const dir = temporaryDir();
    copyFileSync('tests/fixtures/pdf/figure.png', join(dir, 'a.png'));
    writeFileSync(join(dir, 'book.md'), '---\ntitle: Inline\n---\n\nBefore the chart [![Sales chart](a.png)](https://example.com/sales) and after it.\n');
    const build = runGalley(['build', join(dir, 'book.md'), '--out', dir, '--format', 'pdf']);
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
    const text = run('pdftotext', [join(dir, 'book.pdf'), '-']);
    expect(text).toContain('Before the chart and after it.');
    expect(text).not.toContain('[Sales chart]');
    const pdf = new PdfFile(readFileSync(join(dir, 'book.pdf')));
    const page = pdf.pages()[0];
    const images = [...(pdf.dict(pdf.dict(page && pdf.inherited(page, 'Resources'))?.get('XObject'))?.entries.values() ?? [])];
    expect(images).toHaveLength(1);
    const uris = pdf.array(page?.get('Annots')).map((annot) => pdf.text(pdf.dict(pdf.dict(annot)?.get('A'))?.get('URI')));
    expect(uris).toContain('https://example.com/sales');
  }, 60_000);
});
