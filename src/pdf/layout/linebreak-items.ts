// Styled runs → Knuth–Plass items. One box per piece of a word that can end up
// drawn on its own, measured so that an unbroken word costs exactly its whole
// measured width (kerning and ligatures intact) and a broken one its
// prefix-plus-hyphen and suffix widths.
import type { Hyphenator, HyphenationLimits } from './hyphenate.ts';
import { hyphenationPoints } from './hyphenate.ts';
import type { KPBox, KPGlue, KPPenalty } from './linebreak-kp.ts';
import { INFINITE_PENALTY } from './linebreak-kp.ts';
import type { BreakTuning } from './linebreak-tuning.ts';
import type { Measure, StyledRun } from './types.ts';

export interface BoxItem extends KPBox {
  readonly run: number;
  /** Exactly the text drawn for this box. */
  readonly text: string;
  /** Words of the visible text that start before this box (see LineBox.wordIndex). */
  readonly wordsBefore: number;
}

export interface GlueItem extends KPGlue {
  readonly run: number;
  /** The space drawn: U+0020, or the no-break space the text had. */
  readonly text: string;
  /** The font's stretch and shrink, whether or not the paragraph is justified. */
  readonly fontStretch: number;
  readonly fontShrink: number;
}

export interface PenaltyItem extends KPPenalty {
  /** Taking this break draws a hyphen at the end of the line. */
  readonly hyphen: boolean;
}

export type Item = BoxItem | GlueItem | PenaltyItem;

// ---- Tokens: words (groups of run pieces with no space between), spaces, forced breaks.

interface PartAtom {
  readonly kind: 'part';
  readonly run: number;
  /** The run's text for this piece, soft hyphens removed. */
  readonly text: string;
  /** Offsets in `text` where the author put a soft hyphen. */
  readonly softHyphens: readonly number[];
  readonly wordsBefore: number;
  readonly startsWord: boolean;
}

interface NoteAtom {
  readonly kind: 'note';
  readonly run: number;
  readonly wordsBefore: number;
}

type Atom = PartAtom | NoteAtom;

interface GroupToken {
  readonly kind: 'group';
  readonly atoms: Atom[];
}

interface SpaceToken {
  readonly kind: 'space';
  readonly run: number;
  text: string;
  breakable: boolean;
}

interface NewlineToken {
  readonly kind: 'newline';
}

export type Token = GroupToken | SpaceToken | NewlineToken;

const SOFT_HYPHEN = '\u00AD';
const NO_BREAK_SPACE = /[\u00A0\u2007\u202F]/u;
const WHITESPACE_CHUNKS = /(\s+)/u;
const WHITESPACE = /\s/u;

/**
 * Splits runs into words, spaces and forced breaks. Whitespace follows
 * `words()` in src/text.ts (JavaScript \s), counted over the text of the runs
 * that are not note marks; a note mark never starts a line.
 */
export function tokenize(runs: readonly StyledRun[]): Token[] {
  const tokens: Token[] = [];
  let wordCount = 0;
  let afterSpace = true;
  const last = (): Token | undefined => tokens[tokens.length - 1];

  runs.forEach((run, index) => {
    if (run.text.length === 0) return;
    if (run.noteRef !== undefined) {
      const atom: NoteAtom = { kind: 'note', run: index, wordsBefore: wordCount };
      const prev = last();
      if (prev?.kind === 'group') prev.atoms.push(atom);
      else {
        // The mark stays with the word before it, across any space.
        if (prev?.kind === 'space') prev.breakable = false;
        tokens.push({ kind: 'group', atoms: [atom] });
      }
      return;
    }
    for (const chunk of run.text.split(WHITESPACE_CHUNKS)) {
      if (chunk.length === 0) continue;
      const prev = last();
      if (WHITESPACE.test(chunk)) {
        afterSpace = true;
        if (chunk.includes('\n')) {
          if (prev?.kind === 'space') tokens.pop();
          if (last()?.kind !== 'newline') tokens.push({ kind: 'newline' });
        } else if (prev?.kind === 'space') {
          const noBreak = NO_BREAK_SPACE.exec(chunk);
          if (noBreak !== null && prev.breakable) {
            prev.breakable = false;
            prev.text = noBreak[0];
          }
        } else if (prev?.kind !== 'newline') {
          const noBreak = NO_BREAK_SPACE.exec(chunk);
          tokens.push({ kind: 'space', run: index, text: noBreak?.[0] ?? ' ', breakable: noBreak === null });
        }
        continue;
      }
      const softHyphens: number[] = [];
      let text = '';
      for (const ch of chunk) {
        if (ch === SOFT_HYPHEN) softHyphens.push(text.length);
        else text += ch;
      }
      const startsWord = afterSpace;
      const wordsBefore = wordCount;
      // Counted even when nothing is left to draw, as words() counts it.
      if (startsWord) wordCount += 1;
      afterSpace = false;
      if (text.length === 0) continue;
      const atom: PartAtom = { kind: 'part', run: index, text, softHyphens, wordsBefore, startsWord };
      if (prev?.kind === 'group') prev.atoms.push(atom);
      else tokens.push({ kind: 'group', atoms: [atom] });
    }
  });

  while (tokens[0] !== undefined && tokens[0].kind !== 'group') tokens.shift();
  while (tokens.length > 0 && last()?.kind !== 'group') tokens.pop();
  return tokens;
}

