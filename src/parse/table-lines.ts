// What Pandoc's simple and multiline tables share, read from the manuscript's
// lines before the parse: which lines are fenced code (no table there), and a
// column's alignment from where its header stands over its dashes.

const FENCE = /^ {0,3}(`{3,}|~{3,})/u;

export type ColumnAlign = 'left' | 'right' | 'center' | null;

/** For each line, whether it opens, closes or lies in fenced code. */
export function fencedLines(lines: readonly string[]): boolean[] {
  let fence: string | null = null;
  return lines.map((line) => {
    const opening = FENCE.exec(line)?.[1];
    if (opening !== undefined && (fence === null || opening.startsWith(fence))) {
      fence = fence === null ? (opening[0] as string).repeat(3) : null;
      return true;
    }
    return fence !== null;
  });
}

/**
 * Pandoc's rule: text flush with both ends of its dashes, the default; with
 * the right end only, right; with the left only, left; with neither, centred.
 */
export function columnAlignment(line: string, start: number, end: number): ColumnAlign {
  const flushLeft = line[start] !== undefined && line[start] !== ' ';
  const flushRight = line[end - 1] !== undefined && line[end - 1] !== ' ' && line[end - 1] !== '\r';
  if (flushLeft && flushRight) return null;
  if (flushRight) return 'right';
  if (flushLeft) return 'left';
  return 'center';
}
