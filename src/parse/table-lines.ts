// What Pandoc's simple and multiline tables share, read from the manuscript's
// lines before the parse: which lines are fenced code or front matter (no
// table there), where a block may open, and a column's alignment from where its
// header stands over its dashes.

const FENCE = /^ {0,3}(`{3,}|~{3,})/u;
const FRONT_MATTER_OPEN = /^---[ \t]*\r?$/u;
const FRONT_MATTER_CLOSE = /^(?:---|\.\.\.)[ \t]*\r?$/u;

/** Lines taken by the YAML front matter at the manuscript's start, fences included; 0 without one. */
export function frontMatterLength(lines: readonly string[]): number {
  if (!FRONT_MATTER_OPEN.test(lines[0] ?? '')) return 0;
  const close = lines.findIndex((line, i) => i > 0 && FRONT_MATTER_CLOSE.test(line));
  return close < 0 ? 0 : close + 1;
}

/** Whether a block may open at line `i`: the first line, after a blank line, or right after the front matter. */
export function opensBlock(lines: readonly string[], i: number, frontMatter: number): boolean {
  return i === 0 || i === frontMatter || (lines[i - 1] as string).trim() === '';
}

export type ColumnAlign = 'left' | 'right' | 'center' | null;

/** For each line, whether it opens, closes or lies in fenced code, or is front matter (`frontMatter` lines). */
export function fencedLines(lines: readonly string[], frontMatter: number): boolean[] {
  let fence: string | null = null;
  return lines.map((line, i) => {
    if (i < frontMatter) return true;
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