// ---- Break opportunities inside a word.

type BreakKind = 'char' | 'url' | 'dash' | 'hyphen';

interface InnerBreak {
  readonly kind: BreakKind;
  readonly cost: number;
}

/** A part of a word, placed in the word's visible text. */
interface Piece {
  readonly part: PartAtom;
  readonly run: StyledRun;
  readonly start: number;
  /** Breaks after offsets of `part.text`, created on the first one. */
  breaks: Map<number, InnerBreak> | null;
  /** The atom after this piece is a part too, so a break may fall at its end. */
  readonly openEnd: boolean;
}

const DASHES = new Set(['-', '\u2010', '\u2013', '\u2014']);
const URL_BREAK_AFTER = new Set(['/', '.', '-', '_', '?', '&', '=']);
const COMBINING = /^\p{M}/u;
// Every combining mark is at or above U+0300: below it, no test is needed.
const FIRST_COMBINING = 0x300;

// Guards against pathological input, not typography. A word longer than this
// many lines gets character breaks only every 1/CHAR_BREAKS_PER_LINE of a line,
// which keeps Knuth–Plass linear in the word's length.
const GIANT_WORD_LINES = 4;
const CHAR_BREAKS_PER_LINE = 16;
// Long texts are measured in slices of this many UTF-16 units when only their rough width matters.
const ESTIMATE_SLICE = 256;

/**
 * End of the grapheme starting at `pos`, near enough: a code point and the
 * combining marks on it. Written as a loop: a giant word has 200,000 of them.
 */
function clusterEnd(text: string, pos: number): number {
  let end = pos + ((text.codePointAt(pos) as number) > 0xffff ? 2 : 1);
  while (end < text.length) {
    const code = text.codePointAt(end) as number;
    if (code < FIRST_COMBINING || !COMBINING.test(String.fromCodePoint(code))) break;
    end += code > 0xffff ? 2 : 1;
  }
  return end;
}

export interface ItemContext {
  readonly runs: readonly StyledRun[];
  readonly measure: Measure;
  readonly justify: boolean;
  readonly tuning: BreakTuning;
  /** Null: no pattern hyphenation in this pass. */
  readonly hyphenator: Hyphenator | null;
  readonly limits: HyphenationLimits;
  /** Words wider than this get a break opportunity between any two characters. */
  readonly narrowestLine: number;
}

function piecesOf(atoms: readonly Atom[], runs: readonly StyledRun[]): { text: string; pieces: Piece[] } {
  let text = '';
  const pieces: Piece[] = [];
  for (let i = 0; i < atoms.length; i += 1) {
    const atom = atoms[i] as Atom;
    if (atom.kind !== 'part') continue;
    pieces.push({
      part: atom,
      run: runs[atom.run] as StyledRun,
      start: text.length,
      breaks: null,
      openEnd: atoms[i + 1]?.kind === 'part',
    });
    text += atom.text;
  }
  return { text, pieces };
}

/** The piece holding character `index` of the word's visible text. */
function pieceAt(pieces: readonly Piece[], index: number): Piece | undefined {
  for (let k = pieces.length - 1; k >= 0; k -= 1) {
    const piece = pieces[k] as Piece;
    if (piece.start <= index) return piece;
  }
  return undefined;
}

