// Break opportunities inside a word (a stretch of text between spaces): after
// dashes in prose, after URL punctuation in code and URLs, at the author's soft
// hyphens or the hyphenation patterns' points.
import type { Hyphenator, HyphenationLimits } from './hyphenate.ts';
import { hyphenationPoints } from './hyphenate.ts';
import type { BreakTuning } from './linebreak-tuning.ts';
import type { Atom, PartAtom } from './linebreak-tokens.ts';
import type { StyledRun } from './types.ts';
import { NO_LINE_START } from './uax14.ts';

export type BreakKind = 'char' | 'url' | 'dash' | 'hyphen';

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
}

const DASHES = new Set(['-', '\u2010', '\u2013', '\u2014']);
const URL_BREAK_AFTER = new Set(['/', '.', '-', '_', '?', '&', '=']);
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
  readonly limits: HyphenationLimits;
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

/**
 * A break at `pos` of the word's text: after the character before it, in that
 * character's piece. Never before closing punctuation (UAX #14 classes CL, CP,
 * EX, IS, NS): a URL or code broken at its last "/" or "." must not leave a
 * lone ")" or "," to open the next line.
 */
function addBreak(pieces: readonly Piece[], text: string, pos: number, brk: InnerBreak): void {
  if (pos <= 0 || pos >= text.length || COMBINING.test(text[pos] as string) || NO_LINE_START.test(text[pos] as string)) return;
  const piece = pieceAt(pieces, pos - 1) as Piece;
  const offset = pos - piece.start;
  // No break right before a note mark: it belongs to the word it follows.
  if (offset === piece.part.text.length && !piece.openEnd) return;
  (piece.breaks ??= new Map()).set(offset, brk);
}

// Characters after which a word may break; most words have none.
const BREAK_CHARACTERS = /[-\u2010\u2013\u2014/._?&=]/u;

export function collectBreaks(atoms: readonly Atom[], ctx: WordBreakContext, wide: boolean): Piece[] {
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

