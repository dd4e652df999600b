// The size an image asks to be printed at, read from its own bytes as Pandoc
// reads it: pHYs, JFIF and EXIF resolutions, SVG lengths, a PDF's MediaBox.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readImageHeader } from '../../src/parse/image-header.ts';

const pixels = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#c33' } });

/** A JPEG with a JFIF segment (sharp writes none) of the given density unit (1: inch, 2: centimetre) and densities. */
const withJfif = (jpeg: Buffer, unit: number, across: number, down: number): Buffer => {
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF\0', 'latin1'), 1, 1, unit, across >> 8, across & 255, down >> 8, down & 255, 0, 0]);
  return Buffer.concat([jpeg.subarray(0, 2), app0, jpeg.subarray(2)]);
};

/** A PNG without its pHYs chunk (libvips always writes one). */
const withoutPhys = (png: Buffer): Buffer => {
  const at = png.indexOf('pHYs', 0, 'latin1') - 4;
  return at < 0 ? png : Buffer.concat([png.subarray(0, at), png.subarray(at + 12 + png.readUInt32BE(at))]);
};

const header = (bytes: Buffer) => {
  const read = readImageHeader(bytes);
  if (typeof read === 'string') throw new Error(read);
  return read;
};

describe('an image\'s natural size', () => {
  it('takes a PNG at its pHYs resolution: 600 pixels at 300 to the inch print 2 inches wide', async () => {
    const png = await pixels(600, 300).withMetadata({ density: 300 }).png().toBuffer();
    const read = header(png);
    expect([read.width, read.height]).toEqual([600, 300]);
    expect(read.natural.width).toBeCloseTo(144, 0);
    expect(read.natural.height).toBeCloseTo(72, 0);
  });

  it('takes a raster that declares no resolution at 96 pixels to the inch, as Pandoc and browsers do', async () => {
    const png = withoutPhys(await pixels(192, 96).png().toBuffer());
    expect(png.includes('pHYs', 0, 'latin1')).toBe(false);
    expect(header(png).natural).toEqual({ width: 144, height: 72 });
  });

  it('reads a JPEG\'s density from its EXIF resolution, or its JFIF density in inches or centimetres', async () => {
    const exif = await pixels(450, 150).withMetadata({ density: 150 }).jpeg().toBuffer();
    expect(header(exif).natural.width).toBeCloseTo(216, 0);
    const plain = await pixels(450, 150).jpeg().toBuffer();
    expect(header(withJfif(plain, 1, 150, 150)).natural.width).toBeCloseTo(216, 0);
    // 59 pixels to the centimetre: 149.86 to the inch.
    expect(header(withJfif(plain, 2, 59, 59)).natural.width).toBeCloseTo((450 / (59 * 2.54)) * 72, 1);
  });

  it('reads an EXIF resolution when JFIF gives only the pixels\' aspect, and swaps it with the sides of a turned photo', async () => {
    const jpeg = await pixels(400, 200).withMetadata({ density: 200, orientation: 6 }).jpeg().toBuffer();
    const read = header(withJfif(jpeg, 0, 1, 1));
    expect([read.width, read.height]).toEqual([200, 400]);
    expect(read.natural.width).toBeCloseTo(72, 0);
    expect(read.natural.height).toBeCloseTo(144, 0);
  });

  it('ignores a declared resolution no one could mean (JFIF\'s 1 to 1)', async () => {
    const jpeg = withJfif(await pixels(96, 48).jpeg().toBuffer(), 1, 1, 1);
    expect(header(jpeg).natural).toEqual({ width: 72, height: 36 });
  });

  it('takes an SVG\'s width and height in their CSS units, one of them and the viewBox, or the viewBox in pixels', () => {
    const svg = (attributes: string) => header(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" ${attributes}></svg>`)).natural;
    expect(svg('width="2in" height="1in"')).toEqual({ width: 144, height: 72 });
    expect(svg('width="100pt" height="50pt"')).toEqual({ width: 100, height: 50 });
    expect(svg('width="200" height="100"')).toEqual({ width: 150, height: 75 });
    const mm = svg('width="50.8mm" height="25.4mm"');
    expect([mm.width, mm.height].map((x) => Math.round(x))).toEqual([144, 72]);
    expect(svg('width="300" viewBox="0 0 60 30"')).toEqual({ width: 225, height: 112.5 });
    expect(svg('viewBox="0 0 400 200"')).toEqual({ width: 300, height: 150 });
    expect(svg('width="100%" viewBox="0 0 400 200"')).toEqual({ width: 300, height: 150 });
  });

  it('takes a PDF figure at its MediaBox, in points', () => {
    expect(header(Buffer.from('%PDF-1.4\n1 0 obj << /Type /Page /MediaBox [0 0 200 100] >> endobj')).natural).toEqual({ width: 200, height: 100 });
  });
});
