// SVG and PDF figures: recognised by their first bytes, drawn as PNG at print
// resolution before either writer sees them, and built into both outputs.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import type { ImageRef } from '../src/document.ts';
import { readImageHeader } from '../src/parse/image-header.ts';
import { parseManuscript } from '../src/parse/index.ts';
import { prepareImages } from '../src/prepare-images.ts';
import { loadTheme } from '../src/theme/load.ts';
import { runGalley } from './helpers/cli.ts';
import { run, testWith } from './helpers/external.ts';

const SVG = `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">
  <rect width="100" height="100" fill="#ff0000"/>
</svg>
`;

/** A one-page PDF, 200 × 100 pt, its left half red: as a LaTeX project's figure would be. */
function pdfFigure(): Promise<Buffer> {
  const doc = new PDFDocument({ size: [200, 100], margin: 0 });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.rect(0, 0, 100, 100).fill('#ff0000');
  doc.end();
  return done;
}

async function folderWithFigures(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'galley-vector-'));
  writeFileSync(join(dir, 'fig.svg'), SVG);
  writeFileSync(join(dir, 'fig.pdf'), await pdfFigure());
  writeFileSync(join(dir, 'book.md'), '---\ntitle: Figures\n---\n\nText.\n\n![A drawing](fig.svg)\n\n![A plot](fig.pdf)\n');
  return dir;
}

/** The red, green and blue of the pixel at (x, y) as fractions of the image's size. */
async function pixel(path: string, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(path).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (Math.floor(y * info.height) * info.width + Math.floor(x * info.width)) * info.channels;
  return [data[at] ?? -1, data[at + 1] ?? -1, data[at + 2] ?? -1];
}

describe('vector figures', () => {
  test('SVG and PDF files are recognised by their first bytes, with their size in points', async () => {
    // An SVG's unitless lengths are CSS pixels, 96 to the inch.
    expect(readImageHeader(Buffer.from(SVG))).toEqual({ mediaType: 'image/svg+xml', width: 150, height: 75, natural: { width: 150, height: 75 } });
    expect(readImageHeader(await pdfFigure())).toEqual({ mediaType: 'application/pdf', width: 200, height: 100, natural: { width: 200, height: 100 } });
  });

  test('each becomes a PNG at print resolution, its drawing in place', async () => {
    const dir = await folderWithFigures();
    const path = join(dir, 'book.md');
    const parsed = parseManuscript(path, readFileSync(path));
    expect(parsed.diagnostics).toEqual([]);
    const prepared = await prepareImages(parsed.document!, loadTheme());
    expect(prepared.errors).toEqual([]);
    const images = prepared.document.blocks.flatMap((b): ImageRef[] => (b.type === 'figure' ? [b.image] : []));
    expect(images.map((i) => i.mediaType)).toEqual(['image/png', 'image/png']);
    for (const image of images) {
      expect(image.width / image.height).toBeCloseTo(2, 1);
      // A 200 pt drawing is printed across the measure: far more than one pixel a point.
      expect(image.width).toBeGreaterThan(1000);
      expect(await pixel(image.path, 0.25, 0.5)).toEqual([255, 0, 0]);
      expect(await pixel(image.path, 0.75, 0.5)).toEqual([255, 255, 255]);
    }
  });

  test('a file that says it is a PDF but is not one is a located error naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'galley-vector-'));
    writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.7\nnot really\n');
    writeFileSync(join(dir, 'book.md'), '---\ntitle: T\n---\n\n![Plot](broken.pdf)\n');
    const result = runGalley(['build', join(dir, 'book.md'), '--out', join(dir, 'out')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/book\.md:5:1: error: image "broken\.pdf" cannot be drawn as a PDF \(.*\); convert it to PNG/u);
    expect(result.stderr).not.toMatch(/\n\s+at /u);
  });

  testWith('pdftoppm', 'a manuscript with an SVG and a PDF figure builds both outputs, the figures printed', async () => {
    const dir = await folderWithFigures();
    const result = runGalley(['build', join(dir, 'book.md'), '--out', join(dir, 'out')]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const epub = readFileSync(join(dir, 'out', 'book.epub')).toString('latin1');
    expect(epub.match(/images\/[^"\s]+\.png/gu)?.length ?? 0).toBeGreaterThanOrEqual(2);
    run('pdftoppm', ['-r', '20', '-png', '-f', '1', '-l', '1', join(dir, 'out', 'book.pdf'), join(dir, 'page')]);
    const { data } = await sharp(readFileSync(join(dir, 'page-1.png'))).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    let red = 0;
    for (let i = 0; i < data.length; i += 3) if ((data[i] ?? 0) > 200 && (data[i + 1] ?? 255) < 60 && (data[i + 2] ?? 255) < 60) red++;
    expect(red).toBeGreaterThan(100);
  });
});
