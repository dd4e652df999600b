// Offsets → line:column as remark counts them, so a warning points at the
// character the author wrote, whatever the file's line endings.
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/util/position.ts';

describe('LineIndex', () => {
  it('counts lines and 1-based columns', () => {
    const index = new LineIndex('ab\ncd\n\nef');
    expect(index.point(0)).toEqual({ line: 1, column: 1 });
    expect(index.point(4)).toEqual({ line: 2, column: 2 });
    expect(index.point(7)).toEqual({ line: 4, column: 1 });
  });

  it('counts CR LF as one line end and a lone CR as one too', () => {
    const crlf = new LineIndex('ab\r\ncd');
    expect(crlf.point(4)).toEqual({ line: 2, column: 1 });
    const cr = new LineIndex('ab\rcd');
    expect(cr.point(3)).toEqual({ line: 2, column: 1 });
  });

  it('counts columns in UTF-16 code units, as micromark does', () => {
    // The emoji is two code units: "x" after it is column 3.
    expect(new LineIndex('😀x').point(2)).toEqual({ line: 1, column: 3 });
  });

  it('gives back the offset of a point, for every character of a text with CR LF and lone CR endings', () => {
    const text = 'ab\r\ncd\ne\rfg';
    const index = new LineIndex(text);
    for (let offset = 0; offset < text.length; offset++) {
      if (text[offset] === '\n' && text[offset - 1] === '\r') continue;
      expect(index.offset(index.point(offset))).toBe(offset);
    }
  });
});
