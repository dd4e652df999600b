// LaTeX's numbering of its display environments, as pdflatex prints them
// (amsmath): `equation` and `multline` take one number, labelled or not;
// `align`, `gather`, `flalign`, `alignat` and `eqnarray` one per row, a row
// ending at `\\` outside braces and nested environments (`cases`, `aligned`);
// a row with `\nonumber` or `\notag` takes none, nor does one that tags
// itself (`\tag{*}`), nor an empty last row; starred environments none. A
// row's `\label` names its number. Pandoc passes these environments to LaTeX,
// so a manuscript written for pdflatex expects its numbers.

/** One row of a numbered environment: whether it takes a number, its `\label`, where a `\tag` goes. */
export interface EnvironmentRow {
  readonly numbered: boolean;
  readonly label?: string;
  /** Offset in the TeX where the row's formula ends (before its `\\`, or the `\end`). */
  readonly end: number;
}

const ONE_NUMBER = new Set(['equation', 'multline']);
const NUMBER_PER_ROW = new Set(['align', 'gather', 'flalign', 'alignat', 'eqnarray']);
const OPENING = /^\s*\\begin\{([a-z]+)\}(?:\{\d+\})?/u;
/** A `\\label{key}`, its key captured. */
export const LABEL = /\\label\s*\{([^{}]+)\}/u;
const ROW_BREAK = /^\\\\\*?(?:\s*\[[^\]]*\])?/u;

/** The rows of `tex` when it is one unstarred numbered environment, else null. */
export function environmentRows(tex: string): EnvironmentRow[] | null {
  const opening = OPENING.exec(tex);
  const name = opening?.[1];
  if (opening === null || name === undefined || !(ONE_NUMBER.has(name) || NUMBER_PER_ROW.has(name))) return null;
  const closing = new RegExp(String.raw`\\end\{${name}\}\s*$`, 'u').exec(tex);
  if (closing === null) return null;
  const start = opening[0].length;
  const ends = NUMBER_PER_ROW.has(name) ? [...rowEnds(tex, start, closing.index), closing.index] : [closing.index];
  const rows: EnvironmentRow[] = [];
  let from = start;
  ends.forEach((end, i) => {
    // From the row break that ends the row before (with its `*` and `[2pt]`) to this row's end.
    const body = tex.slice(from, end).replace(ROW_BREAK, '');
    const last = i === ends.length - 1;
    // A row after the last `\\` with nothing in it is no row (LaTeX would number an empty line).
    if (!(last && i > 0 && body.trim() === '')) {
      const label = LABEL.exec(body)?.[1]?.trim();
      const numbered = !/\\(?:nonumber|notag|tag)\b/u.test(body);
      rows.push({ numbered, end, ...(label !== undefined ? { label } : {}) });
    }
    from = end;
  });
  return rows;
}

/** Offsets of each `\\` that ends a row between `from` and `to`: outside braces and nested environments. */
function rowEnds(tex: string, from: number, to: number): number[] {
  const ends: number[] = [];
  let braces = 0;
  let nested = 0;
  for (let i = from; i < to; i += 1) {
    const ch = tex[i];
    if (ch === '{') braces += 1;
    else if (ch === '}') braces = Math.max(0, braces - 1);
    else if (ch === '%') i = lineEnd(tex, i);
    else if (ch === '\\') {
      const next = tex[i + 1] ?? '';
      if (next === '\\') {
        if (braces === 0 && nested === 0) ends.push(i);
        i += (ROW_BREAK.exec(tex.slice(i))?.[0].length ?? 2) - 1;
      } else if (/[A-Za-z]/u.test(next)) {
        const command = /^[A-Za-z]+/u.exec(tex.slice(i + 1))?.[0] ?? '';
        if (command === 'begin') nested += 1;
        else if (command === 'end') nested = Math.max(0, nested - 1);
        i += command.length;
      } else i += 1;
    }
  }
  return ends;
}

function lineEnd(tex: string, at: number): number {
  const newline = tex.indexOf('\n', at);
  return newline < 0 ? tex.length : newline;
}
