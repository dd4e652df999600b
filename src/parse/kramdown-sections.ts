// kramdown-rfc's section lines, as IETF drafts written in Markdown use them
// after their front matter: `--- abstract` opens the abstract, `--- middle`
// and `--- back` the body and the appendices, `--- note_Some_Title` an
// unnumbered note. Markdown would print each as a paragraph ("--- abstract").
// The abstract becomes the manuscript's abstract (as front matter
// `abstract:`), a note line a heading, and the other lines disappear. Every
// line keeps its length, so positions in the manuscript stay where they were.
import type { AbstractText } from './abstract.ts';
import { FRONT_MATTER } from './prose-text.ts';

const SECTION = /^--- (abstract|middle|back|note_(\S+))[ \t]*$/gmu;

export interface KramdownSections {
  /** The manuscript with the section lines (and the abstract, if taken) blanked out. */
  readonly text: string;
  readonly abstract?: AbstractText;
  /** The line of `--- abstract`. */
  readonly abstractLine?: number;
}

const blank = (text: string): string => text.replace(/[^\r\n]/gu, ' ');

/**
 * Front matter that kramdown-rfc closes with its first section line rather
 * than `---` (its own examples and most drafts: the YAML runs straight into
 * `--- abstract`): that line's offset, or -1.
 */
function sectionClosing(text: string): number {
  if (!/^---[ \t]*\r?\n/u.test(text)) return -1;
  const first = new RegExp(SECTION.source, 'mu').exec(text);
  if (first === null) return -1;
  // A plain `---` or `...` before it closes the front matter itself.
  return /^(?:---|\.\.\.)[ \t]*$/mu.test(text.slice(text.indexOf('\n') + 1, first.index)) ? -1 : first.index;
}

/** The manuscript's kramdown-rfc sections, if its front matter is followed by any. */
export function kramdownSections(text: string): KramdownSections {
  const closing = sectionClosing(text);
  const frontMatter = closing >= 0 ? null : FRONT_MATTER.exec(text);
  if (frontMatter === null && closing < 0) return { text };
  const bodyStart = frontMatter?.[0].length ?? closing;
  const body = text.slice(bodyStart);
  const marks = [...body.matchAll(SECTION)];
  if (marks.length === 0) return { text };
  let out = text.slice(0, bodyStart);
  let abstract: AbstractText | undefined;
  let abstractLine = 0;
  let from = 0;
  marks.forEach((mark, i) => {
    const start = mark.index;
    const end = start + mark[0].length;
    out += body.slice(from, start);
    const note = mark[2];
    // "--- note_Some_Title" (16 characters) becomes "# Some Title" and spaces: the same length.
    // A line closing the front matter becomes that fence ("---" and spaces), a note's title lost with it.
    const replaced = note === undefined ? blank(mark[0]) : `# ${note.replace(/_/gu, ' ')}`.padEnd(mark[0].length, ' ');
    out += i === 0 && closing >= 0 ? '---'.padEnd(mark[0].length, ' ') : replaced;
    from = end;
    if (mark[1] === 'abstract') {
      const until = marks[i + 1]?.index ?? body.length;
      const section = body.slice(end, until);
      const markLine = (text.slice(0, bodyStart + start).match(/\n/gu)?.length ?? 0) + 1;
      // The end of the mark's line and the blank lines after it.
      const lead = /^(?:[ \t]*\r?\n)*/u.exec(section)?.[0] ?? '';
      abstract = { text: section.slice(lead.length), line: markLine + (lead.match(/\n/gu)?.length ?? 0), column: 1 };
      abstractLine = markLine;
      out += blank(section);
      from = until;
    }
  });
  out += body.slice(from);
  return { text: out, ...(abstract !== undefined && abstract.text.trim() !== '' ? { abstract, abstractLine } : {}) };
}
