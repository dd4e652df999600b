// Break opportunities inside a word (a stretch of text between spaces): after
// dashes and after a slash between two words in prose, at URL punctuation in
// code, URLs and bare domain names (url-breaks.ts), at the author's soft
// hyphens or the hyphenation patterns' points; and, in a word wider than the
// line, where breaks between two characters are allowed.
import type { Hyphenator, HyphenationLimits } from './hyphenate.ts';
import { hyphenationPoints } from './hyphenate.ts';
import type { BreakTuning } from './linebreak-tuning.ts';
import type { Atom, PartAtom } from './linebreak-tokens.ts';
import type { Measure, StyledRun } from './types.ts';
import { NO_LINE_START } from './uax14.ts';
import { IDENTIFIER_BREAK_HINT, identifierBreakPositions } from './identifier-breaks.ts';
import { URL_BREAK_CHARACTERS, urlBreakPositions } from './url-breaks.ts';

export type BreakKind = 'char' | 'url' | 'identifier' | 'dash' | 'slash' | 'hyphen';

export interface InnerBreak {
  readonly kind: BreakKind;
  readonly cost: number;
}

/** A part of a word, placed in the word's visible text. */
export interface Piece {
  readonly part: PartAtom;
  readonly run: StyledRun;
  readonly start: number;
  /** Breaks after offsets of `part.text`, created on the first one. */
  breaks: Map<number, InnerBreak> | null;
  /** The atom after this piece is a part too, so a break may fall at its end. */
  readonly openEnd: boolean;
  /**
   * In a word wider than the line: [from, to) spans of `part.text`, flat and
   * ascending, inside which a break between two characters is allowed.
   */
  charSpans: number[];
}

const DASHES = new Set(['-', '\u2010', '\u2013', '\u2014']);
const COMBINING = /^\p{M}/u;
// Every combining mark is at or above U+0300: below it, no test is needed.
const FIRST_COMBINING = 0x300;

/**
 * End of the grapheme starting at `pos`, near enough: a code point and the
 * combining marks on it. Written as a loop: a giant word has 200,000 of them.
 */
export function clusterEnd(text: string, pos: number): number {
  let end = pos + ((text.codePointAt(pos) as number) > 0xffff ? 2 : 1);
  while (end < text.length) {
    const code = text.codePointAt(end) as number;
    if (code < FIRST_COMBINING || !COMBINING.test(String.fromCodePoint(code))) break;
    end += code > 0xffff ? 2 : 1;
  }
  return end;
}

