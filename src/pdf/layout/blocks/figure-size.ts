// The size a figure's image is printed at: what the manuscript asks for
// (Pandoc's `{width=50%}`, `{height=4cm}`: parse/image-size.ts), else the
// size the file asks for (its pixels at its resolution, 96 to the inch when it
// declares none: parse/image-header.ts), as Pandoc's LaTeX, Typst and a
// browser print it; a 200-pixel diagram is not blown up to the measure. The aspect ratio is always kept: given one length, the other
// follows; given both, the image fits inside them, as Pandoc's LaTeX sets it
// (`keepaspectratio`). Never wider than the measure, nor taller than the
// theme's share of the text block (figure.maxHeight), so that a figure
// always fits a page with its caption.
import type { ImageLength, ImageRef } from '../../../document.ts';

export interface FigureRoom {
  /** The text's measure: a width of 100%. */
  readonly measure: number;
  /** The text block's height: a height of 100%. */
  readonly textHeight: number;
  /** The tallest an image may be (the theme's share of the text block). */
  readonly maxHeight: number;
  /** The body text's size: one em. */
  readonly em: number;
}

export function figureSize(image: Pick<ImageRef, 'width' | 'height' | 'size' | 'natural'>, room: FigureRoom): { width: number; height: number } {
  const aspect = image.height / image.width;
  const length = (written: ImageLength | undefined, whole: number): number | undefined => {
    if (written === undefined) return undefined;
    return written.unit === '%' ? (written.value / 100) * whole : written.unit === 'em' ? written.value * room.em : written.value;
  };
  const asked = { width: length(image.size?.width, room.measure), height: length(image.size?.height, room.textHeight) };
  let width = Math.min(asked.width ?? Infinity, asked.height === undefined ? Infinity : asked.height / aspect);
  if (width === Infinity) width = image.natural?.width ?? room.measure;
  width = Math.min(width, room.measure, room.maxHeight / aspect);
  return { width, height: width * aspect };
}
