// Checks before any Markdown parsing: a manuscript is UTF-8 text, and its
// quotes and lists are not nested so deeply that the parser would take minutes
// (micromark's time grows steeply with container depth: 500 indented list
// levels took 8 s, 2,000 took minutes).
import type { Diagnostics } from '../diagnostics.ts';
import { LineIndex } from '../util/position.ts';

const BOM = '\uFEFF';

/** The manuscript as text (BOM stripped), or null when its bytes are not UTF-8 text. */
export function decodeManuscript(bytes: Buffer, diagnostics: Diagnostics): string | null {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    diagnostics.error(1, 1, 'the manuscript is UTF-16 text; save it as UTF-8');
    return null;
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const at = pointOfByte(bytes, nul);
    diagnostics.error(at.line, at.column, `binary file, not a Markdown manuscript (NUL byte at byte offset ${nul})`);
    return null;
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    const at = pointOfByte(bytes, bad);
    const hex = (bytes[bad] ?? 0).toString(16).padStart(2, '0');
    diagnostics.error(
      at.line,
      at.column,
      `invalid UTF-8 at byte offset ${bad} (byte 0x${hex}); save the manuscript as UTF-8`,
    );
    return null;
  }
  const decoded = bytes.toString('utf8');
  const text = decoded.startsWith(BOM) ? decoded.slice(BOM.length) : decoded;
  const nesting = checkNesting(text);
  if (nesting !== null) {
    diagnostics.error(nesting.line, 1, nesting.message);
    return null;
  }
  return text;
}

/** Deepest nesting of block quotes and lists Galley accepts. */
export const MAX_NESTING = 500;
/** Depth up to which lines cost the parser next to nothing; real writing stays far below it. */
const SHALLOW = 32;
/**
 * Parse work allowed for deep lines, as the sum of their depths squared (the
 * parser's time per line grows with the square of its depth: about 50 ms for
 * a line 400 levels deep). A 400-level list, one item per level, is 2.1e7.
 */
const DEEP_WORK_BUDGET = 3e7;

// A container marker at the start of a line: a quote, a bullet, or an ordered item number.
const CONTAINER_MARKER = /^(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/u;
const FENCE = /^(`{3,}|~{3,})/u;
/** The narrowest list item content indent ("- "): each nested list adds at least this much. */
const NARROWEST_ITEM_INDENT = 2;
const TAB_STOP = 4;

/** Where and why the nesting is too deep to parse in reasonable time, or null. */
export function checkNesting(text: string): { line: number; message: string } | null {
  let work = 0;
  let deepLines = 0;
  for (const { depth, line } of lineDepths(text)) {
    if (depth > MAX_NESTING) {
      return { line, message: `quotes and lists are nested about ${depth} levels deep here; Galley typesets at most ${MAX_NESTING} levels, so flatten them` };
    }
    if (depth <= SHALLOW) continue;
    work += depth * depth;
    deepLines++;
    if (work > DEEP_WORK_BUDGET) {
      return { line, message: `${deepLines} lines are nested more than ${SHALLOW} levels deep up to here, too many to parse in reasonable time; flatten the quotes or lists` };
    }
  }
  return null;
}

/**
 * An upper estimate of the container depth of each line: the levels its
 * leading indentation can open, plus the quote and list markers after it.
 * Fenced code is skipped (its indentation is content). Linear in the text: it
 * must stay cheap on hostile input.
 */
function* lineDepths(text: string): Generator<{ depth: number; line: number }> {
  let fence: string | null = null;
  let lineNumber = 0;
  for (const line of text.split(/\r\n?|\n/u)) {
    lineNumber++;
    const indent = /^[ \t]*/u.exec(line)?.[0] ?? '';
    let columns = 0;
    for (const c of indent) columns += c === '\t' ? TAB_STOP - (columns % TAB_STOP) : 1;
    let rest = line.slice(indent.length);
    let markers = 0;
    for (let marker = CONTAINER_MARKER.exec(rest); marker !== null && fence === null; marker = CONTAINER_MARKER.exec(rest)) {
      markers++;
      rest = rest.slice(marker[0].length).trimStart();
    }
    const opener = FENCE.exec(rest)?.[1];
    if (fence !== null) {
      if (opener !== undefined && opener[0] === fence[0] && opener.length >= fence.length) fence = null;
      continue;
    }
    if (opener !== undefined) fence = opener;
    yield { depth: Math.floor(columns / NARROWEST_ITEM_INDENT) + markers, line: lineNumber };
  }
}
/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [length, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [length, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    let cp = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (next & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += length;
  }
  return -1;
}

/** line:column of a byte offset, columns counted in characters of the valid text before it. */
function pointOfByte(bytes: Buffer, offset: number): { line: number; column: number } {
  const before = bytes.subarray(0, offset).toString('utf8');
  const stripped = before.startsWith(BOM) ? before.slice(BOM.length) : before;
  return new LineIndex(stripped).point(stripped.length);
}
