// Right-to-left text (Arabic, Hebrew, ...) in visual order: the Unicode
// Bidirectional Algorithm (bidi-js) resolves each character's level over the
// whole paragraph (its direction as the base: "3-1" after Persian letters on
// the line before is still read as Arabic numbers, rule W2), then each line
// is cut where the level changes and put in visual order. The breaker works
// in logical order; an RTL piece is drawn word by word from the right, each
// word shaped and joined by fontkit, which lays an RTL word out right to
// left. Each glyph keeps its characters in the font's ToUnicode map, so text
// extraction (pdftotext) reads the words back in logical order; an
// ActualText span was tried and made poppler reverse them.
import { bidi, RTL_LETTER, type Direction } from '../../document/direction.ts';
import type { Fragment, Measure } from './types.ts';

/** A logical stretch of one fragment at one level. */
interface Piece {
  readonly fragment: Fragment;
  readonly start: number;
  readonly end: number;
  readonly level: number;
}

const lineText = (fragments: readonly Fragment[]): string => fragments.map((f) => f.text).join('');

// Explicit embeddings, overrides and isolates (LRE … PDI): unclosed, one would hold to the paragraph's end.
const EXPLICIT_FORMATTING = /[\u202A-\u202E\u2066-\u2069]/u;

/**
 * Each line's embedding levels, resolved over the paragraph its lines make
 * (joined by the space each break took), or null for each line of a
 * left-to-right paragraph with no RTL letter (nearly every one). A paragraph
 * holding an explicit formatting character has each line resolved alone, and
 * a left-to-right one's lines without an RTL letter left as set: an override
 * left open (`‮evil`, "Trojan Source") would otherwise turn round the words
 * after it, and those of every line after it.
 */
export function paragraphLevels(lines: readonly (readonly Fragment[])[], direction: Direction): (Uint8Array | null)[] {
  const texts = lines.map(lineText);
  const text = texts.join(' ');
  if (direction === 'ltr' && !RTL_LETTER.test(text)) return texts.map(() => null);
  if (EXPLICIT_FORMATTING.test(text)) {
    return texts.map((line) => (direction === 'ltr' && !RTL_LETTER.test(line) ? null : bidi().getEmbeddingLevels(line, direction).levels));
  }
  const { levels } = bidi().getEmbeddingLevels(text, direction);
  let at = 0;
  return texts.map((line) => {
    const slice = levels.slice(at, at + line.length);
    at += line.length + 1;
    return slice;
  });
}

/**
 * The line's fragments in visual order, placed from the first fragment's x:
 * unchanged for a left-to-right line with no RTL letter (nearly every line).
 * Widths are kept (justification included), so the line's width is the same.
 * `resolved`: the line's levels from paragraphLevels; without them, the line
 * is resolved alone (a running head).
 */
export function visualOrder(fragments: readonly Fragment[], direction: Direction, measure: Measure, resolved?: Uint8Array | null): readonly Fragment[] {
  const text = lineText(fragments);
  if (resolved === null || (resolved === undefined && direction === 'ltr' && !RTL_LETTER.test(text))) return fragments;
  const levels = resolved ?? bidi().getEmbeddingLevels(text, direction).levels;
  if (direction === 'ltr' && levels.every((level) => level === 0)) return fragments;
  // UAX #9 L1: spaces at the line's end take the paragraph's level.
  const base = direction === 'rtl' ? 1 : 0;
  for (let i = text.length - 1; i >= 0 && /\s/u.test(text[i] as string); i--) levels[i] = base;

  const pieces: Piece[] = [];
  let offset = 0;
  for (const fragment of fragments) {
    let start = offset;
    for (let i = offset + 1; i <= offset + fragment.text.length; i++) {
      if (i === offset + fragment.text.length || levels[i] !== levels[start]) {
        pieces.push({ fragment, start, end: i, level: levels[start] ?? base });
        start = i;
      }
    }
    offset += fragment.text.length;
  }
  // UAX #9 L2: from the highest level down to the lowest odd one, reverse every run at or above it.
  const highest = Math.max(...pieces.map((p) => p.level));
  const lowestOdd = Math.min(...pieces.map((p) => (p.level % 2 === 1 ? p.level : Infinity)));
  for (let level = highest; level >= lowestOdd && Number.isFinite(lowestOdd); level--) {
    for (let i = 0; i < pieces.length; ) {
      if (pieces[i]!.level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < pieces.length && pieces[j]!.level >= level) j++;
      pieces.splice(i, j - i, ...pieces.slice(i, j).reverse());
      i = j;
    }
  }

  let x = fragments[0]?.x ?? 0;
  return pieces.map((piece) => {
    const { fragment } = piece;
    const logical = text.slice(piece.start, piece.end);
    const rtl = piece.level % 2 === 1;
    const drawn = rtl ? rightToLeft(logical) : logical;
    const whole = logical.length === fragment.text.length;
    const spaces = (logical.match(/ /gu) ?? []).length;
    const width = whole ? fragment.width : measure(logical, fragment.font, fragment.size) + spaces * fragment.wordSpacing;
    const placed: Fragment = { ...fragment, text: drawn, x, width };
    x += width;
    if (whole && !rtl) return placed;
    // Where a piece's space lies changed: underline and link areas span the whole piece.
    const { spaceAfter: _dropped, ...rest } = placed;
    return rest;
  });
}

/**
 * An RTL stretch as pdfkit draws it, left to right: its words (and the spaces
 * between them) in reverse order, each word kept in logical order for fontkit
 * to shape, and paired brackets mirrored.
 */
function rightToLeft(logical: string): string {
  const tokens = logical.match(/\s+|\S+/gu) ?? [];
  return tokens
    .reverse()
    .map((token) => [...token].map((ch) => bidi().getMirroredCharacter(ch) ?? ch).join(''))
    .join('');
}
