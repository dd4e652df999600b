// Checks on the text a reader (or a search engine, or a screen reader) gets out
// of the PDF: the manuscript's words are all there, in order, body and notes
// each aligned as a whole against the text layer; and every note starts on the
// page of its first reference.
import { Diagnostics } from '../../diagnostics.ts';
import type { CheckResult } from '../types.ts';
import { result } from '../types.ts';
import { align } from './align.ts';
import type { TextPage } from './layer.ts';
import type { ManuscriptNote, Stream } from './words.ts';
import { expectedOf, layerStream, manuscriptUnits } from './words.ts';

const NUMBER = /^\d{1,4}$/u;

/**
 * Each note starts on the page of its first mark. In a book (`chapterStarts`,
 * the pages its chapters open on) numbers start again in each chapter, so
 * marks and notes are paired within their chapter.
 */
export function checkNotesOnPage(pages: readonly TextPage[], chapterStarts: readonly number[] = []): CheckResult {
  const title = 'Every note on its reference’s page';
  // Chapter 0 is what comes before the first chapter (a book's front matter, or all of an article).
  const chapterOf = (page: number): number => chapterStarts.filter((start) => start <= page).length;
  const labels = new Map(pages.map((p) => [p.number, p.label]));
  const chapters = new Map<number, { firstMark: Map<number, number>; start: Map<number, number> }>();
  for (const page of pages) {
    const chapter = chapterOf(page.number);
    const seen = chapters.get(chapter) ?? { firstMark: new Map<number, number>(), start: new Map<number, number>() };
    chapters.set(chapter, seen);
    for (const item of page.items) {
      const text = item.str.trim();
      if (!NUMBER.test(text)) continue;
      if (item.role === 'mark' && !seen.firstMark.has(Number(text))) seen.firstMark.set(Number(text), page.number);
      if (item.role === 'label' && !seen.start.has(Number(text))) seen.start.set(Number(text), page.number);
    }
  }
  const wrong: string[] = [];
  const unmatched: string[] = [];
  let marked = 0;
  let withNotes = 0;
  for (const [chapter, { firstMark, start }] of chapters) {
    const opening = chapterStarts[chapter - 1];
    const where = opening === undefined ? '' : `in the chapter opening on page ${labels.get(opening) ?? opening}, `;
    marked += firstMark.size;
    if (firstMark.size > 0) withNotes++;
    for (const [number, page] of [...firstMark].sort((a, b) => a[0] - b[0])) {
      const notePage = start.get(number);
      if (notePage === undefined) unmatched.push(`${where}note ${number}: marked on page ${page}, but no note ${number} found at a page foot`);
      else if (notePage !== page) wrong.push(`${where}note ${number}: first referenced on page ${page}, but the note starts on page ${notePage}`);
    }
    for (const number of start.keys()) if (!firstMark.has(number)) unmatched.push(`${where}note ${number}: at a page foot, but no mark for it found in the text`);
  }
  if (marked === 0 && unmatched.length === 0) return result('pdf.notes', title, 'pass', 'no note marks or notes in the text layer');
  if (wrong.length > 0) return result('pdf.notes', title, 'fail', `${wrong.length} of ${marked} note(s) start on another page than their reference`, [...wrong, ...unmatched]);
  if (unmatched.length > 0) return result('pdf.notes', title, 'warn', `${marked - unmatched.length} note(s) on their page; ${unmatched.length} could not be paired`, unmatched);
  const within = chapterStarts.length > 0 ? ` (numbered afresh in each chapter; paired within ${withNotes} chapter(s))` : '';
  return result('pdf.notes', title, 'pass', `${marked} note(s), each starting on the page of its first reference${within}`);
}

/** A passage of the manuscript the text layer lacks: expected units [from, to), and where the layer has them instead, if anywhere. */
interface Gap {
  readonly from: number;
  readonly to: number;
  /** Layer units between the matched neighbours. */
  readonly layerFrom: number;
  readonly layerTo: number;
}

// Gaps this close together (in matched units) are reported as one passage.
const MERGE = 3;
// Words of context and of the passage quoted in a message.
const QUOTE = 8;
// Passages described one by one in a stream; the rest are counted.
const DETAILS = 20;

