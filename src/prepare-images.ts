// Every image the book shows is decoded once, by sharp (libvips), before either
// writer sees it: damaged data is a located error instead of a file every
// reader must choke on, and pixels beyond what print needs (PRINT_PPI at the
// largest size the theme can print the image) are scaled away, so neither the
// PDF writer nor the EPUB's readers decode a 20-megapixel photo for a
// 5-inch figure. Scaled copies are kept in the cache; both writers embed them.
// SVG and PDF figures are drawn as PNG here (vector-images.ts).
import { createHash, type Hash } from 'node:crypto';
import { createReadStream, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Sharp } from 'sharp';
import { cacheFolder } from './cache.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { Block, Document, ImageRef } from './document.ts';
import { mapBlocks, mapInlineNodes, mapInlines } from './document/visit.ts';
import { MAX_PIXELS } from './parse/image-file.ts';
import { rasterisePdf, rasteriseSvg } from './vector-images.ts';
import type { Theme } from './theme/types.ts';
import { writeFileAtomic } from './util/atomic-write.mjs';

/** Pixels per inch print needs; a theme's print settings may ask for more. */
export const PRINT_PPI = 300;
const POINTS_PER_INCH = 72;

type SharpModule = typeof import('sharp');
let loaded: SharpModule | undefined;

/** sharp, loaded on the first book with images (its native library takes a while to load). */
async function loadSharp(): Promise<SharpModule> {
  if (loaded === undefined) {
    loaded = (await import('sharp')).default;
    // One image at a time and no decoded images kept between calls: peak memory is one image's, not the book's.
    loaded.cache(false);
    loaded.concurrency(1);
  }
  return loaded;
}

/** How the colour and alpha halves of a PNG with transparency are encoded: 8 bits a sample, as the PDF's pass-through needs. */
export const SPLIT_PNG = { compressionLevel: 6, adaptiveFiltering: true } as const;

/** Where the colour and alpha halves of a prepared PNG are kept, beside it (written last, so their presence means complete). */
export function alphaSplitFiles(path: string): { readonly color: string; readonly alpha: string } {
  return { color: `${path}.color.png`, alpha: `${path}.alpha.png` };
}

interface Box {
  readonly width: number;
  readonly height: number;
}

export interface PreparedImages {
  readonly document: Document;
  /** Errors located at each image in the manuscript; the document is unusable when there are any. */
  readonly errors: readonly Diagnostic[];
}

export async function prepareImages(doc: Document, theme: Theme): Promise<PreparedImages> {
  const figureBox = printBox(theme, false);
  const pageBox = printBox(theme, true);
  const found = new Map<string, ImageRef>();
  collect(doc, (image) => found.set(image.path, found.get(image.path) ?? image));
  if (found.size === 0) return { document: doc, errors: [] };
  const prepared = new Map<string, ImageRef>();
  const errors: Diagnostic[] = [];
  const isCover = (image: ImageRef): boolean => doc.metadata.cover?.path === image.path;
  const sharp = await loadSharp();
  for (const [path, image] of found) {
    const result = await prepare(sharp, image, isCover(image) ? pageBox : figureBox);
    if ('error' in result) {
      const at = image.at ?? { line: 1, column: 1 };
      errors.push({ severity: 'error', file: doc.path, line: at.line, column: at.column, message: result.error });
    } else prepared.set(path, result.image);
  }
  if (errors.length > 0) return { document: doc, errors };
  return { document: rewrite(doc, (image) => ({ ...image, ...pick(prepared.get(image.path) ?? image) })), errors };
}

/** What preparing changes: the file and its size (never the alt text, title or place). */
function pick(image: ImageRef): Pick<ImageRef, 'path' | 'width' | 'height' | 'mediaType'> {
  return { path: image.path, width: image.width, height: image.height, mediaType: image.mediaType };
}

/** The largest size, in pixels at print resolution, an image can be printed at: a figure's box, or the whole page for a cover. */
function printBox(theme: Theme, wholePage: boolean): Box {
  const pageWidth = Math.max(theme.page.width, theme.print?.trim.width ?? 0);
  const pageHeight = Math.max(theme.page.height, theme.print?.trim.height ?? 0);
  const ppi = Math.max(PRINT_PPI, theme.print?.minImagePpi ?? 0);
  const width = wholePage ? pageWidth : pageWidth - theme.margins.inner - theme.margins.outer;
  const height = wholePage ? pageHeight : (pageHeight - theme.margins.top - theme.margins.bottom) * theme.figure.maxHeight;
  return { width: Math.ceil((width / POINTS_PER_INCH) * ppi), height: Math.ceil((height / POINTS_PER_INCH) * ppi) };
}

type Result = { readonly image: ImageRef } | { readonly error: string };

