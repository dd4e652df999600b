// Offsets in the decoded manuscript → 1-based line:column, counted the way
// micromark counts them (UTF-16 code units), so our own diagnostics line up
// with the positions remark puts on nodes.

/** 1-based line and column, as in unist positions. */
export interface Point {
  readonly line: number;
  readonly column: number;
}

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // CR LF counts once, at the LF; a lone CR ends a line too (as in CommonMark).
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) this.starts.push(i + 1);
    }
  }

  /** The offset of a point, the inverse of point(). */
  offset(point: Point): number {
    return (this.starts[point.line - 1] ?? 0) + point.column - 1;
  }

  point(offset: number): Point {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 };
  }
}