/** A break at `pos` of the word's text: after the character before it, in that character's piece. */
function addBreak(pieces: readonly Piece[], text: string, pos: number, brk: InnerBreak): void {
  if (pos <= 0 || pos >= text.length || COMBINING.test(text[pos] as string)) return;
  const piece = pieceAt(pieces, pos - 1) as Piece;
  const offset = pos - piece.start;
  // No break right before a note mark: it belongs to the word it follows.
  if (offset === piece.part.text.length && !piece.openEnd) return;
  (piece.breaks ??= new Map()).set(offset, brk);
}

// Characters after which a word may break; most words have none.
const BREAK_CHARACTERS = /[-\u2010\u2013\u2014/._?&=]/u;

function collectBreaks(atoms: readonly Atom[], ctx: ItemContext, wide: boolean): Piece[] {
  const { tuning } = ctx;
  const { text, pieces } = piecesOf(atoms, ctx.runs);
  let code = false;
  let authored = false;
  for (const piece of pieces) {
    code ||= piece.run.noHyphenate === true;
    authored ||= piece.part.softHyphens.length > 0;
  }
  if (BREAK_CHARACTERS.test(text)) addCharacterBreaks(pieces, text, tuning, wide);

  const hyphenBreak: InnerBreak = { kind: 'hyphen', cost: tuning.hyphenPenalty };
  if (authored) {
    for (const piece of pieces) for (const s of piece.part.softHyphens) addBreak(pieces, text, piece.start + s, hyphenBreak);
  } else if (ctx.hyphenator !== null && !code) {
    for (const pos of patternPoints(text, ctx.hyphenator, ctx.limits)) addBreak(pieces, text, pos, hyphenBreak);
  }
  return pieces;
}

/** Breaks after dashes in prose, and after URL punctuation in code, URLs and over-wide words. */
function addCharacterBreaks(pieces: readonly Piece[], text: string, tuning: BreakTuning, wide: boolean): void {
  const urlBreak: InnerBreak = { kind: 'url', cost: tuning.urlBreakPenalty };
  const dashBreak: InnerBreak = { kind: 'dash', cost: tuning.exHyphenPenalty };
  for (const piece of pieces) {
    const code = piece.run.noHyphenate === true;
    const end = piece.start + piece.part.text.length;
    for (let i = piece.start; i < end; i += 1) {
      const ch = text[i] as string;
      const next = text[i + 1];
      if ((code || wide) && URL_BREAK_AFTER.has(ch) && next !== ch) addBreak(pieces, text, i + 1, urlBreak);
      // A hyphen or dash in prose: break after it, adding nothing.
      if (!code && DASHES.has(ch) && i > 0 && next !== undefined && !DASHES.has(next)) {
        addBreak(pieces, text, i + 1, dashBreak);
      }
    }
  }
}

/** Pattern hyphenation of each stretch between hard hyphens and dashes. */
function patternPoints(text: string, hyphenator: Hyphenator, limits: HyphenationLimits): number[] {
  const points: number[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i < text.length && !DASHES.has(text[i] as string)) continue;
    if (i - start >= limits.leftMin + limits.rightMin) {
      for (const p of hyphenationPoints(text.slice(start, i), hyphenator, limits)) points.push(start + p);
    }
    start = i + 1;
  }
  return points;
}

// ---- Items.

function raggedStretch(ctx: ItemContext, run: StyledRun): number {
  // Lengths in the tuning are in ems of the run's font size.
  return ctx.justify ? 0 : ctx.tuning.raggedRightStretch * run.size;
}

function plainPenalty(ctx: ItemContext, run: StyledRun, cost: number, fill: boolean): PenaltyItem {
  return {
    kind: 'penalty',
    width: 0,
    cost,
    flagged: false,
    endStretch: fill ? 0 : raggedStretch(ctx, run),
    fill,
    hyphen: false,
  };
}

function forcedBreak(ctx: ItemContext): PenaltyItem {
  return plainPenalty(ctx, ctx.runs[0] as StyledRun, -INFINITE_PENALTY, true);
}

