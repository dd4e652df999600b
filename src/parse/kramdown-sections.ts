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

/** The manuscript's kramdown-rfc sections, if its front matter is followed by any. */
export function kramdownSections(text: string): KramdownSections {
  const frontMatter = FRONT_MATTER.exec(text);
  if (frontMatter === null) return { text };
  const body = text.slice(frontMatter[0].length);
  const marks = [...body.matchAll(SECTION)];
  if (marks.length === 0) return { text };
  let out = frontMatter[0];
  let abstract: AbstractText | undefined;
  let abstractLine = 0;
  let from = 0;
  marks.forEach((mark, i) => {
    const start = mark.index;
    const end = start + mark[0].length;
    out += body.slice(from, start);
    const note = mark[2];
    // "--- note_Some_Title" (16 characters) becomes "# Some Title" and spaces: the same length.
    out += note === undefined ? blank(mark[0]) : `# ${note.replace(/_/gu, ' ')}`.padEnd(mark[0].length, ' ');
    from = end;
    if (mark[1] === 'abstract') {
      const until = marks[i + 1]?.index ?? body.length;
      const section = body.slice(end, until);
      const markLine = (text.slice(0, frontMatter[0].length + start).match(/\n/gu)?.length ?? 0) + 1;
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