async function prepare(sharp: SharpModule, image: ImageRef, box: Box): Promise<Result> {
  const name = image.url ?? image.path;
  if (image.mediaType === 'image/svg+xml' || image.mediaType === 'application/pdf') return drawVector(sharp, image, box);
  const scale = Math.min(1, box.width / image.width, box.height / image.height);
  const input = (): Sharp => sharp(image.path, { failOn: 'error', limitInputPixels: MAX_PIXELS, sequentialRead: true });
  try {
    if (scale >= 1) {
      // Small enough as it is: decoded to the last row only to prove it whole, then embedded unchanged.
      await input().raw().toBuffer();
      return { image };
    }
    const width = Math.max(1, Math.round(image.width * scale));
    const height = Math.max(1, Math.round(image.height * scale));
    const png = image.mediaType === 'image/png';
    const key = (await fileHash(image.path)).update(`${width}x${height}:${sharp.versions.sharp}`).digest('hex').slice(0, 32);
    const folder = cacheFolder('images') ?? mkdtempSync(join(tmpdir(), 'galley-images-'));
    const target = join(folder, `${key}.${png ? 'png' : 'jpg'}`);
    if (!existsSync(target)) {
      // rotate(): a JPEG's EXIF orientation is applied to the pixels, since the copy carries no EXIF.
      const { data, info } = await input().rotate().resize(width, height, { fit: 'fill' }).raw().toBuffer({ resolveWithObject: true });
      // An alpha channel that is opaque everywhere is dropped: the PDF writer then embeds the PNG's data as it is, without decoding it again.
      const channels = info.channels === 4 && isOpaque(data, 4) ? 3 : info.channels === 2 && isOpaque(data, 2) ? 1 : info.channels;
      const raw = { raw: { width: info.width, height: info.height, channels: info.channels } } as const;
      let pixels = sharp(data, raw);
      if (channels !== info.channels) pixels = pixels.removeAlpha();
      if (png && (channels === 2 || channels === 4)) {
        // Split now, from the pixels in hand, for the PDF's soft mask (see pdf/alpha-split.ts): not decoded twice more there.
        const split = alphaSplitFiles(target);
        writeFileAtomic(split.color, await sharp(data, raw).removeAlpha().toColourspace('srgb').png(SPLIT_PNG).toBuffer());
        writeFileAtomic(split.alpha, await sharp(data, raw).extractChannel(channels === 4 ? 3 : 1).toColourspace('b-w').png(SPLIT_PNG).toBuffer());
      }
      writeFileAtomic(target, await (png ? pixels.png() : pixels.jpeg({ quality: 90, chromaSubsampling: '4:4:4' })).toBuffer());
    }
    return { image: { ...image, path: target, width, height } };
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return { error: `image "${name}" is damaged or truncated and cannot be decoded (${reason.replace(/^\w+load(?:_buffer)?: /, '')})` };
  }
}

/** An SVG or PDF figure as a PNG at print resolution, cached by its content and size. */
async function drawVector(sharp: SharpModule, image: ImageRef, box: Box): Promise<Result> {
  const name = image.url ?? image.path;
  const pdf = image.mediaType === 'application/pdf';
  try {
    const key = (await fileHash(image.path)).update(`${box.width}x${box.height}:${sharp.versions.sharp}:vector-2`).digest('hex').slice(0, 32);
    const folder = cacheFolder('images') ?? mkdtempSync(join(tmpdir(), 'galley-images-'));
    const target = join(folder, `${key}.png`);
    if (!existsSync(target)) {
      const raster = pdf ? await rasterisePdf(image.path, box) : await rasteriseSvg(sharp, image.path, box);
      // Opaque, so the PDF writer embeds it as it is, with no soft mask to split off.
      writeFileAtomic(target, await sharp(raster.png).flatten({ background: '#ffffff' }).removeAlpha().png().toBuffer());
    }
    const size = await sharp(target).metadata();
    return { image: { ...image, path: target, mediaType: 'image/png', width: size.width ?? 1, height: size.height ?? 1 } };
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return { error: `image "${name}" cannot be drawn as ${pdf ? 'a PDF' : 'an SVG'} (${reason}); convert it to PNG` };
  }
}

/** Whether every pixel's last channel (alpha) is fully opaque. */
function isOpaque(data: Buffer, channels: number): boolean {
  for (let i = channels - 1; i < data.length; i += channels) if (data[i] !== 255) return false;
  return true;
}

/** The SHA-256 of a file, read in chunks (a large photo is not held whole just to name its copy). */
async function fileHash(path: string): Promise<Hash> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash;
}

/** Calls `visit` on every image of the document (figures, images in text, notes, the cover). */
function collect(doc: Document, visit: (image: ImageRef) => void): void {
  rewrite(doc, (image) => {
    visit(image);
    return image;
  });
}

function rewrite(doc: Document, change: (image: ImageRef) => ImageRef): Document {
  const blocks = (list: readonly Block[]): Block[] =>
    mapBlocks(
      mapInlines(list, (run) => mapInlineNodes(run, (node) => [node.type === 'image' ? { ...node, image: change(node.image) } : node])),
      (block) => (block.type === 'figure' ? { ...block, image: change(block.image) } : block),
    );
  const { cover } = doc.metadata;
  return {
    ...doc,
    metadata: cover === undefined ? doc.metadata : { ...doc.metadata, cover: change(cover) },
    blocks: blocks(doc.blocks),
    notes: doc.notes.map((note) => ({ ...note, children: blocks(note.children) })),
  };
}
