// The printer's sheet around a trimmed page: how large the PDF page is, where
// the trimmed page sits on it, its bleed, and where crop marks go. The inside
// edge is bound, so bleed is added at the top, the bottom and the outside
// edge only (right on a recto, left on a verso), as KDP and IngramSpark ask.
import type { PrintSettings } from '../../theme/types.ts';
import type { Box } from './pdfkit.ts';

export interface Mark {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface Sheet {
  /** The MediaBox. */
  readonly width: number;
  readonly height: number;
  /** The finished page on the sheet; the page model's origin is its top-left corner. */
  readonly trim: Box;
  readonly bleed: Box;
  readonly marks: readonly Mark[];
  readonly markThickness: number;
}

export function printSheet(pageNumber: number, print: PrintSettings): Sheet {
  const { width, height } = print.trim;
  const b = print.bleed;
  const recto = pageNumber % 2 === 1;
  const marks = print.cropMarks;
  // With marks the sheet is a frame wide enough for them on every side; without, it is the bleed box.
  const slug = marks.enabled ? marks.offset + marks.length : 0;
  const trim: Box = marks.enabled
    ? { x: slug, y: slug, width, height }
    : { x: recto ? 0 : b, y: b, width, height };
  const bleed: Box = { x: recto ? trim.x : trim.x - b, y: trim.y - b, width: width + b, height: height + 2 * b };
  return {
    width: marks.enabled ? width + 2 * slug : width + b,
    height: marks.enabled ? height + 2 * slug : height + 2 * b,
    trim,
    bleed,
    marks: marks.enabled ? cropMarks(trim, marks.offset, marks.length) : [],
    markThickness: marks.thickness,
  };
}

/** Two marks at each corner of the trim, continuing its edges outwards, clear of the bleed. */
function cropMarks(trim: Box, offset: number, length: number): Mark[] {
  const marks: Mark[] = [];
  for (const [x, dx] of [[trim.x, -1], [trim.x + trim.width, 1]] as const) {
    for (const [y, dy] of [[trim.y, -1], [trim.y + trim.height, 1]] as const) {
      marks.push({ x1: x + dx * offset, y1: y, x2: x + dx * (offset + length), y2: y });
      marks.push({ x1: x, y1: y + dy * offset, x2: x, y2: y + dy * (offset + length) });
    }
  }
  return marks;
}
