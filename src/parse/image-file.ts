// Local images: where the file is, whether it may be used, what it is and how big.
import { closeSync, openSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { ImageRef } from '../document.ts';
import { readImageHeader, type ImageHeader } from './image-header.ts';

/** Images declaring more pixels are refused before anything decodes them: every reader would have to. */
export const MAX_PIXELS = 50_000_000;

/** `missing`: the file is not where the manuscript may take it from; Pandoc and GitHub then show the alt text. */
export type ImageResult = { readonly image: ImageRef } | { readonly error: string; readonly missing?: true };


/**
 * Where images may come from, as Pandoc's `--resource-path`: a relative URL is
 * looked up in the manuscript's folder, then in each resource folder, then in
 * the working folder; the file found must lie inside one of them.
 */
export interface ImagePlaces {
  /** The manuscript's folder. */
  readonly folder: string;
  /** `--resource-path` folders, in order. */
  readonly resourcePath?: readonly string[];
  /** The working folder (process.cwd() when absent). */
  readonly cwd?: string;
}

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
  const { folder, resourcePath = [], cwd = process.cwd() } = typeof places === 'string' ? { folder: places } : places;
  const roots = [folder, ...resourcePath, cwd].map((root) => resolve(root));
  const candidates = isAbsolute(decoded) ? [resolve(decoded)] : roots.map((root) => resolve(root, decoded));
  const allowed = candidates.filter((path) => roots.some((root) => !escapes(root, path)));
  if (allowed.length === 0) {
    return { error: `image "${url}" is outside the manuscript's folder, the working folder and the --resource-path folders; copy it into one of them`, missing: true };
  }
  const path = allowed.find(isFile);
  if (path === undefined) return { error: `image "${url}" not found in ${describe(roots)}`, missing: true };
  // A symbolic link may still lead out of every allowed folder.
  const real = realpathSync(path);
  if (roots.every((root) => escapes(realOf(root), real))) {
    return { error: `image "${url}" links to a file outside the manuscript's folder, the working folder and the --resource-path folders; copy it into one of them`, missing: true };
  }
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

function describe(roots: readonly string[]): string {
  const [folder, ...rest] = roots;
  const others = [...new Set(rest)].filter((root) => root !== folder);
  return others.length === 0 ? "the manuscript's folder" : `the manuscript's folder or ${others.map((root) => `"${root}"`).join(', ')}`;
}

function realOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function escapes(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || rel === '..' || rel.startsWith('../') || isAbsolute(rel);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
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
