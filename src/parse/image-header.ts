// What an image file is and how big, from its first bytes (magic bytes, not the name).
// Besides its pixels, an image says how large it means to be printed: a PNG's
// pHYs chunk, a JPEG's JFIF or EXIF resolution, an SVG's width in CSS units, a
// PDF's MediaBox. Without a resolution a raster is taken at 96 pixels to the
// inch, as Pandoc (its --dpi default) and browsers take it.
import type { ImageRef } from '../document.ts';

export interface ImageHeader {
  readonly mediaType: ImageRef['mediaType'];
  /** Pixels for a raster; for a vector figure, its own units (only their ratio is used). */
  readonly width: number;
  readonly height: number;
  /** The size it asks to be printed at, in points. */
  readonly natural: { readonly width: number; readonly height: number };
}

/** Pixels to the inch when a raster declares none. */
export const DEFAULT_PPI = 96;
const POINTS_PER_INCH = 72;
/** A declared resolution outside this range is taken for a mistake (JFIF's "1 to 1" means only the pixels' aspect). */
const PLAUSIBLE_PPI = { min: 10, max: 10_000 } as const;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Media type and size from the first bytes of a PNG, JPEG, SVG or PDF file (magic bytes, not the name). */
export function readImageHeader(bytes: Buffer): ImageHeader | 'unknown' | 'damaged' {
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return readPng(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return readJpeg(bytes);
  if (bytes.toString('latin1', 0, 5) === '%PDF-') {
    const size = pdfSize(bytes);
    return { mediaType: 'application/pdf', ...size, natural: size };
  }
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

/** CSS units in points; a bare number is CSS pixels. */
const CSS_POINTS: Readonly<Record<string, number>> = { '': 0.75, px: 0.75, pt: 1, pc: 12, in: 72, cm: 72 / 2.54, mm: 72 / 25.4, q: 72 / 101.6 };

/**
 * The root element's width and height, else its viewBox (in CSS pixels, as a
 * browser takes it), else a browser's default 300 × 150; a percentage or an
 * em counts as absent.
 */
function svgSize(start: string): Omit<ImageHeader, 'mediaType'> {
  const root = /<svg[\s>][^>]*>/u.exec(start)?.[0] ?? '';
  const attribute = (name: string): string | undefined => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'u').exec(root)?.[1];
  const points = (value: string | undefined): number => {
    const match = /^\s*(\d*\.?\d+(?:e[+-]?\d+)?)\s*(px|pt|pc|in|cm|mm|q)?\s*$/iu.exec(value ?? '');
    return match === null ? NaN : parseFloat(match[1] as string) * (CSS_POINTS[(match[2] ?? '').toLowerCase()] ?? NaN);
  };
  const view = (attribute('viewBox') ?? '').trim().split(/[\s,]+/u).map(Number);
  const viewWidth = view.length === 4 && (view[2] ?? 0) > 0 && (view[3] ?? 0) > 0 ? (view[2] as number) : NaN;
  const viewHeight = viewWidth > 0 ? (view[3] as number) : NaN;
  let width = points(attribute('width'));
  let height = points(attribute('height'));
  // One length given: the other follows the viewBox's proportions, as in a browser.
  if (width > 0 && !(height > 0) && viewWidth > 0) height = (width * viewHeight) / viewWidth;
  if (height > 0 && !(width > 0) && viewWidth > 0) width = (height * viewWidth) / viewHeight;
  if (!(width > 0 && height > 0)) {
    width = (viewWidth > 0 ? viewWidth : 300) * 0.75;
    height = (viewWidth > 0 ? viewHeight : 150) * 0.75;
  }
  return { width, height, natural: { width, height } };
}

/** A raster's natural size from its pixels and resolution (pixels to the inch, across and down). */
function rasterNatural(width: number, height: number, ppi: readonly [number, number] | undefined): ImageHeader['natural'] {
  const plausible = (value: number): boolean => value >= PLAUSIBLE_PPI.min && value <= PLAUSIBLE_PPI.max;
  const [across, down] = ppi !== undefined && plausible(ppi[0]) && plausible(ppi[1]) ? ppi : [DEFAULT_PPI, DEFAULT_PPI];
  return { width: (width / across) * POINTS_PER_INCH, height: (height / down) * POINTS_PER_INCH };
}

function readPng(bytes: Buffer): ImageHeader | 'damaged' {
  // The IHDR chunk comes first: length(4) "IHDR"(4) width(4) height(4).
  if (bytes.length < 24 || bytes.toString('latin1', 12, 16) !== 'IHDR') return 'damaged';
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  return width > 0 && height > 0 ? { mediaType: 'image/png', width, height, natural: rasterNatural(width, height, pngResolution(bytes)) } : 'damaged';
}

/** A pHYs chunk's pixels per metre, as pixels to the inch; it must come before the first IDAT. */
function pngResolution(bytes: Buffer): [number, number] | undefined {
  for (let at = 8; at + 12 <= bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT' || type === 'IEND') return undefined;
    // Unit 1 is the metre; 0 gives only the pixels' aspect.
    if (type === 'pHYs' && length === 9 && at + 17 <= bytes.length && bytes[at + 16] === 1) {
      return [bytes.readUInt32BE(at + 8) * 0.0254, bytes.readUInt32BE(at + 12) * 0.0254];
    }
    at += 12 + length;
  }
  return undefined;
}

/** Start-of-frame markers: they carry the image size. C4 (DHT), C8 (JPG) and CC (DAC) are not frames. */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function readJpeg(bytes: Buffer): ImageHeader | 'damaged' {
  let i = 2;
  let exif: ExifFacts = {};
  let jfif: [number, number] | undefined;
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
    const segment = bytes.subarray(i + 4, i + 2 + length);
    if (marker === 0xe0) jfif = jfifResolution(segment) ?? jfif;
    if (marker === 0xe1) exif = { ...exif, ...exifFacts(segment) };
    if (isStartOfFrame(marker)) {
      if (i + 9 > bytes.length) return 'damaged';
      const height = bytes.readUInt16BE(i + 5);
      const width = bytes.readUInt16BE(i + 7);
      if (width === 0 || height === 0) return 'damaged';
      // EXIF orientations 5–8 turn the picture a quarter: viewers show it with the sides swapped.
      const turned = (exif.orientation ?? 1) >= 5 && (exif.orientation ?? 1) <= 8;
      const [across, down] = turned ? [height, width] : [width, height];
      const ppi = jfif ?? exif.resolution;
      return { mediaType: 'image/jpeg', width: across, height: down, natural: rasterNatural(across, down, ppi !== undefined && turned ? [ppi[1], ppi[0]] : ppi) };
    }
    i += 2 + length;
  }
  return 'damaged';
}

