// An image with transparency goes into the PDF as an opaque colour image plus
// its alpha as a soft mask, both embedded undecoded: transparent pixels show
// the paper, opaque ones their colour.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect } from 'vitest';
import { PdfFile } from '../../src/check/pdf/reader.ts';
import { runGalley, temporaryDir } from '../helpers/cli.ts';
import { run, testWith } from '../helpers/external.ts';

/** A 200×100 PNG: the left half opaque blue, the right half fully transparent red. */
async function halfTransparent(path: string): Promise<void> {
  const pixels = Buffer.alloc(200 * 100 * 4);
  for (let i = 0; i < 200 * 100; i++) {
    const left = i % 200 < 100;
    pixels.set(left ? [20, 40, 220, 255] : [230, 10, 10, 0], i * 4);
  }
  await sharp(pixels, { raw: { width: 200, height: 100, channels: 4 } }).png().toFile(path);
}

describe('an image with transparency in the PDF', () => {
  testWith('pdftoppm', 'has its alpha as a soft mask: the transparent half shows the paper, the opaque half its colour', async () => {
    const dir = temporaryDir();
    await halfTransparent(join(dir, 'half.png'));
    writeFileSync(join(dir, 'book.md'), '---\ntitle: Masks\n---\n\nText.\n\n![Half of it is transparent](half.png)\n');
    const build = runGalley(['build', join(dir, 'book.md'), '--out', dir, '--format', 'pdf'], { GALLEY_CACHE_DIR: temporaryDir() });
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);

    const pdf = new PdfFile(readFileSync(join(dir, 'book.pdf')));
    const images = pdf.pages().flatMap((page) =>
      [...(pdf.dict(pdf.dict(pdf.inherited(page, 'Resources'))?.get('XObject'))?.entries.values() ?? [])].flatMap((v) => pdf.stream(v) ?? []),
    );
    expect(images).toHaveLength(1);
    const [image] = images;
    expect(pdf.name(image?.dict.get('ColorSpace'))).toBe('DeviceRGB');
    const mask = pdf.stream(image?.dict.get('SMask'));
    expect(mask).toBeDefined();
    expect(pdf.name(mask?.dict.get('ColorSpace'))).toBe('DeviceGray');

    run('pdftoppm', ['-r', '72', '-png', '-f', '1', '-l', '1', join(dir, 'book.pdf'), join(dir, 'page')]);
    const { data, info } = await sharp(join(dir, 'page-1.png')).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    let blue = 0;
    let red = 0;
    for (let i = 0; i < data.length; i += info.channels) {
      const [r, g, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
      if (b > 180 && r < 80 && g < 80) blue++;
      if (r > 180 && g < 80 && b < 80) red++;
    }
    expect(blue).toBeGreaterThan(1000);
    expect(red).toBe(0);
  }, 60_000);
});
