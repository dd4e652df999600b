// PDF/A-1 forbids transparency, and pdfkit turns a PNG's alpha channel into a
// soft mask. For that profile an image with alpha is composited onto white
// paper and re-encoded as an RGB PNG without alpha.
import { readFileSync } from 'node:fs';

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
  if (!hasTransparency(readFileSync(path))) return null;
  // sharp (libvips) decodes every PNG variant outside the JavaScript heap; loaded only for the files that need it.
  const sharp = (await import('sharp')).default;
  return sharp(path).flatten({ background: PAPER }).removeAlpha().toColourspace('srgb').png().toBuffer();
}
