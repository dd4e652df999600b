// --pdfa 1b: the same document as PDF/A-1b (PDF 1.4, nothing embedded, no
// transparency), which PDFBox Preflight — the one PDF/A validator at hand —
// can judge. Its verdict proves the core the two levels share.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { beforeAll, describe, expect, test } from 'vitest';
import { hasTransparency, opaquePng } from '../../src/pdf/opaque-png.ts';
import { PdfFile } from '../../src/check/pdf/reader.ts';
import { checkPdfA, embeddedFiles, pdfaClaim } from '../../src/check/pdf/structure.ts';
import { runGalley, temporaryDir } from '../helpers/cli.ts';
import { runPreflight, testWith } from '../helpers/external.ts';
import { ARTICLE, EVERY_NODE, render } from '../helpers/archive.ts';

const CHART = 'tests/fixtures/manuscripts/chart.png';

describe('a PDF/A-1b build', () => {
  let bytes: Buffer;
  beforeAll(async () => {
    bytes = (await render(EVERY_NODE, { kind: 'archive', pdfa: 'PDF/A-1b' })).bytes;
  });

  test('is PDF 1.4, says PDF/A-1b, embeds no file and passes the preflight’s own PDF/A checks', () => {
    const pdf = new PdfFile(bytes);
    expect(pdf.version).toBe('1.4');
    expect(pdfaClaim(pdf)).toEqual({ part: 1, conformance: 'B' });
    expect(embeddedFiles(pdf)).toEqual([]);
    expect(checkPdfA(pdf).status).toBe('pass');
  });

  test('draws images with an alpha channel without a soft mask', () => {
    const pdf = new PdfFile(bytes);
    const images = pdf.pages().flatMap((page) =>
      [...(pdf.dict(pdf.dict(pdf.inherited(page, 'Resources'))?.get('XObject'))?.entries.values() ?? [])].flatMap((v) => pdf.stream(v) ?? []),
    );
    expect(images.length).toBe(2);
    for (const image of images) expect(image.dict.get('SMask')).toBeUndefined();
  });

  testWith('PDFBox Preflight', 'PDFBox Preflight calls the article and the every-node manuscript valid PDF/A-1b', () => {
    const out = temporaryDir();
    const run = runGalley(['build', ARTICLE, '--out', out, '--format', 'pdf', '--pdfa', '1b'], { SOURCE_DATE_EPOCH: '1700000000' });
    expect(run.status).toBe(0);
    writeFileSync(join(out, 'every-node.pdf'), bytes);
    for (const file of [join(out, 'article.pdf'), join(out, 'every-node.pdf')]) {
      expect(runPreflight(file).trim()).toMatch(/is a valid PDF\/A-1b file$/u);
    }
  }, 120_000);
});

describe('opaque copies of transparent PNGs', () => {
  test('are made only for images with transparency', async () => {
    expect(hasTransparency(readFileSync(CHART))).toBe(true);
    expect(hasTransparency(readFileSync('tests/fixtures/pdf/figure.png'))).toBe(false);
    expect(await opaquePng('tests/fixtures/pdf/figure.png')).toBeNull();
  });

  test('show transparent pixels as white paper and keep the opaque ones', async () => {
    const canvas = createCanvas(2, 1);
    const context = canvas.getContext('2d');
    context.fillStyle = 'rgba(200, 30, 10, 1)';
    context.fillRect(0, 0, 1, 1);
    const file = join(temporaryDir(), 'half.png');
    writeFileSync(file, await canvas.encode('png'));
    const copy = await opaquePng(file);
    expect(copy).not.toBeNull();
    expect(copy!.readUInt8(25)).toBe(2);
    const decoded = await loadImage(copy!);
    const back = createCanvas(2, 1).getContext('2d');
    back.drawImage(decoded, 0, 0);
    expect([...back.getImageData(0, 0, 2, 1).data]).toEqual([200, 30, 10, 255, 255, 255, 255, 255]);
  });
});