/** What finding a word's break opportunities needs. */
export interface WordBreakContext {
  readonly runs: readonly StyledRun[];
  readonly tuning: BreakTuning;
  /** Null: no pattern hyphenation in this pass. */
  readonly hyphenator: Hyphenator | null;
  /**
   * The language's patterns for a word wider than every line, where the
   * paragraph is not hyphenated (a table's header cell): a hyphen marks the
   * break, rather than "short|code" cut with no mark. Null: none.
   */
  readonly wideHyphenator?: () => Hyphenator | null;
  readonly limits: HyphenationLimits;
  readonly measure: Measure;
  /** Words wider than this are "wide": only their over-wide stretches break between characters. */
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
      charSpans: [],
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

/**
 * A break at `pos` of the word's text: after the character before it, in that
 * character's piece. Never before closing punctuation (UAX #14 classes CL, CP,
 * EX, IS, NS), so no lone ")" or "," opens a line; a URL break may come
 * before a "." or ",", which url-breaks.ts allows only inside the URL.
 */
function addBreak(pieces: readonly Piece[], text: string, pos: number, brk: InnerBreak): void {
  if (pos <= 0 || pos >= text.length || COMBINING.test(text[pos] as string)) return;
  if (brk.kind !== 'url' && NO_LINE_START.test(text[pos] as string)) return;
  const piece = pieceAt(pieces, pos - 1) as Piece;
  const offset = pos - piece.start;
  // No break right before a note mark: it belongs to the word it follows.
  if (offset === piece.part.text.length && !piece.openEnd) return;
  (piece.breaks ??= new Map()).set(offset, brk);
}

// Dashes, after which prose may break; most words have none.
const DASH_CHARACTERS = /[-\u2010\u2013\u2014]/u;
// A bare domain name or URL in prose, not marked as a link ("(pooltool.io)", "example.org/about"):
// lower case, so that names such as "Node.js" are words.
const BARE_DOMAIN = /^[\p{Ps}\p{Pi}"']*(?:[a-z0-9][a-z0-9-]*\.)+[a-z]{2,}(?:[/?#][^\s]*)?[\p{Pe}\p{Pf},.;:!?"']*$/u;
// A slash between two words ("and/or", "refined/converted"); not in a fraction or date ("1/2").
const WORD_SLASH = /\p{L}\/\p{L}/u;

/** Longer than any word: a run of this many characters with no space (a hash, a base64 line) is not hyphenated as one. */
const WIDE_WORD_HYPHENATED = 64;

export function collectBreaks(atoms: readonly Atom[], ctx: WordBreakContext, wide: boolean): Piece[] {
  const { tuning } = ctx;
  const { text, pieces } = piecesOf(atoms, ctx.runs);
  let code = false;
  let authored = false;
  for (const piece of pieces) {
    code ||= piece.run.noHyphenate === true;
    authored ||= piece.part.softHyphens.length > 0;
  }
  // A bare domain breaks as a URL does, and is never hyphenated.
  const domain = !code && text.includes('.') && BARE_DOMAIN.test(text);
  if (DASH_CHARACTERS.test(text) && !domain) addProseBreaks(pieces, text, { kind: 'dash', cost: tuning.exHyphenPenalty }, afterDash(text));
  if (WORD_SLASH.test(text) && !domain) addProseBreaks(pieces, text, { kind: 'slash', cost: tuning.exHyphenPenalty }, afterWordSlash(text));
  if ((code || wide || domain) && URL_BREAK_CHARACTERS.test(text)) addUrlBreaks(pieces, text, tuning, wide || domain);
  if (code && IDENTIFIER_BREAK_HINT.test(text)) addIdentifierBreaks(pieces, text, tuning);

  const hyphenBreak: InnerBreak = { kind: 'hyphen', cost: tuning.hyphenPenalty };
  if (authored) {
    for (const piece of pieces) for (const s of piece.part.softHyphens) addBreak(pieces, text, piece.start + s, hyphenBreak);
  } else if (!code && !domain) {
    const hyphenator = ctx.hyphenator ?? (wide && text.length <= WIDE_WORD_HYPHENATED ? (ctx.wideHyphenator?.() ?? null) : null);
    if (hyphenator !== null) for (const pos of patternPoints(text, hyphenator, ctx.limits)) addBreak(pieces, text, pos, hyphenBreak);
  }
  if (wide) markCharSpans(pieces, text, ctx, atoms);
  return pieces;
}

/** Breaks after each character of the word's prose (not code) that `after(i)` accepts, adding nothing. */
function addProseBreaks(pieces: readonly Piece[], text: string, brk: InnerBreak, after: (i: number) => boolean): void {
  for (const piece of pieces) {
    if (piece.run.noHyphenate === true) continue;
    const end = piece.start + piece.part.text.length;
    for (let i = Math.max(1, piece.start); i < end; i += 1) if (after(i)) addBreak(pieces, text, i + 1, brk);
  }
}

/** After a hyphen or dash (the last of a run of them). */
const afterDash = (text: string) => (i: number): boolean => {
  const next = text[i + 1];
  return DASHES.has(text[i] as string) && next !== undefined && !DASHES.has(next);
};

/**
 * After a slash between two words: the slash ends the line, never opens one
 * (the Chicago Manual), at the cost of a break after a hyphen already in the
 * text (LaTeX's \slash). The line does not end in a hyphen, so it does not
 * count towards consecutive hyphens.
 */
const afterWordSlash = (text: string) => (i: number): boolean => text[i] === '/' && WORD_SLASH.test(text.slice(i - 1, i + 2));

/** URL breaks (url-breaks.ts) in the word's code and URL runs, or anywhere in it when `whole` (a bare domain, a word wider than the line). */
function addUrlBreaks(pieces: readonly Piece[], text: string, tuning: BreakTuning, whole: boolean): void {
  const urlBreak: InnerBreak = { kind: 'url', cost: tuning.urlBreakPenalty };
  const inUrl = new Uint8Array(text.length);
  const inCode = new Uint8Array(text.length);
  for (const piece of pieces) {
    const end = piece.start + piece.part.text.length;
    if (whole || piece.run.noHyphenate === true) inUrl.fill(1, piece.start, end);
    if (piece.run.code === true) inCode.fill(1, piece.start, end);
  }
  for (const pos of urlBreakPositions(text, (i) => inUrl[i] === 1, (i) => inCode[i] === 1)) addBreak(pieces, text, pos, urlBreak);
}

/** Breaks between the words of a name in inline code (identifier-breaks.ts): never where a URL break is, which needs punctuation. */
function addIdentifierBreaks(pieces: readonly Piece[], text: string, tuning: BreakTuning): void {
  const inCode = new Uint8Array(text.length);
  for (const piece of pieces) if (piece.run.code === true) inCode.fill(1, piece.start, piece.start + piece.part.text.length);
  const identifierBreak: InnerBreak = { kind: 'identifier', cost: tuning.identifierBreakPenalty };
  for (const pos of identifierBreakPositions(text, (i) => inCode[i] === 1)) addBreak(pieces, text, pos, identifierBreak);
}

// Long stretches are measured in slices of this many UTF-16 units, until known to be wider than the line.
const MEASURE_SLICE = 256;

/** Width of text[from, to) across the pieces, exact up to `limit`, only known to be larger past it. */
function stretchWidth(pieces: readonly Piece[], from: number, to: number, ctx: WordBreakContext, limit: number): number {
  let width = 0;
  for (const piece of pieces) {
    const a = Math.max(from, piece.start) - piece.start;
    const b = Math.min(to, piece.start + piece.part.text.length) - piece.start;
    for (let i = a; i < b && width <= limit; i += MEASURE_SLICE) {
      width += ctx.measure(piece.part.text.slice(i, Math.min(b, i + MEASURE_SLICE)), piece.run.font, piece.run.size);
    }
  }
  return width;
}

/**
 * Breaks between two characters only where nothing better exists (CMOS): in a
 * stretch between two URL breaks that is itself wider than the line. Hyphen
 * and dash breaks do not count: a line may be barred from ending in one (too
 * many in a row, or a line the caller keeps hyphen-free). A word made wide
 * only by what it is tied to gets them everywhere, and so does the first
 * stretch of a word opening with a note mark (tied to the word before it).
 * A note mark counts in the stretch it closes: no line starts with one.
 */
function markCharSpans(pieces: readonly Piece[], text: string, ctx: WordBreakContext, atoms: readonly Atom[]): void {
  const line = ctx.narrowestLine;
  const tiedBefore = atoms[0]?.kind === 'note';
  const marks: { at: number; width: number }[] = [];
  let at = 0;
  for (const atom of atoms) {
    const run = ctx.runs[atom.run] as StyledRun;
    if (atom.kind === 'part') at += atom.text.length;
    else marks.push({ at, width: ctx.measure(run.text, run.font, run.size) });
  }
  const marksIn = (from: number, to: number): number =>
    marks.reduce((sum, mark) => (mark.at > from && mark.at <= to ? sum + mark.width : sum), 0);
  const cuts = [0];
  for (const piece of pieces) {
    if (piece.breaks === null) continue;
    const urlOffsets = [...piece.breaks].filter(([, brk]) => brk.kind === 'url' || brk.kind === 'identifier').map(([offset]) => offset);
    for (const offset of urlOffsets.sort((x, y) => x - y)) cuts.push(piece.start + offset);
  }
  cuts.push(text.length);
  const spans: number[] = [];
  if (stretchWidth(pieces, 0, text.length, ctx, line) + marksIn(-1, text.length) <= line) spans.push(0, text.length);
  else {
    for (let k = 1; k < cuts.length; k += 1) {
      const from = cuts[k - 1] as number;
      const to = cuts[k] as number;
      if (to > from && ((k === 1 && tiedBefore) || stretchWidth(pieces, from, to, ctx, line) + marksIn(from, to) > line)) spans.push(from, to);
    }
  }
  for (const piece of pieces) {
    const end = piece.start + piece.part.text.length;
    for (let k = 0; k < spans.length; k += 2) {
      const from = Math.max(spans[k] as number, piece.start);
      const to = Math.min(spans[k + 1] as number, end);
      if (to > from) piece.charSpans.push(from - piece.start, to - piece.start);
    }
  }
}

/** Whether a piece of a wide word may break between two characters at `pos` (strictly inside a span). */
export function allowsCharBreak(piece: Piece, pos: number): boolean {
  const spans = piece.charSpans;
  let lo = 0;
  let hi = spans.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const from = spans[2 * mid] as number;
    const to = spans[2 * mid + 1] as number;
    if (pos <= from) hi = mid - 1;
    else if (pos >= to) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Pattern hyphenation of each stretch between hard hyphens, dashes and slashes. */
function patternPoints(text: string, hyphenator: Hyphenator, limits: HyphenationLimits): number[] {
  const points: number[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i < text.length && !DASHES.has(text[i] as string) && text[i] !== '/') continue;
    if (i - start >= limits.leftMin + limits.rightMin) {
      for (const p of hyphenationPoints(text.slice(start, i), hyphenator, limits)) points.push(start + p);
    }
    start = i + 1;
  }
  return points;
}