/**
 * Boxes and penalties for one piece of a word that fits on a line. Only whole
 * strings are measured, as drawn: the piece, and at each break the prefix with
 * its hyphen and the rest of the piece. Boxes are differences of suffix
 * widths, so an unbroken piece costs exactly its width (kerning, ligatures),
 * a line starting inside it exactly its suffix, and one ending inside it
 * exactly its prefix and hyphen.
 */
function emitPiece(items: Item[], piece: Piece, ctx: ItemContext): void {
  const { measure } = ctx;
  const { part, run } = piece;
  const { text } = part;
  const total = measure(text, run.font, run.size);
  const positions = piece.breaks === null ? [] : Float64Array.from(piece.breaks.keys()).sort();
  let prevPos = 0;
  let prevSuffix = total;
  for (const pos of positions) {
    const brk = (piece.breaks as Map<number, InnerBreak>).get(pos) as InnerBreak;
    const suffix = pos === text.length ? 0 : measure(text.slice(pos), run.font, run.size);
    pushBox(items, part, prevPos, pos, prevSuffix - suffix);
    const drawn = `${text.slice(0, pos)}${brk.kind === 'hyphen' ? '-' : ''}`;
    const endWidth = measure(drawn, run.font, run.size) - (total - suffix);
    items.push(breakPenalty(ctx, run, brk, { end: endWidth, wide: false }));
    prevPos = pos;
    prevSuffix = suffix;
  }
  if (prevPos < text.length) pushBox(items, part, prevPos, text.length, prevSuffix);
}

/**
 * The same for a piece of a word wider than the line: measured grapheme by
 * grapheme (exact prefixes of a very long word would cost quadratic time),
 * with a character break after each grapheme, or after every chunk of
 * `minChunk` width for a giant word.
 */
function emitWidePiece(items: Item[], piece: Piece, ctx: ItemContext, minChunk: number): void {
  const { measure, tuning } = ctx;
  const { part, run } = piece;
  const { text } = part;
  const charBreak: InnerBreak = { kind: 'char', cost: tuning.charBreakPenalty };
  let prevPos = 0;
  let boxWidth = 0;
  const flush = (pos: number, brk: InnerBreak): void => {
    pushBox(items, part, prevPos, pos, boxWidth);
    const hyphenWidth = brk.kind === 'hyphen' ? measure('-', run.font, run.size) : 0;
    items.push(breakPenalty(ctx, run, brk, { end: hyphenWidth, wide: true }));
    prevPos = pos;
    boxWidth = 0;
  };
  let pos = 0;
  while (pos < text.length) {
    const end = clusterEnd(text, pos);
    if (pos > 0) {
      const brk = piece.breaks?.get(pos);
      if (brk !== undefined) flush(pos, brk);
      else if (boxWidth >= minChunk) flush(pos, charBreak);
    }
    boxWidth += measure(text.slice(pos, end), run.font, run.size);
    pos = end;
  }
  const atEnd = piece.breaks?.get(text.length);
  if (atEnd !== undefined) flush(text.length, atEnd);
  else pushBox(items, part, prevPos, text.length, boxWidth);
}

function pushBox(items: Item[], part: PartAtom, from: number, to: number, width: number): void {
  items.push({
    kind: 'box',
    width,
    run: part.run,
    text: part.text.slice(from, to),
    // A box inside a word follows that word's start.
    wordsBefore: from === 0 || !part.startsWord ? part.wordsBefore : part.wordsBefore + 1,
  });
}

/**
 * The penalty for a break inside a word. A line ending inside a URL or inside
 * a word wider than the line may end short: such lines often hold no space to
 * justify with.
 */
function breakPenalty(
  ctx: ItemContext,
  run: StyledRun,
  brk: InnerBreak,
  widths: { readonly end: number; readonly wide: boolean },
): PenaltyItem {
  const inUrl = brk.kind === 'url' || brk.kind === 'char';
  const ragged = raggedStretch(ctx, run);
  return {
    kind: 'penalty',
    width: widths.end,
    cost: brk.cost,
    // Lines ending in a hyphen or dash are the ones TeX "flags".
    flagged: !inUrl,
    endStretch: inUrl || widths.wide ? Math.max(ragged, ctx.tuning.breakStretch * run.size) : ragged,
    fill: false,
    hyphen: brk.kind === 'hyphen',
  };
}

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
function groupWidth(group: GroupToken, ctx: ItemContext): number {
  const giantWidth = GIANT_WORD_LINES * ctx.narrowestLine;
  let width = 0;
  for (const atom of group.atoms) {
    const run = ctx.runs[atom.run] as StyledRun;
    width += roughWidth(atom.kind === 'part' ? atom.text : run.text, run, ctx.measure, giantWidth);
    if (width > giantWidth) break;
  }
  return width;
}

