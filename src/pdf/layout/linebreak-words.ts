// What the items of a paragraph need whether or not it is hyphenated, worked
// out once per paragraph: each word's width (only known to be huge for a giant
// word), and which no-break spaces must give way because the words they tie
// are wider than the line.
import type { GroupToken, SpaceToken, Token } from './linebreak-tokens.ts';
import type { Measure, StyledRun } from './types.ts';

/** What measuring words needs from the item context. */
interface WordsContext {
  readonly runs: readonly StyledRun[];
  readonly measure: Measure;
  readonly narrowestLine: number;
}

// Guards against pathological input, not typography: a word longer than this
// many lines is giant, and measured only roughly.
export const GIANT_WORD_LINES = 4;
// Long texts are measured in slices of this many UTF-16 units when only their rough width matters.
const ESTIMATE_SLICE = 256;

/** Width of `text`, exact when short; past `limit` it only needs to be known to be larger. */
function roughWidth(text: string, run: StyledRun, measure: Measure, limit: number): number {
  if (text.length <= ESTIMATE_SLICE) return measure(text, run.font, run.size);
  let width = 0;
  for (let i = 0; i < text.length && width <= limit; i += ESTIMATE_SLICE) {
    width += measure(text.slice(i, i + ESTIMATE_SLICE), run.font, run.size);
  }
  return width;
}

/** A word's width, exact for ordinary words; only known to be huge for giant ones. */
function groupWidth(group: GroupToken, ctx: WordsContext): number {
  const giantWidth = GIANT_WORD_LINES * ctx.narrowestLine;
  let width = 0;
  for (const atom of group.atoms) {
    const run = ctx.runs[atom.run] as StyledRun;
    width += roughWidth(atom.kind === 'part' ? atom.text : run.text, run, ctx.measure, giantWidth);
    if (width > giantWidth) break;
  }
  return width;
}

export interface Ties {
  /** No-break spaces that may break, as a last resort. */
  readonly relaxed: Set<SpaceToken>;
  /** Words that get character breaks though each fits on a line. */
  readonly forcedWide: Set<GroupToken>;
}

/**
 * Words joined by no-break spaces into something wider than the line may be
 * parted there, as a last resort. The space before a note mark never breaks:
 * if such a chain is too wide, its words get character breaks instead.
 */
function overWideTies(tokens: readonly Token[], widths: ReadonlyMap<GroupToken, number>, ctx: WordsContext): Ties {
  const ties: Ties = { relaxed: new Set(), forcedWide: new Set() };
  // The current chain: groups[i] and groups[i + 1] are joined by spaces[i].
  let groups: { token: GroupToken; width: number }[] = [];
  let spaces: { token: SpaceToken; width: number }[] = [];
  let total = 0;
  const close = (): void => {
    if (spaces.length > 0 && total > ctx.narrowestLine) {
      let part: GroupToken[] = [];
      let partWidth = 0;
      const closePart = (): void => {
        if (partWidth > ctx.narrowestLine) for (const group of part) ties.forcedWide.add(group);
        part = [];
        partWidth = 0;
      };
      groups.forEach((group, i) => {
        const before = spaces[i - 1];
        if (before !== undefined && group.token.atoms[0]?.kind !== 'note') {
          ties.relaxed.add(before.token);
          closePart();
        }
        partWidth += group.width + (part.length > 0 ? (before?.width ?? 0) : 0);
        part.push(group.token);
      });
      closePart();
    }
    groups = [];
    spaces = [];
    total = 0;
  };
  for (const token of tokens) {
    if (token.kind === 'group') {
      const width = widths.get(token) as number;
      groups.push({ token, width });
      total += width;
    } else if (token.kind === 'space' && !token.breakable) {
      const run = ctx.runs[token.run] as StyledRun;
      const width = ctx.measure(token.text, run.font, run.size);
      spaces.push({ token, width });
      total += width;
    } else close();
  }
  close();
  return ties;
}

/** What the items of a paragraph need whether or not it is hyphenated: its words' widths and its ties. */
export interface Words {
  readonly measure: Measure;
  readonly narrowestLine: number;
  readonly widths: ReadonlyMap<GroupToken, number>;
  readonly ties: Ties;
}

// The breaker builds items twice for most paragraphs (without, then with
// hyphenation) from the same tokens: their words are measured once.
const wordsOfTokens = new WeakMap<readonly Token[], Words>();

export function wordsOf(tokens: readonly Token[], ctx: WordsContext): Words {
  const known = wordsOfTokens.get(tokens);
  if (known !== undefined && known.measure === ctx.measure && known.narrowestLine === ctx.narrowestLine) return known;
  const widths = new Map<GroupToken, number>();
  for (const token of tokens) if (token.kind === 'group') widths.set(token, groupWidth(token, ctx));
  const words: Words = { measure: ctx.measure, narrowestLine: ctx.narrowestLine, widths, ties: overWideTies(tokens, widths, ctx) };
  wordsOfTokens.set(tokens, words);
  return words;
}

