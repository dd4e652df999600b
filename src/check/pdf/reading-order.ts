// A text layer's items back in reading order, line by line: a PDF draws
// right-to-left words (Arabic, Hebrew) in visual order, left to right. A line
// is read in its paragraph's base direction (Unicode Bidi Algorithm P2/P3: the
// paragraph's first strong character), which the geometry of one line cannot
// tell: "TypeShadow هو تطبيق" set left to right and "هو تطبيق TypeShadow" set
// right to left are drawn alike. So a line with both directions is read both
// ways and the reading whose word pairs the manuscript has more of is taken;
// without a manuscript, or when both have as many, a line mostly in a
// right-to-left script reads from the right.
import { RTL_LETTER } from '../../document/direction.ts';
import type { TextItem } from './layer.ts';

/** Adjacent word pairs of a text, to tell a line's true reading from its mirror image. */
export type WordPairs = ReadonlySet<string>;

const pairKey = (a: string, b: string): string => `${a}\u0000${b}`;

/** The pairs of adjacent units in `units`. */
export function wordPairs(units: readonly string[]): WordPairs {
  const pairs = new Set<string>();
  for (let i = 1; i < units.length; i++) pairs.add(pairKey(units[i - 1] as string, units[i] as string));
  return pairs;
}

type Strength = 'rtl' | 'ltr' | 'neutral';
const strength = (item: TextItem): Strength => (RTL_LETTER.test(item.str) ? 'rtl' : /[\p{L}\p{N}]/u.test(item.str) ? 'ltr' : 'neutral');

const DIGITS_ONLY = /^[^\p{L}]*$/u;

/**
 * Reverses every run of items whose strength is `kind`, with the neutral items
 * between two of them; but two numbers (items with no letter) are never one
 * run: in right-to-left text the Unicode Bidirectional Algorithm sets them
 * apart, each read on its own ("3-1" after Persian letters is drawn "1-3",
 * rule W2, and "1990 2000" is drawn "2000 1990").
 */
function reverseRuns(items: TextItem[], kind: Strength): TextItem[] {
  const out: TextItem[] = [];
  for (let i = 0; i < items.length; ) {
    if (strength(items[i] as TextItem) !== kind) {
      out.push(items[i++] as TextItem);
      continue;
    }
    let end = i;
    for (let j = i + 1; j < items.length; j++) {
      const s = strength(items[j] as TextItem);
      const numbersApart = DIGITS_ONLY.test((items[end] as TextItem).str) && DIGITS_ONLY.test((items[j] as TextItem).str);
      if (s === kind && !numbersApart) end = j;
      else if (s !== 'neutral') break;
    }
    out.push(...items.slice(i, end + 1).reverse());
    i = end + 1;
  }
  return out;
}

/**
 * `items` in reading order, line by line. `pairs`, the manuscript's word
 * pairs, and `unitsOf`, how an item's text is cut into the units they pair,
 * choose between a line's two readings.
 */
export function logicalOrder(items: readonly TextItem[], pairs?: WordPairs, unitsOf?: (text: string) => string[]): TextItem[] {
  if (!items.some((item) => RTL_LETTER.test(item.str))) return [...items];
  const out: TextItem[] = [];
  for (let start = 0; start < items.length; ) {
    let end = start + 1;
    while (end < items.length && Math.abs((items[end] as TextItem).y - (items[start] as TextItem).y) <= (items[start] as TextItem).size / 2) end++;
    const line = items.slice(start, end);
    const letters = (pattern: RegExp): number => line.reduce((n, item) => n + (item.str.match(pattern) ?? []).length, 0);
    const fromRight = reverseRuns([...line].reverse(), 'ltr');
    const fromLeft = reverseRuns(line, 'rtl');
    const mostlyRtl = letters(new RegExp(RTL_LETTER.source, 'gu')) > letters(/[\p{L}\p{N}]/gu) / 2;
    let rtl = mostlyRtl;
    if (pairs !== undefined && unitsOf !== undefined) {
      // Scored with the unit before the line, so a short line is told by how it goes on from the last.
      const before = out.length > 0 ? unitsOf((out[out.length - 1] as TextItem).str).slice(-1) : [];
      const score = (order: readonly TextItem[]): number => {
        const seq = [...before, ...order.flatMap((item) => unitsOf(item.str))];
        let n = 0;
        for (let i = 1; i < seq.length; i++) if (pairs.has(pairKey(seq[i - 1] as string, seq[i] as string))) n++;
        return n;
      };
      const [right, left] = [score(fromRight), score(fromLeft)];
      if (right !== left) rtl = right > left;
    }
    out.push(...(rtl ? fromRight : fromLeft));
    start = end;
  }
  return out;
}
