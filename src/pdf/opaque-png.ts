// PDF/A-1 forbids transparency, and pdfkit turns a PNG's alpha channel into a
// soft mask. For that profile an image with alpha is composited onto white
// paper and re-encoded as an RGB PNG without alpha.
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
// The page is white paper; transparent pixels show it.
const PAPER = '#ffffff';
// PNG colour types with an alpha channel (grey + alpha, RGBA); a tRNS chunk adds one to the others.
const ALPHA_TYPES = new Set([4, 6]);

/** Whether a PNG has any transparency: an alpha channel or a tRNS chunk (PNG spec, 11.2.2 and 11.3.2.1). */
export function hasTransparency(png: Buffer): boolean {
  if (png.length < 33 || !png.subarray(0, 8).equals(SIGNATURE)) return false;
  if (ALPHA_TYPES.has(png[25] ?? 0)) return true;
  for (let offset = 8; offset + 8 <= png.length; ) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    if (type === 'tRNS') return true;
    if (type === 'IDAT' || type === 'IEND') return false;
    offset += 12 + length;
  }
  return false;
}

/** An opaque RGB copy of the PNG at `path`, or null when it has no transparency (or is not a PNG). */
export async function opaquePng(path: string): Promise<Buffer | null> {
  const bytes = readFileSync(path);
  if (!hasTransparency(bytes)) return null;
  // The canvas decodes every PNG variant; loaded only for the files that need it.
  const { createCanvas, loadImage } = await import('@napi-rs/canvas');
  const image = await loadImage(bytes);
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.fillStyle = PAPER;
  context.fillRect(0, 0, image.width, image.height);
  context.drawImage(image, 0, 0);
  const rgba = context.getImageData(0, 0, image.width, image.height).data;
  return encodeRgbPng(image.width, image.height, rgba);
}

/** An 8-bit RGB PNG of RGBA pixels, alpha dropped: filter 0 on every row, one IDAT. */
export function encodeRgbPng(width: number, height: number, rgba: Uint8Array | Uint8ClampedArray): Buffer {
  const rows = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0, out = 0; y < height; y++) {
    rows[out++] = 0;
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      rows[out++] = rgba[i] ?? 0;
      rows[out++] = rgba[i + 1] ?? 0;
      rows[out++] = rgba[i + 2] ?? 0;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 as PNG chunks use it (zlib.crc32 only exists from Node 20.15). */
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
