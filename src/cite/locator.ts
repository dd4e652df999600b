// The locator at the start of a citation's suffix, read as Pandoc reads it:
// `, p. 3` → page 3; `, chap. 2, and passim` → chapter 2 plus the suffix
// `, and passim`; `, 12` → page 12 (a bare number is a page); `{…}` is taken
// verbatim (`p. {iv, 3}`).

export interface Locator {
  readonly locator?: string;
  /** A CSL locator label (`page`, `chapter`, …). */
  readonly label?: string;
  /** What is left of the suffix. */
  readonly suffix: string;
}

/** One number or range (`12`, `33a`, `33–35`, `xiv`); several joined by `,` or `&`. */
const NUMBERS = /^(?:\p{N}+[a-z]?|[ivxlcdm]+(?!\p{L}))(?:\s*[-–—]\s*(?:\p{N}+[a-z]?|[ivxlcdm]+(?!\p{L})))?/iu;
const JOINER = /^\s*[,&]\s*/;

export function parseLocator(suffix: string, terms: ReadonlyMap<string, string>): Locator {
  const rest = suffix.replace(/^,?\s*/, '');
  const labelled = readLabel(rest, terms);
  const label = labelled?.label ?? 'page';
  const afterLabel = labelled?.rest ?? rest;
  // Without a label only something that starts like a number is a locator.
  if (labelled === undefined && !/^[\p{N}{]/u.test(afterLabel)) return { suffix };
  const value = readValue(afterLabel);
  if (value === undefined) return { suffix };
  return { locator: value.locator, label, suffix: value.rest.replace(/\s+$/, '') };
}

/** The longest locator term at the start of `text`, then the spaces after it. */
function readLabel(text: string, terms: ReadonlyMap<string, string>): { label: string; rest: string } | undefined {
  const lower = text.toLowerCase();
  let best: { label: string; rest: string } | undefined;
  let bestLength = 0;
  for (const [term, label] of terms) {
    if (term.length <= bestLength || !lower.startsWith(term)) continue;
    const after = text.slice(term.length);
    // A whole word (`p.` and `§` end themselves; `page` must not be the start of `pages` or `paged`).
    if (/^\p{L}/u.test(after) && /\p{L}$/u.test(term)) continue;
    best = { label, rest: after.replace(/^\s+/, '') };
    bestLength = term.length;
  }
  return best;
}

function readValue(text: string): { locator: string; rest: string } | undefined {
  if (text.startsWith('{')) {
    const close = text.indexOf('}');
    if (close <= 1) return undefined;
    return { locator: text.slice(1, close), rest: text.slice(close + 1) };
  }
  const first = NUMBERS.exec(text);
  if (!first) return undefined;
  let locator = first[0];
  let rest = text.slice(locator.length);
  for (;;) {
    const joiner = JOINER.exec(rest);
    const next = joiner ? NUMBERS.exec(rest.slice(joiner[0].length)) : null;
    if (!joiner || !next) break;
    locator += joiner[0] + next[0];
    rest = rest.slice(joiner[0].length + next[0].length);
  }
  return { locator, rest };
}