/**
 * Whether `layer` spells the `wanted` words out in a run of about as many
 * words (split at line ends, a note mark glued on): letters strewn over a
 * long stretch of other text prove nothing.
 */
function spelledOut(wanted: readonly string[], layer: readonly string[]): boolean {
  const text = wanted.join('');
  const ends: number[] = [];
  let joined = '';
  for (const unit of layer) ends.push((joined += unit).length);
  for (let at = joined.indexOf(text); at !== -1; at = joined.indexOf(text, at + 1)) {
    const first = ends.findIndex((end) => end > at);
    const last = ends.findIndex((end) => end >= at + text.length);
    if (last - first + 1 <= 2 * wanted.length + 2) return true;
  }
  return false;
}

/**
 * The expected units the alignment leaves unmatched, grouped in passages. A gap
 * whose letters the layer has between the same neighbours (a word broken at a
 * line end without a hyphen, a note mark glued to a word) is no gap.
 */
function gaps(expected: readonly string[], layer: readonly string[], pairs: ReadonlyArray<readonly [number, number]>): Gap[] {
  const found: Gap[] = [];
  const bounded = [[-1, -1] as const, ...pairs, [expected.length, layer.length] as const];
  for (let k = 1; k < bounded.length; k++) {
    const [pa, pb] = bounded[k - 1] as readonly [number, number];
    const [na, nb] = bounded[k] as readonly [number, number];
    if (na - pa <= 1) continue;
    if (spelledOut(expected.slice(pa + 1, na), layer.slice(pb + 1, nb))) continue;
    const previous = found[found.length - 1];
    const matchedBetween = previous === undefined ? Infinity : pa + 1 - previous.to;
    if (previous !== undefined && matchedBetween <= MERGE) found[found.length - 1] = { ...previous, to: na, layerTo: nb };
    else found.push({ from: pa + 1, to: na, layerFrom: pb + 1, layerTo: nb });
  }
  return found;
}

const quote = (units: readonly string[]): string => units.slice(0, QUOTE).join(' ') + (units.length > QUOTE ? ' …' : '');

/** Where else in the layer a passage's opening words stand, as a page number (the passage is then out of order). */
function elsewhere(passage: readonly string[], stream: Stream, gap: Gap): number | undefined {
  const probe = passage.slice(0, Math.min(passage.length, 4));
  if (probe.length < 2 && (probe[0]?.length ?? 0) < 6) return undefined;
  for (let j = 0; j + probe.length <= stream.units.length; j++) {
    if (j >= gap.layerFrom && j < gap.layerTo) continue;
    if (probe.every((unit, k) => stream.units[j + k] === unit)) return stream.pages[j];
  }
  return undefined;
}

/** The passages of `expected` (units) that `layer` lacks, in order: empty when every word is there, in order. */
export function missingPassages(expected: readonly string[], layer: readonly string[]): Array<{ readonly from: number; readonly to: number }> {
  return gaps(expected, layer, align(expected, layer));
}

/** Located messages for one stream (the body, or the notes) against its expected units. */
function compare(expected: readonly string[], stream: Stream, pairs: ReadonlyArray<readonly [number, number]>, locate: (gap: Gap) => string, pageName: (n: number) => string): string[] {
  const found = gaps(expected, stream.units, pairs);
  const more = found.length > DETAILS ? [`… and ${found.length - DETAILS} more passage(s)`] : [];
  return found.slice(0, DETAILS).map((gap) => {
    const passage = expected.slice(gap.from, gap.to);
    const before = expected.slice(Math.max(0, gap.from - QUOTE), gap.from);
    const moved = elsewhere(passage, stream, gap);
    const what = moved === undefined ? 'missing' : `out of order (found on page ${pageName(moved)})`;
    const after = before.length > 0 ? ` after “… ${before.join(' ')}”` : ' at the start';
    return `${locate(gap)}: ${passage.length} word(s) ${what}${after}: “${quote(passage)}”`;
  }).concat(more);
}

/**
 * The manuscript's words against the text layer, the words Galley adds in
 * the document's language (`lang`, the PDF's /Lang) expected too. A book's chapters (a list)
 * are read each on its own, as they were built, so one chapter's `[^1]` is
 * not taken for another's, and their words follow one another.
 */
