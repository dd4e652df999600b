// SVG and PDF figures (`![Figure](fig.pdf)`, as Pandoc and LaTeX projects
// write them) as PNG at print resolution, so both writers take them as any
// other image: SVG through sharp (librsvg), a PDF's first page through
// pdfjs-dist on its own canvas (@napi-rs/canvas). pdfkit cannot place another
// PDF's page or an SVG, and embedding one would bring its fonts and
// transparency past PDF/A's checks unseen; a 300 ppi raster prints as sharp
// as the page's other figures. White underneath, as on the page.
import { readFileSync } from 'node:fs';
import type { Sharp } from 'sharp';

type SharpModule = typeof import('sharp');

export interface Raster {
  readonly png: Buffer;
  readonly width: number;
  readonly height: number;
}

/** The scale that fits `width` × `height` (points) into `box` (pixels), never below 1 pixel per point. */
function fit(width: number, height: number, box: { readonly width: number; readonly height: number }): number {
  return Math.max(1, Math.min(box.width / width, box.height / height));
}

/** An SVG file drawn by librsvg at the size that fills `box`. */
export async function rasteriseSvg(sharp: SharpModule, path: string, box: { readonly width: number; readonly height: number }): Promise<Raster> {
  const open = (density?: number): Sharp => sharp(path, { failOn: 'error', ...(density === undefined ? {} : { density }) });
  const natural = await open().metadata();
  if (natural.width === undefined || natural.height === undefined) throw new Error('the SVG has no size');
  // librsvg draws at 72 dpi by default: one pixel per SVG unit.
  const density = Math.min(72 * fit(natural.width, natural.height, box), 2400);
  const { data, info } = await open(density).flatten({ background: '#ffffff' }).png().toBuffer({ resolveWithObject: true });
  return { png: data, width: info.width, height: info.height };
}

interface PdfjsCanvas {
  readonly canvas: { encode(format: 'png'): Promise<Buffer> };
  readonly context: { fillStyle: string; fillRect(x: number, y: number, w: number, h: number): void };
}

/** The first page of a PDF file (its crop box) drawn by pdfjs at the size that fills `box`. */
export async function rasterisePdf(path: string, box: { readonly width: number; readonly height: number }): Promise<Raster> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const data = new Uint8Array(readFileSync(path));
  const task = getDocument({ data, isEvalSupported: false, disableFontFace: true, verbosity: 0 });
  const doc = await task.promise;
  try {
    const page = await doc.getPage(1);
    const natural = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: fit(natural.width, natural.height, box) });
    const width = Math.max(1, Math.round(viewport.width));
    const height = Math.max(1, Math.round(viewport.height));
    // pdfjs's own canvas factory: the canvas package it was built against.
    const factory = (doc as unknown as { canvasFactory: { create(w: number, h: number): PdfjsCanvas } }).canvasFactory;
    const { canvas, context } = factory.create(width, height);
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    const parameters = { canvasContext: context, canvas, viewport } as unknown as Parameters<typeof page.render>[0];
    await page.render(parameters).promise;
    return { png: await canvas.encode('png'), width, height };
  } finally {
    await task.destroy();
  }
}
