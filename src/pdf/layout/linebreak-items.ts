// Styled runs → Knuth–Plass items. One box per piece of a word that can end up
// drawn on its own, measured so that an unbroken word costs exactly its whole
// measured width (kerning and ligatures intact) and a broken one its
// prefix-plus-hyphen and suffix widths.
import type { KPBox, KPGlue, KPPenalty } from './linebreak-kp-model.ts';
import { INFINITE_PENALTY } from './linebreak-kp-model.ts';
import type { GroupToken, IdeographicToken, PartAtom, SpaceToken, Token } from './linebreak-tokens.ts';
import type { InnerBreak, Piece, WordBreakContext } from './linebreak-word-breaks.ts';
import { allowsCharBreak, clusterEnd, collectBreaks } from './linebreak-word-breaks.ts';
import type { Measure, StyledRun } from './types.ts';
import { NO_LINE_START } from './uax14.ts';
import { GIANT_WORD_LINES, wordsOf } from './linebreak-words.ts';

/** A line never ends just after one of these. */
const OPENING = /[\p{Ps}\p{Pi}]/u;

export interface BoxItem extends KPBox {
  readonly run: number;
  /** Exactly the text drawn for this box. */
  readonly text: string;
  /** Words of the visible text that start before this box (see LineBox.wordIndex). */
  readonly wordsBefore: number;
}

export interface GlueItem extends KPGlue {
  readonly run: number;
  /** The space drawn: U+0020, or the no-break space the text had; '' between ideographs. */
  readonly text: string;
  /** The font's stretch and shrink, whether or not the paragraph is justified. */
  readonly fontStretch: number;
  readonly fontShrink: number;
  /** Width beyond the drawn space (lineBreaking.spaceWidth), drawn as word spacing. */
  readonly widened: number;
}

export interface PenaltyItem extends KPPenalty {
  /** Taking this break draws a hyphen at the end of the line. */
  readonly hyphen: boolean;
}

export type Item = BoxItem | GlueItem | PenaltyItem;

/** The gap between Han or kana and a Latin letter or digit, and how far it may open and close, in ems. */
const AUTOSPACE = 0.25;
const AUTOSPACE_STRETCH = 0.25;
const AUTOSPACE_SHRINK = 0.125;

// A word longer than this many lines gets character breaks only every
// 1/CHAR_BREAKS_PER_LINE of a line, which keeps Knuth–Plass linear in its length.
const CHAR_BREAKS_PER_LINE = 16;

export interface ItemContext extends WordBreakContext {
  readonly measure: Measure;
  readonly justify: boolean;
  /** Words wider than this get a break opportunity between any two characters. */
  readonly narrowestLine: number;
}

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
      else if (boxWidth >= minChunk && allowsCharBreak(piece, pos) && !NO_LINE_START.test(text[pos] as string) && !OPENING.test(text[pos - 1] as string)) flush(pos, charBreak);
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
 * The penalty for a break inside a word. A line ending inside a word wider
 * than the line (a long URL) may end short: such lines often hold no space to
 * justify with. A line ending inside shorter code or a URL is justified as any
 * other: left short, it read as a stray line end in the paragraph.
 */
function breakPenalty(
  ctx: ItemContext,
  run: StyledRun,
  brk: InnerBreak,
  widths: { readonly end: number; readonly wide: boolean },
): PenaltyItem {
  const ragged = raggedStretch(ctx, run);
  return {
    kind: 'penalty',
    width: widths.end,
    cost: brk.cost,
    // Lines ending in a hyphen or dash are the ones TeX "flags"; not inside a word wider than the line,
    // whose breaks cannot be avoided and may well come two in a row ("Interna-|tional-|ization").
    flagged: (brk.kind === 'hyphen' || brk.kind === 'dash') && !widths.wide,
    endStretch: brk.kind === 'char' || widths.wide ? Math.max(ragged, ctx.tuning.breakStretch * run.size) : ragged,
    fill: false,
    hyphen: brk.kind === 'hyphen',
    ...(widths.wide ? { wide: true } : {}),
  };
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

function emitSpace(items: Item[], token: SpaceToken, ctx: ItemContext, relaxed: boolean): void {
  const run = ctx.runs[token.run] as StyledRun;
  if (relaxed) {
    const tie: InnerBreak = { kind: 'char', cost: ctx.tuning.charBreakPenalty };
    items.push(breakPenalty(ctx, run, tie, { end: 0, wide: true }));
  } else if (!token.breakable) {
    items.push(plainPenalty(ctx, run, INFINITE_PENALTY, false));
  }
  // A space inside inline code keeps its width, as in TeX's typewriter fonts: `var a = 2;` is code as
  // typed, and stretched it reads as two spaces; the spaces around it justify the line.
  const elastic = !run.font.startsWith('mono');
  const drawn = ctx.measure(token.text, run.font, run.size);
  const width = elastic && ctx.justify ? drawn * ctx.tuning.spaceWidth : drawn;
  const fontStretch = elastic ? width * ctx.tuning.spaceStretch : 0;
  const fontShrink = elastic ? width * ctx.tuning.spaceShrink : 0;
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
    widened: width - drawn,
  });
}

/**
 * A break between ideographs: glue of no width, so a justified line of
 * Chinese or Japanese fills its measure by spacing its characters a little
 * (inter-character justification) rather than stretching only its few spaces.
 * Where Han or kana meets a Latin letter or digit the glue is a quarter em
 * that may close to an eighth or open to a half (JLREQ 3.8). Between Hangul
 * syllables a line may break at a cost, so Korean breaks at its spaces first.
 * Between the words of Thai, Lao, Khmer and Burmese it stretches as a space.
 */
function emitIdeographicBreak(items: Item[], token: IdeographicToken, ctx: ItemContext): void {
  const run = ctx.runs[token.run] as StyledRun;
  const em = run.size;
  // Between Thai words the line's room is shared as between Latin words: a CJK stretch left few, wide gaps.
  const wordStretch = (): number => ctx.measure(' ', run.font, run.size) * ctx.tuning.spaceWidth * ctx.tuning.spaceStretch;
  const fontStretch = token.word ? wordStretch() : (token.autospace ? AUTOSPACE_STRETCH : ctx.tuning.ideographicStretch) * em;
  const fontShrink = (token.autospace ? AUTOSPACE_SHRINK : 0) * em + (token.compressible ? ctx.tuning.punctuationShrink * em : 0);
  // Glue after a penalty is no break (Knuth–Plass breaks at glue only after a box): the penalty is the break, if any.
  if (!token.breakable) items.push(plainPenalty(ctx, run, INFINITE_PENALTY, false));
  else if (token.syllable) items.push(plainPenalty(ctx, run, ctx.tuning.syllableBreakPenalty, false));
  items.push({
    kind: 'glue',
    width: token.autospace ? AUTOSPACE * em : 0,
    stretch: ctx.justify ? fontStretch : 0,
    shrink: ctx.justify ? fontShrink : 0,
    endStretch: raggedStretch(ctx, run),
    run: token.run,
    text: '',
    fontStretch,
    fontShrink,
    widened: 0,
  });
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
      case 'ideographic':
        emitIdeographicBreak(items, token, ctx);
        break;
    }
  }
  items.push(forcedBreak(ctx));
  return items;
}
