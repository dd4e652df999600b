// Where a URL (or code, or a word wider than the line) may break, by the
// Chicago Manual of Style (17th ed., 7.42): after a colon or a double slash;
// before a single slash, a tilde, a period, a comma, a hyphen, an underline, a
// question mark, a number sign or a percent symbol; before or after an equals
// sign or an ampersand. Nothing is added at such a break.

const BREAK_BEFORE = new Set(['/', '~', '.', ',', '-', '_', '?', '#', '%']);
const BREAK_AROUND = new Set(['=', '&']);
/** Brackets and quotes before a URL, as in "(http://…": never left alone at a line's end. */
const LEADING = /[\p{Ps}\p{Pi}"']/u;
/** Punctuation after a URL, as in "…org/)." : never left alone at a line's start. */
const TRAILING = /[\p{Pe}\p{Pf},.;:!?…"']/u;
// A URL broken just before its end would open the next line with a scrap: "/)" or "-3".
const MIN_TAIL = 3;

/** Characters that may give a URL break; most words have none. */
export const URL_BREAK_CHARACTERS = /[/~.,\-_?#%=&:]/u;

/**
 * Offsets in `text` (0 < offset < length) where a line may end, ascending.
 * `inUrl(i)` says whether character i belongs to the URL or code (the rest of
 * the word, say a bracket in prose, gives no break); brackets and punctuation
 * around the URL are never parted from it. `inCode(i)` says whether character
 * i is code, where a comma ends a line instead of opening one
 * (identifier-breaks.ts breaks after it, as code formatters do).
 */
export function urlBreakPositions(
  text: string,
  inUrl: (index: number) => boolean = () => true,
  inCode: (index: number) => boolean = () => false,
): number[] {
  let start = 0;
  while (start < text.length && LEADING.test(text[start] as string)) start += 1;
  let end = text.length;
  while (end > start && TRAILING.test(text[end - 1] as string)) end -= 1;
  const positions: number[] = [];
  const add = (pos: number): void => {
    if (pos <= start || pos > end - MIN_TAIL) return;
    if (positions[positions.length - 1] !== pos) positions.push(pos);
  };
  for (let i = start; i < end; i += 1) {
    if (!inUrl(i)) continue;
    const ch = text[i] as string;
    const prev = text[i - 1];
    const next = text[i + 1];
    // Before: a single slash (not one of "//"), or the first of a repeated mark.
    if (BREAK_BEFORE.has(ch) && prev !== ch && !(ch === '/' && next === '/') && !(ch === ',' && inCode(i))) add(i);
    if (BREAK_AROUND.has(ch)) {
      if (prev !== ch) add(i);
      if (next !== ch) add(i + 1);
    }
    // After: a double slash, or a colon not followed by one ("https:" stays with its "//").
    if (ch === '/' && prev === '/' && next !== '/') add(i + 1);
    if (ch === ':' && next !== '/') add(i + 1);
  }
  return positions;
}