export async function checkTextAgainstSource(pages: readonly TextPage[], markdown: string | readonly string[] | null, lang = 'en', embedded: ReadonlyMap<string, Uint8Array> = new Map()): Promise<CheckResult> {
  const title = 'Text layer against the embedded manuscript';
  if (markdown === null) return result('pdf.text', title, 'skip', 'no embedded manuscript to compare with');
  const { parseMarkdown } = await import('../../parse/markdown.ts');
  const { kramdownSections } = await import('../../parse/kramdown-sections.ts');
  const { readMdx } = await import('../../parse/mdx.ts');
  const { crossrefTargets } = await import('../../parse/crossref-targets.ts');
  const { resolveLatexReferences } = await import('../../parse/latex-labels.ts');
  const { readMdbookIncludes } = await import('../../parse/mdbook-includes.ts');
  const { embeddedIncludes } = await import('../../parse/include-files.ts');
  const body: string[] = [];
  const notes: ManuscriptNote[] = [];
  for (const text of typeof markdown === 'string' ? [markdown] : markdown) {
    // An IETF draft's section lines are not printed, and its abstract is printed as front matter's is.
    const read = kramdownSections(text).text;
    const root = parseMarkdown(read, new Diagnostics('manuscript'));
    if (root !== null) {
      // mdBook's included listings are printed, from the files embedded beside the manuscript.
      readMdbookIncludes(root, embeddedIncludes(embedded), { problem: () => undefined });
      // MDX's comments and statements are not printed; LaTeX's \eqref{…} is, as its formula's number.
      readMdx(root, new Diagnostics('manuscript'));
      resolveLatexReferences(root, crossrefTargets(root, read), new Diagnostics('manuscript'));
    }
    const units = manuscriptUnits(root, lang, read);
    notes.push(...units.notes.map((note) => ({ ...note, at: note.at + body.length })));
    body.push(...units.body);
  }
  const labels = new Map(pages.map((p) => [p.number, p.label]));
  const pageName = (n: number): string => labels.get(n) ?? String(n);
  const bodyStream = layerStream(pages, new Set(['body']), expectedOf(body));
  const bodyPairs = align(body, bodyStream.units);
  const locateBody = (gap: Gap): string => {
    const page = bodyStream.pages[gap.layerFrom - 1] ?? bodyStream.pages[gap.layerFrom];
    return page === undefined ? 'body text, nowhere in the text layer' : `body text, page ${pageName(page)}`;
  };
  const problems = compare(body, bodyStream, bodyPairs, locateBody, pageName);
  // Where each body word stands in the layer, for the page of a note's mark: that of the word before it.
  const bodyPage: Array<number | undefined> = [];
  for (const [i, j] of bodyPairs) bodyPage[i] = bodyStream.pages[j];
  for (let i = 1; i < body.length; i++) bodyPage[i] ??= bodyPage[i - 1];
  // The notes, one after another in their numbering order, against the notes of every page in turn.
  const noteUnits = notes.flatMap((n) => n.units);
  const noteOf: number[] = notes.flatMap((n, i) => n.units.map(() => i));
  const noteStream = layerStream(pages, new Set(['note']), expectedOf(notes.flatMap((n) => n.units)));
  const locateNote = (gap: Gap): string => {
    const note = notes[noteOf[gap.from] ?? 0];
    const page = note === undefined ? undefined : bodyPage[Math.max(0, note.at - 1)];
    return `note [^${note?.label ?? '?'}]${page !== undefined ? ` (its mark on page ${pageName(page)})` : ''}`;
  };
  problems.push(...compare(noteUnits, noteStream, align(noteUnits, noteStream.units), locateNote, pageName));
  const words = `${body.length} words of the manuscript’s text and the ${noteUnits.length} of its ${notes.length} note(s)`;
  const passages = problems.filter((p) => !p.startsWith('…')).length;
  if (problems.length > 0) return result('pdf.text', title, 'fail', `${passages} passage(s) of the manuscript not found in order (of ${words})`, problems);
  return result('pdf.text', title, 'pass', `all ${words} are in the text layer, in order`);
}
