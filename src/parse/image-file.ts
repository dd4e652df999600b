// Local images: where the file is, whether it may be used, what it is and how big.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import type { ImageRef } from '../document.ts';
import { readImageHeader, type ImageHeader } from './image-header.ts';
import { findLocalFile, type FilePlaces } from './local-file.ts';

/** Images declaring more pixels are refused before anything decodes them: every reader would have to. */
export const MAX_PIXELS = 50_000_000;

/** `missing`: the file is not where the manuscript may take it from; Pandoc and GitHub then show the alt text. */
export type ImageResult = { readonly image: ImageRef } | { readonly error: string; readonly missing?: true };

/** Where images may come from: see local-file.ts. */
export type ImagePlaces = FilePlaces;

/** A web address: such an image is never fetched (no network at build time); GitHub would show it, so its alt text stands in. */
export function isRemote(url: string): boolean {
  return /^https?:/i.test(url) || url.startsWith('//');
}

/** Resolves an image URL from the manuscript and reads its header. */
export function loadImage(places: ImagePlaces | string, url: string, alt: string, title: string | null | undefined): ImageResult {
  if (/^https?:/i.test(url)) {
    return { error: 'remote images are not fetched at build time; download it next to the manuscript and link it relatively' };
  }
  // Any other scheme (data:, file:, …) is not a relative file path.
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
    return { error: `image "${url}" is not a local file; put it next to the manuscript and link it relatively` };
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    decoded = url;
  }
  const found = findLocalFile(places, url, decoded, 'image');
  if ('error' in found) return { error: found.error, missing: true };
  const { path } = found;
  const header = readHeaderOf(path);
  if (header === 'unknown') return { error: `image "${url}" is not a PNG, JPEG, SVG or PDF file; only those can be typeset` };
  if (header === 'damaged') return { error: `image "${url}" is damaged: its size cannot be read` };
  // A vector figure's size is in points, not pixels: it is drawn at print resolution later.
  const vector = header.mediaType === 'image/svg+xml' || header.mediaType === 'application/pdf';
  if (!vector && header.width * header.height > MAX_PIXELS) {
    const megapixels = Math.round((header.width * header.height) / 1e6);
    return { error: `image "${url}" declares ${header.width}×${header.height} pixels (${megapixels} megapixels), more than the ${MAX_PIXELS / 1e6} Galley decodes; scale it down` };
  }
  return { image: { path, alt, ...(title ? { title } : {}), ...header } };
}

/** Bytes read for the header: a PNG's is in its first 24, a JPEG's after its EXIF and colour profile segments. */
const HEAD_BYTES = 256 * 1024;

/**
 * The header of the image file at `path`, from its first bytes (a full-page
 * figure is 50 MB, and eight of them read whole only for their sizes made a
 * build's peak memory); the whole file only when a JPEG's size lies further in.
 */
function readHeaderOf(path: string): ImageHeader | 'unknown' | 'damaged' {
  const fd = openSync(path, 'r');
  let head: Buffer;
  try {
    head = Buffer.alloc(HEAD_BYTES);
    head = head.subarray(0, readSync(fd, head, 0, HEAD_BYTES, 0));
  } finally {
    closeSync(fd);
  }
  const header = readImageHeader(head);
  return header === 'damaged' && head.length === HEAD_BYTES ? readImageHeader(readFileSync(path)) : header;
}
