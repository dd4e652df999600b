// Byte-level checks before any Markdown parsing: a manuscript is UTF-8 text.
import type { Diagnostics } from '../diagnostics.ts';
import { LineIndex } from './position.ts';

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
  const text = bytes.toString('utf8');
  return text.startsWith(BOM) ? text.slice(BOM.length) : text;
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
