// The article's images, from the files saved with the page only (never the
// network): PNG and JPEG are written as they are, other formats a browser
// shows (WebP, GIF, SVG, AVIF) are converted to PNG; an image that is not in
// the saved files, or cannot be decoded, is a located warning and its figure
// keeps only its caption (the alt text).
import type { Diagnostic } from '../diagnostics.ts';
import type { PageImage } from './dom.ts';
import type { Resource, SavedPage } from './page.ts';

/** A written image keeps the saved resource it came from, which the archival PDF embeds as it was. */
export type ImageOutcome = { readonly file: string; readonly bytes: Buffer; readonly original: Resource } | { readonly missing: true };

function formatOf(bytes: Buffer): 'png' | 'jpg' | undefined {
  if (bytes.length > 8 && bytes.readUInt32BE(0) === 0x89504e47) return 'png';
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  return undefined;
}

/** A PNG of an image in a format the PDF cannot carry, or undefined when it cannot be decoded. */
async function toPng(bytes: Buffer): Promise<Buffer | undefined> {
  const { createCanvas, loadImage } = await import('@napi-rs/canvas');
  try {
    const image = await loadImage(bytes);
    if (image.width < 1 || image.height < 1) return undefined;
    const canvas = createCanvas(image.width, image.height);
    canvas.getContext('2d').drawImage(image, 0, 0);
    return await canvas.encode('png');
  } catch {
    return undefined;
  }
}

/** Resolves the images the article uses (by index), named `<stem>-<n>.<ext>`. */
export async function resolveImages(
  used: readonly number[],
  images: readonly PageImage[],
  page: SavedPage,
  stem: string,
): Promise<{ outcomes: Map<number, ImageOutcome>; diagnostics: Diagnostic[] }> {
  const outcomes = new Map<number, ImageOutcome>();
  const diagnostics: Diagnostic[] = [];
  const where = page.kind === 'html' ? '' : ' (line and column in its HTML)';
  let n = 0;
  for (const index of used) {
    const image = images[index];
    if (image === undefined || outcomes.has(index)) continue;
    const warn = (message: string): void => {
      diagnostics.push({ severity: 'warning', file: page.path, line: image.line, column: image.column, message: `${message}${where}; the figure keeps its caption only` });
      outcomes.set(index, { missing: true });
    };
    if (image.resource === undefined) {
      warn(`image ${image.reference} is not in the saved files`);
      continue;
    }
    const format = formatOf(image.resource.bytes);
    const bytes = format !== undefined ? image.resource.bytes : await toPng(image.resource.bytes);
    if (bytes === undefined) {
      warn(`image ${image.reference} cannot be decoded (${image.resource.type ?? 'unknown format'})`);
      continue;
    }
    n++;
    outcomes.set(index, { file: `${stem}-${n}.${format ?? 'png'}`, bytes, original: image.resource });
  }
  return { outcomes, diagnostics };
}
