// The layout report: what pagination and line breaking decided, as JSON a
// person (or a test) can check: paragraphs' ratios and hyphens, notes per page,
// widows, orphans, overfull lines and whether every note met its citation.
import type { ParagraphRecord } from './context.ts';
import type { PageFrame } from './paginate.ts';

export interface ParagraphReport {
  /** Page of the paragraph's first line. */
  readonly page: number;
  /** Document.blocks index (-1: title block). */
  readonly block: number;
  /** The note the paragraph belongs to, or null for the text. */
  readonly note: number | null;
  readonly lines: number;
  readonly ratios: readonly number[];
  /** 1-based line numbers that end in an added hyphen. */
  readonly hyphenatedLines: readonly number[];
}

export interface PageReport {
  readonly number: number;
  /** Notes that begin on this page. */
  readonly notesPlaced: readonly number[];
  /** Notes that run on to the next page. */
  readonly notesSplit: readonly number[];
  /** Paragraphs ending on this page with fewer lines than the theme allows. */
  readonly widows: number;
  /** Paragraphs beginning at this page's foot with fewer lines than the theme allows. */
  readonly orphans: number;
  /** No allowed break existed: a keep (widow, orphan, heading) was broken. */
  readonly forcedBreak: boolean;
}

export interface Where {
  readonly page: number;
  readonly block: number;
  readonly note: number | null;
  /** 1-based line of the paragraph. */
  readonly line?: number;
}

/** A word no pattern breaks, and the lines it left loose: give it breaks in `hyphenation:`. */
export interface UnbreakableWord {
  readonly word: string;
  /** Lines set beyond their stretch before it. */
  readonly lines: number;
  /** Pages the paragraphs of those lines begin on, each once, in order. */
  readonly pages: readonly number[];
}

export interface LayoutReport {
  readonly pages: readonly PageReport[];
  readonly paragraphs: readonly ParagraphReport[];
  readonly overfullLines: { readonly count: number; readonly where: readonly Where[] };
  readonly emergencyParagraphs: { readonly count: number; readonly where: readonly Where[] };
  /** Words the patterns cannot break that opened a line after a loose one, most lines first. */
  readonly unbreakableWords: readonly UnbreakableWord[];
  /** Notes whose first line is not on the page of their first citation (should be 0). */
  readonly notesOffPage: number;
}

export function buildReport(
  frames: readonly PageFrame[],
  paragraphs: readonly ParagraphRecord[],
  limits: { readonly widows: number; readonly orphans: number },
): LayoutReport {
  const paragraphPage = new Map<number, number>();
  const citedOn = new Map<number, number>();
  const noteStartsOn = new Map<number, number>();
  const pages: PageReport[] = frames.map((frame, i) => {
    const number = i + 1;
    const boxes = [
      ...frame.body.filter((p) => !p.repeated).map((p) => p.box),
      ...frame.notes.flatMap((part) => part.boxes),
    ];
    for (const b of boxes) {
      if (b.paragraphLine && !paragraphPage.has(b.paragraphLine.paragraph)) paragraphPage.set(b.paragraphLine.paragraph, number);
    }
    for (const placed of frame.body) {
      for (const n of placed.box.noteRefs) if (!citedOn.has(n)) citedOn.set(n, number);
    }
    for (const part of frame.notes) if (!part.continued) noteStartsOn.set(part.note, number);

    const body = frame.body.filter((p) => !p.repeated);
    const first = body[0]?.box.paragraphLine;
    const last = body.at(-1)?.box.paragraphLine;
    const widow = first !== undefined && first !== null && first.line > 0 && first.lines - first.line < limits.widows;
    const orphan = last !== undefined && last !== null && last.line < last.lines - 1 && last.line + 1 < limits.orphans;
    return {
      number,
      notesPlaced: frame.notes.filter((p) => !p.continued).map((p) => p.note),
      notesSplit: frame.notes.filter((p) => p.split).map((p) => p.note),
      widows: widow ? 1 : 0,
      orphans: orphan ? 1 : 0,
      forcedBreak: frame.forced,
    };
  });

  const paragraphReports: ParagraphReport[] = paragraphs.map((p, i) => ({
    page: paragraphPage.get(i) ?? 0,
    block: p.block,
    note: p.note,
    lines: p.ratios.length,
    ratios: p.ratios.map((r) => Math.round(r * 1000) / 1000),
    hyphenatedLines: p.hyphenatedLines,
  }));
  const overfull = paragraphs.flatMap((p, i) =>
    p.overfullLines.map((line) => ({ page: paragraphPage.get(i) ?? 0, block: p.block, note: p.note, line })),
  );
  const emergency = paragraphs.flatMap((p, i) =>
    p.emergency ? [{ page: paragraphPage.get(i) ?? 0, block: p.block, note: p.note }] : [],
  );
  const unbreakable = new Map<string, { word: string; lines: number; pages: Set<number> }>();
  paragraphs.forEach((p, i) => {
    for (const word of p.unbreakable) {
      const key = word.toLowerCase();
      const entry = unbreakable.get(key) ?? { word, lines: 0, pages: new Set<number>() };
      entry.lines += 1;
      entry.pages.add(paragraphPage.get(i) ?? 0);
      unbreakable.set(key, entry);
    }
  });
  let notesOffPage = 0;
  for (const [note, page] of citedOn) if (noteStartsOn.get(note) !== page) notesOffPage++;
  return {
    pages,
    paragraphs: paragraphReports,
    overfullLines: { count: overfull.length, where: overfull },
    emergencyParagraphs: { count: emergency.length, where: emergency },
    unbreakableWords: [...unbreakable.values()]
      .map(({ word, lines, pages }) => ({ word, lines, pages: [...pages].sort((a, b) => a - b) }))
      .sort((a, b) => b.lines - a.lines || a.word.localeCompare(b.word)),
    notesOffPage,
  };
}