/** An APP0 JFIF segment's density as pixels to the inch; units 0 give only the pixels' aspect. */
function jfifResolution(segment: Buffer): [number, number] | undefined {
  if (segment.length < 12 || segment.toString('latin1', 0, 5) !== 'JFIF\0') return undefined;
  const unit = segment[7];
  const across = segment.readUInt16BE(8);
  const down = segment.readUInt16BE(10);
  if (unit === 1) return [across, down];
  if (unit === 2) return [across * 2.54, down * 2.54];
  return undefined;
}

interface ExifFacts {
  readonly orientation?: number;
  /** Pixels to the inch, across and down. */
  readonly resolution?: [number, number];
}

const EXIF_ORIENTATION = 0x0112;
const EXIF_X_RESOLUTION = 0x011a;
const EXIF_Y_RESOLUTION = 0x011b;
/** 2: inches (the default), 3: centimetres. */
const EXIF_RESOLUTION_UNIT = 0x0128;

/** The orientation and resolution tags of an APP1 Exif segment's first directory, where present. */
function exifFacts(segment: Buffer): ExifFacts {
  if (segment.length < 14 || segment.toString('latin1', 0, 6) !== 'Exif\0\0') return {};
  const tiff = segment.subarray(6);
  const little = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (at: number): number => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number): number => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const rational = (entry: number): number => {
    const at = u32(entry + 8);
    return at + 8 <= tiff.length && u32(at + 4) > 0 ? u32(at) / u32(at + 4) : NaN;
  };
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return {};
  const tags = new Map<number, number>();
  const count = u16(ifd);
  for (let k = 0; k < count; k++) {
    const entry = ifd + 2 + k * 12;
    if (entry + 12 > tiff.length) break;
    const tag = u16(entry);
    if (tag === EXIF_ORIENTATION || tag === EXIF_RESOLUTION_UNIT) tags.set(tag, u16(entry + 8));
    if (tag === EXIF_X_RESOLUTION || tag === EXIF_Y_RESOLUTION) tags.set(tag, rational(entry));
  }
  const orientation = tags.get(EXIF_ORIENTATION);
  const per = tags.get(EXIF_RESOLUTION_UNIT) === 3 ? 2.54 : 1;
  const across = (tags.get(EXIF_X_RESOLUTION) ?? NaN) * per;
  const down = (tags.get(EXIF_Y_RESOLUTION) ?? across / per) * per;
  return { ...(orientation === undefined ? {} : { orientation }), ...(across > 0 && down > 0 ? { resolution: [across, down] as [number, number] } : {}) };
}
