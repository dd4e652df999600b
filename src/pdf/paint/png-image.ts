// PNGs go into the PDF undecoded: their compressed data (the IDAT chunks) is
// the image XObject's stream, with the PNG predictor declared, as PDF allows.
// pdfkit's own PNG reader (png-js) copies that data one byte at a time into a
// JavaScript array, some 30 bytes of heap per byte of file, and decodes images
// with alpha in full; eight full-page figures took over 500 MB. An image with
// transparency arrives here split in two (see ../alpha-split.ts): an opaque
// colour PNG and a greyscale PNG of its alpha, which becomes the soft mask
// (SMask). Anything else (interlacing, 16 bits) is left to pdfkit.
import { readFileSync } from 'node:fs';

/** The part of pdfkit's document an image needs: a new indirect object. */
export interface ImageDocument {
  ref(data: Record<string, unknown>): { end(data?: Buffer): void };
}

/** What pdfkit's `image()` accepts in place of a file: a size, a resource name and an embed step. */
export interface PassThroughImage {
  readonly width: number;
  readonly height: number;
  readonly label: string;
  obj: unknown;
  embed(document: ImageDocument): void;
}

/** An image with transparency as two opaque PNGs of the same size: its colours, and its alpha as grey. */
export interface SplitPng {
  readonly color: Buffer;
  readonly alpha: Buffer;
}

interface PngData {
  readonly width: number;
  readonly height: number;
  readonly bits: number;
  readonly colorType: number;
  readonly palette: Buffer | undefined;
  readonly stream: Buffer;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The image (a file, PNG bytes, or a split PNG) as a pass-through XObject, or null when pdfkit must decode it. */
export function passThroughPng(source: string | Buffer | SplitPng, label: string): PassThroughImage | null {
  const split = typeof source !== 'string' && !Buffer.isBuffer(source) ? source : undefined;
  const color = readPng(split?.color ?? (typeof source === 'string' ? readFileSync(source) : (source as Buffer)));
  const alpha = split === undefined ? undefined : readPng(split.alpha);
  if (color === null || alpha === null || (alpha !== undefined && (alpha.colorType !== 0 || alpha.width !== color.width || alpha.height !== color.height))) return null;
  return {
    width: color.width,
    height: color.height,
    label,
    obj: null,
    embed(document) {
      const mask = alpha === undefined ? undefined : embedPng(document, alpha, {});
      this.obj = embedPng(document, color, mask === undefined ? {} : { SMask: mask });
    },
  };
}

/**
 * Size, format and compressed data of an opaque, non-interlaced PNG of at most
 * 8 bits a sample; null otherwise. When it is one, `bytes` is overwritten
 * (its image data gathered at its start): give it a buffer nothing else reads.
 */
function readPng(bytes: Buffer): PngData | null {
  if (!bytes.subarray(0, 8).equals(SIGNATURE)) return null;
  let width = 0;
  let height = 0;
  let bits = 0;
  let colorType = -1;
  let palette: Buffer | undefined;
  const data: { readonly start: number; readonly length: number }[] = [];
  for (let at = 8; at + 8 <= bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (body.length < length) return null;
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      bits = body[8] ?? 0;
      colorType = body[9] ?? -1;
      // Interlaced data cannot be passed through.
      if (body[12] !== 0) return null;
    } else if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') return null;
    else if (type === 'IDAT') data.push({ start: at + 8, length });
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  const opaque = colorType === 0 || colorType === 2 || colorType === 3;
  if (!opaque || bits > 8 || data.length === 0 || (colorType === 3 && palette === undefined)) return null;
  // The chunks' data, moved down over their headers in place: no copy of a large figure is made.
  let end = 0;
  const table = palette === undefined ? undefined : Buffer.from(palette);
  for (const chunk of data) end += bytes.copy(bytes, end, chunk.start, chunk.start + chunk.length);
  return { width, height, bits, colorType, palette: table, stream: bytes.subarray(0, end) };
}

function embedPng(document: ImageDocument, png: PngData, extra: Record<string, unknown>): { end(data?: Buffer): void } {
  const colors = png.colorType === 2 ? 3 : 1;
  let colorSpace: unknown = colors === 3 ? 'DeviceRGB' : 'DeviceGray';
  if (png.colorType === 3 && png.palette !== undefined) {
    const table = document.ref({});
    table.end(png.palette);
    colorSpace = ['Indexed', 'DeviceRGB', png.palette.length / 3 - 1, table];
  }
  const obj = document.ref({
    Type: 'XObject',
    Subtype: 'Image',
    BitsPerComponent: png.bits,
    Width: png.width,
    Height: png.height,
    ColorSpace: colorSpace,
    Filter: 'FlateDecode',
    DecodeParms: { Predictor: 15, Colors: colors, BitsPerComponent: png.bits, Columns: png.width },
    ...extra,
  });
  obj.end(png.stream);
  return obj;
}
