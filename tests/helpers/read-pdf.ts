// Reads a finished PDF back with pdfjs-dist for tests: links, destinations,
// the outline and each page's items with their fonts; and compares text the
// way `galley check` does, with its code (src/check/pdf), not a copy.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readTextLayer } from '../../src/check/pdf/layer.ts';
import type { Role } from '../../src/check/pdf/layer.ts';
import { missingPassages } from '../../src/check/pdf/text-layer.ts';
import { layerStream, units } from '../../src/check/pdf/words.ts';

export interface TextItem {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  /** Rendered font size (from the text matrix). */
  readonly size: number;
  readonly width: number;
  readonly fontName: string;
}

export interface PdfPage {
  readonly number: number;
  /** Height of the page in points; item `y` counts up from the page's foot. */
  readonly height: number;
  readonly items: readonly TextItem[];
  /** The page's text in reading order, items joined with their own spacing. */
  readonly text: string;
}

export interface PdfLink {
  readonly page: number;
  /** An external URL. */
  readonly url?: string;
  /** A named destination in the document. */
  readonly dest?: string;
}

export interface PdfReadBack {
  readonly pages: readonly PdfPage[];
  readonly links: readonly PdfLink[];
  /** Names of the document's named destinations. */
  readonly destinations: ReadonlySet<string>;
  readonly info: Record<string, unknown>;
  readonly outline: readonly { title: string }[];
}

export async function readPdf(bytes: Uint8Array): Promise<PdfReadBack> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages: PdfPage[] = [];
  const links: PdfLink[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    for (const annotation of (await page.getAnnotations()) as { subtype: string; url?: string; dest?: unknown }[]) {
      if (annotation.subtype !== 'Link') continue;
      links.push({
        page: n,
        ...(annotation.url !== undefined ? { url: annotation.url } : {}),
        ...(typeof annotation.dest === 'string' ? { dest: annotation.dest } : {}),
      });
    }
    const content = await page.getTextContent();
    const items: TextItem[] = [];
    let text = '';
    for (const raw of content.items) {
      if (!('str' in raw)) continue;
      const [a = 0, b = 0, , , x = 0, y = 0] = raw.transform as number[];
      items.push({ str: raw.str, x, y, size: Math.hypot(a, b), width: raw.width, fontName: raw.fontName });
      text += raw.str + (raw.hasEOL ? '\n' : '');
    }
    pages.push({ number: n, height: page.view[3] ?? 0, items, text });
  }
  const metadata = await pdf.getMetadata();
  const outline = ((await pdf.getOutline()) ?? []).map((o) => ({ title: o.title }));
  const destinations = new Set(Object.keys(await pdf.getDestinations()));
  await pdf.destroy();
  return { pages, links, destinations, info: metadata.info as Record<string, unknown>, outline };
}

/**
 * Whether the `expected` text is all in `layer`, in order, other text allowed
 * between (notes, running heads): "all found", or the first passage missing.
 * The comparison is `galley check`'s own (src/check/pdf): words reduced to
 * letters and digits, characters in scripts without spaces, aligned as a whole.
 */
export function inOrder(layer: readonly string[], expected: string | readonly string[]): string {
  const wanted = units(typeof expected === 'string' ? expected : expected.join(' '));
  const [first] = missingPassages(wanted, layer);
  return first === undefined ? 'all found' : `missing from word ${first.from + 1} of ${wanted.length}: ${wanted.slice(first.from, Math.min(first.to, first.from + 8)).join(' ')}`;
}

/** The words of a text, as `galley check` compares them; a word hyphenated at a line end is one word. */
export const textUnits = (text: string): string[] => units(text.replace(/[-\u00ad]\n/gu, ''));

/** The words of a PDF's text layer as `galley check` reads it: roles from its tags, running heads and folios left out. */
export async function layerUnits(bytes: Uint8Array, roles: readonly Role[] = ['body', 'note', 'label', 'mark']): Promise<string[]> {
  return layerStream(await readTextLayer(bytes), new Set(roles)).units;
}

export { readTextLayer };
