// Local images: where the file is, whether it may be used, what it is and how big.
import { closeSync, openSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { ImageRef } from '../document.ts';

/** Images declaring more pixels are refused before anything decodes them: every reader would have to. */
export const MAX_PIXELS = 50_000_000;

/** `missing`: the file is not where the manuscript may take it from; Pandoc and GitHub then show the alt text. */
export type ImageResult = { readonly image: ImageRef } | { readonly error: string; readonly missing?: true };

interface Header {
  readonly mediaType: ImageRef['mediaType'];
  readonly width: number;
  readonly height: number;
}

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
function readHeaderOf(path: string): Header | 'unknown' | 'damaged' {
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

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Media type and size from the first bytes of a PNG, JPEG, SVG or PDF file (magic bytes, not the name). */
export function readImageHeader(bytes: Buffer): Header | 'unknown' | 'damaged' {
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return readPng(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return readJpeg(bytes);
  if (bytes.toString('latin1', 0, 5) === '%PDF-') return { mediaType: 'application/pdf', ...pdfSize(bytes) };
  const start = bytes.toString('utf8', 0, 4096).replace(/^\uFEFF/u, '');
  if (/^\s*</u.test(start) && /<svg[\s>]/u.test(start)) return { mediaType: 'image/svg+xml', ...svgSize(start) };
  return 'unknown';
}

/** The first MediaBox's size in points, where it is written plainly (US Letter otherwise; the raster has the real one). */
function pdfSize(bytes: Buffer): { width: number; height: number } {
  const box = /\/MediaBox\s*\[\s*(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s*\]/u.exec(bytes.toString('latin1', 0, Math.min(bytes.length, 1 << 20)));
  const [x0, y0, x1, y1] = (box?.slice(1) ?? []).map(Number);
  const width = Math.abs((x1 ?? 0) - (x0 ?? 0));
  const height = Math.abs((y1 ?? 0) - (y0 ?? 0));
  return width > 0 && height > 0 ? { width, height } : { width: 612, height: 792 };
}

/** The root element's width and height, else its viewBox, else a browser's default 300 × 150. */
function svgSize(start: string): { width: number; height: number } {
  const root = /<svg[\s>][^>]*>/u.exec(start)?.[0] ?? '';
  const attribute = (name: string): string | undefined => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'u').exec(root)?.[1];
  const length = (value: string | undefined): number => (value !== undefined && /^\s*[\d.]+\s*(?:px|pt)?\s*$/u.test(value) ? parseFloat(value) : NaN);
  const view = (attribute('viewBox') ?? '').trim().split(/[\s,]+/u).map(Number);
  const width = length(attribute('width'));
  const height = length(attribute('height'));
  if (width > 0 && height > 0) return { width, height };
  if (view.length === 4 && (view[2] ?? 0) > 0 && (view[3] ?? 0) > 0) return { width: view[2] as number, height: view[3] as number };
  return { width: 300, height: 150 };
}

function readPng(bytes: Buffer): Header | 'damaged' {
  // The IHDR chunk comes first: length(4) "IHDR"(4) width(4) height(4).
  if (bytes.length < 24 || bytes.toString('latin1', 12, 16) !== 'IHDR') return 'damaged';
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  return width > 0 && height > 0 ? { mediaType: 'image/png', width, height } : 'damaged';
}

/** Start-of-frame markers: they carry the image size. C4 (DHT), C8 (JPG) and CC (DAC) are not frames. */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function readJpeg(bytes: Buffer): Header | 'damaged' {
  let i = 2;
  let orientation = 1;
  while (i + 3 < bytes.length) {
    if (bytes[i] !== 0xff) return 'damaged';
    const marker = bytes[i + 1] ?? 0;
    // Fill bytes, and markers that have no length field.
    if (marker === 0xff || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += marker === 0xff ? 1 : 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return 'damaged';
    const length = bytes.readUInt16BE(i + 2);
    if (marker === 0xe1) orientation = exifOrientation(bytes.subarray(i + 4, i + 2 + length)) ?? orientation;
    if (isStartOfFrame(marker)) {
      if (i + 9 > bytes.length) return 'damaged';
      const height = bytes.readUInt16BE(i + 5);
      const width = bytes.readUInt16BE(i + 7);
      if (width === 0 || height === 0) return 'damaged';
      // EXIF orientations 5–8 turn the picture a quarter: viewers show it with the sides swapped.
      const turned = orientation >= 5 && orientation <= 8;
      return { mediaType: 'image/jpeg', width: turned ? height : width, height: turned ? width : height };
    }
    i += 2 + length;
  }
  return 'damaged';
}

/** The Orientation tag (0x0112) of an APP1 Exif segment, if present. */
function exifOrientation(segment: Buffer): number | undefined {
  if (segment.length < 14 || segment.toString('latin1', 0, 6) !== 'Exif\0\0') return undefined;
  const tiff = segment.subarray(6);
  const little = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (at: number): number => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number): number => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return undefined;
  const count = u16(ifd);
  for (let k = 0; k < count; k++) {
    const entry = ifd + 2 + k * 12;
    if (entry + 12 > tiff.length) return undefined;
    if (u16(entry) === 0x0112) return u16(entry + 8);
  }
  return undefined;
}
