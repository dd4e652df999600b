// Images with transparency, split by sharp into an opaque colour PNG and a
// greyscale PNG of the alpha channel, so the PDF writer embeds both undecoded
// (the alpha as the image's soft mask) instead of decoding the whole image in
// JavaScript. PDF/A-3b allows soft masks; PDF/A-1b flattens instead.
import { existsSync, readFileSync } from 'node:fs';
import { alphaSplitFiles, SPLIT_PNG } from '../prepare-images.ts';
import { hasTransparency } from './opaque-png.ts';
import type { SplitPng } from './paint/png-image.ts';

/** The PNG at `path` split into colour and alpha, or null when it has no transparency (or is not a PNG). */
export async function splitAlpha(path: string): Promise<SplitPng | null> {
  if (!hasTransparency(readFileSync(path))) return null;
  // A scaled image was split when it was prepared; a small one embedded as it is is split here.
  const kept = alphaSplitFiles(path);
  if (existsSync(kept.color) && existsSync(kept.alpha)) return { color: readFileSync(kept.color), alpha: readFileSync(kept.alpha) };
  const sharp = (await import('sharp')).default;
  // 8 bits a sample, as the pass-through needs; a 16-bit image is rounded like any PDF viewer shows it.
  const png = SPLIT_PNG;
  const color = await sharp(path).removeAlpha().toColourspace('srgb').png(png).toBuffer();
  const alpha = await sharp(path).ensureAlpha().extractChannel('alpha').toColourspace('b-w').png(png).toBuffer();
  return { color, alpha };
}
