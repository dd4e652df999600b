// A figure's printed size: its file's own size by default (the measure where
// nothing read it); as its attributes ask, the aspect ratio kept; never wider
// than the measure nor taller than the theme allows.
import { describe, expect, it } from 'vitest';
import type { ImageSize } from '../../../../src/document.ts';
import { figureSize } from '../../../../src/pdf/layout/blocks/figure-size.ts';

const room = { measure: 300, textHeight: 500, maxHeight: 300, em: 10 };
/** A picture twice as wide as it is tall. */
const wide = (size?: ImageSize) => ({ width: 400, height: 200, ...(size ? { size } : {}) });

describe('figureSize', () => {
  it('fills the measure when nothing is asked, and takes no more height than the theme allows', () => {
    expect(figureSize(wide(), room)).toEqual({ width: 300, height: 150 });
    expect(figureSize({ width: 100, height: 400 }, room)).toEqual({ width: 75, height: 300 });
  });

  it('takes the size the file asks for when the manuscript asks none, within the measure and the theme\'s height', () => {
    expect(figureSize({ ...wide(), natural: { width: 120, height: 60 } }, room)).toEqual({ width: 120, height: 60 });
    expect(figureSize({ ...wide(), natural: { width: 900, height: 450 } }, room)).toEqual({ width: 300, height: 150 });
    expect(figureSize({ width: 100, height: 400, natural: { width: 200, height: 800 } }, room)).toEqual({ width: 75, height: 300 });
    // What the manuscript asks for wins over the file.
    expect(figureSize({ ...wide({ width: { value: 50, unit: '%' } }), natural: { width: 40, height: 20 } }, room)).toEqual({ width: 150, height: 75 });
  });

  it('takes a width in % of the measure, in points or in ems, the height following', () => {
    expect(figureSize(wide({ width: { value: 50, unit: '%' } }), room)).toEqual({ width: 150, height: 75 });
    expect(figureSize(wide({ width: { value: 72, unit: 'pt' } }), room)).toEqual({ width: 72, height: 36 });
    expect(figureSize(wide({ width: { value: 4, unit: 'em' } }), room)).toEqual({ width: 40, height: 20 });
  });

  it('takes a height in % of the text block, the width following', () => {
    expect(figureSize(wide({ height: { value: 10, unit: '%' } }), room)).toEqual({ width: 100, height: 50 });
  });

  it('given both, fits the picture inside them, its aspect kept', () => {
    expect(figureSize(wide({ width: { value: 200, unit: 'pt' }, height: { value: 50, unit: 'pt' } }), room)).toEqual({ width: 100, height: 50 });
    expect(figureSize(wide({ width: { value: 100, unit: 'pt' }, height: { value: 200, unit: 'pt' } }), room)).toEqual({ width: 100, height: 50 });
  });

  it('is never wider than the measure nor taller than the theme allows, whatever is asked', () => {
    expect(figureSize(wide({ width: { value: 150, unit: '%' } }), room)).toEqual({ width: 300, height: 150 });
    expect(figureSize(wide({ width: { value: 2000, unit: 'pt' } }), room)).toEqual({ width: 300, height: 150 });
    expect(figureSize({ width: 100, height: 400, size: { height: { value: 90, unit: '%' } } }, room)).toEqual({ width: 75, height: 300 });
  });
});
