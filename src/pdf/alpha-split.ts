// Images with transparency, split by sharp into an opaque colour PNG and a
// greyscale PNG of the alpha channel, so the PDF writer embeds both undecoded
// (the alpha as the image's soft mask) instead of decoding the whole image in
// JavaScript. PDF/A-3b allows soft masks; PDF/A-1b flattens instead.
import { readFileSync } from 'node:fs';
import { hasTransparency } from './opaque-png.ts';
import type { SplitPng } from './paint/png-image.ts';

/** The PNG at `path` split into colour and alpha, or null when it has no transparency (or is not a PNG). */
export async function splitAlpha(path: string): Promise<SplitPng | null> {
  if (!hasTransparency(readFileSync(path))) return null;
  const sharp = (await import('sharp')).default;
  // 8 bits a sample, as the pass-through needs; a 16-bit image is rounded like any PDF viewer shows it.
  const png = { compressionLevel: 6, adaptiveFiltering: true } as const;
  const color = await sharp(path).removeAlpha().toColourspace('srgb').png(png).toBuffer();
  const alpha = await sharp(path).ensureAlpha().extractChannel('alpha').toColourspace('b-w').png(png).toBuffer();
  return { color, alpha };
}