function emitGroup(items: Item[], group: GroupToken, width: number, ctx: ItemContext, forceWide: boolean): void {
  const { runs, measure, narrowestLine } = ctx;
  const giantWidth = GIANT_WORD_LINES * narrowestLine;
  const wide = forceWide || width > narrowestLine;
  const minChunk = width > giantWidth ? narrowestLine / CHAR_BREAKS_PER_LINE : 0;
  const pieces = collectBreaks(group.atoms, ctx, wide);
  let next = 0;
  for (const atom of group.atoms) {
    if (atom.kind === 'part') {
      const piece = pieces[next] as Piece;
      if (wide) emitWidePiece(items, piece, ctx, minChunk);
      else emitPiece(items, piece, ctx);
      next += 1;
      continue;
    }
    const run = runs[atom.run] as StyledRun;
    items.push({
      kind: 'box',
      width: measure(run.text, run.font, run.size),
      run: atom.run,
      text: run.text,
      wordsBefore: atom.wordsBefore,
    });
  }
}

interface Ties {
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
function overWideTies(tokens: readonly Token[], widths: ReadonlyMap<GroupToken, number>, ctx: ItemContext): Ties {
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

function emitSpace(items: Item[], token: SpaceToken, ctx: ItemContext, relaxed: boolean): void {
  const run = ctx.runs[token.run] as StyledRun;
  if (relaxed) {
    const tie: InnerBreak = { kind: 'char', cost: ctx.tuning.charBreakPenalty };
    items.push(breakPenalty(ctx, run, tie, { end: 0, wide: true }));
  } else if (!token.breakable) {
    items.push(plainPenalty(ctx, run, INFINITE_PENALTY, false));
  }
  const width = ctx.measure(token.text, run.font, run.size);
  const fontStretch = width * ctx.tuning.spaceStretch;
  const fontShrink = width * ctx.tuning.spaceShrink;
  items.push({
    kind: 'glue',
    width,
    stretch: ctx.justify ? fontStretch : 0,
    shrink: ctx.justify ? fontShrink : 0,
    endStretch: raggedStretch(ctx, run),
    run: token.run,
    text: token.text,
    fontStretch,
    fontShrink,
  });
}

/** What the items of a paragraph need whether or not it is hyphenated: its words' widths and its ties. */
interface Words {
  readonly measure: Measure;
  readonly narrowestLine: number;
  readonly widths: ReadonlyMap<GroupToken, number>;
  readonly ties: Ties;
}

// The breaker builds items twice for most paragraphs (without, then with
// hyphenation) from the same tokens: their words are measured once.
const wordsOfTokens = new WeakMap<readonly Token[], Words>();

function wordsOf(tokens: readonly Token[], ctx: ItemContext): Words {
  const known = wordsOfTokens.get(tokens);
  if (known !== undefined && known.measure === ctx.measure && known.narrowestLine === ctx.narrowestLine) return known;
  const widths = new Map<GroupToken, number>();
  for (const token of tokens) if (token.kind === 'group') widths.set(token, groupWidth(token, ctx));
  const words: Words = { measure: ctx.measure, narrowestLine: ctx.narrowestLine, widths, ties: overWideTies(tokens, widths, ctx) };
  wordsOfTokens.set(tokens, words);
  return words;
}

export function buildItems(tokens: readonly Token[], ctx: ItemContext): Item[] {
  const items: Item[] = [];
  const { widths, ties } = wordsOf(tokens, ctx);
  for (const token of tokens) {
    switch (token.kind) {
      case 'group':
        emitGroup(items, token, widths.get(token) as number, ctx, ties.forcedWide.has(token));
        break;
      case 'space':
        emitSpace(items, token, ctx, ties.relaxed.has(token));
        break;
      case 'newline':
        items.push(forcedBreak(ctx));
        break;
    }
  }
  items.push(forcedBreak(ctx));
  return items;
}
