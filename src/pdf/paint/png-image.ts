// Opaque, non-interlaced PNGs go into the PDF as they are: their compressed
// data (the IDAT chunks) is the image XObject's stream, with the PNG predictor
// declared, as PDF allows. pdfkit's own PNG reader (png-js) copies that data
// one byte at a time into a JavaScript array, some 30 bytes of heap per byte of
// file; eight full-page figures took over 250 MB. Anything else (alpha,
// transparency, interlacing, 16 bits) is left to pdfkit, which must decode it.
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

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The image as a pass-through XObject, or null when pdfkit must decode it. */
export function passThroughPng(path: string, label: string): PassThroughImage | null {
  const bytes = readFileSync(path);
  if (!bytes.subarray(0, 8).equals(SIGNATURE)) return null;
  let width = 0;
  let height = 0;
  let bits = 0;
  let colorType = -1;
  let palette: Buffer | undefined;
  const data: Buffer[] = [];
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
    else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  const colors = colorType === 0 || colorType === 3 ? 1 : colorType === 2 ? 3 : 0;
  if (colors === 0 || bits > 8 || data.length === 0 || (colorType === 3 && palette === undefined)) return null;
  const stream = Buffer.concat(data);
  return {
    width,
    height,
    label,
    obj: null,
    embed(document) {
      let colorSpace: unknown = colors === 3 ? 'DeviceRGB' : 'DeviceGray';
      if (colorType === 3 && palette !== undefined) {
        const table = document.ref({});
        table.end(palette);
        colorSpace = ['Indexed', 'DeviceRGB', palette.length / 3 - 1, table];
      }
      const obj = document.ref({
        Type: 'XObject',
        Subtype: 'Image',
        BitsPerComponent: bits,
        Width: width,
        Height: height,
        ColorSpace: colorSpace,
        Filter: 'FlateDecode',
        DecodeParms: { Predictor: 15, Colors: colors, BitsPerComponent: bits, Columns: width },
      });
      obj.end(stream);
      this.obj = obj;
    },
  };
}
