// A book's table of contents against its pages: each contents entry is a link
// to its chapter's (or part's) opening and ends in a page number; that number
// must be the label of the page the link leads to, as a reader turning to it
// would find. Read with pdf.js: the link annotations, their destinations, the
// text under each link, and the page labels.
import type { CheckResult } from '../types.ts';
import { result } from '../types.ts';

/** Destinations Galley gives chapter and part openings. */
const OPENING = /^(?:chapter|part)-\d+$/u;
/** A folio: arabic, or roman as front matter is numbered. */
const FOLIO = /^(?:\d+|[ivxlcdm]+)$/iu;

interface Annotation {
  readonly subtype: string;
  readonly dest?: unknown;
  readonly rect?: number[];
}

interface Item {
  readonly str?: string;
  readonly transform?: number[];
}

export async function checkContents(bytes: Uint8Array): Promise<CheckResult> {
  const title = 'Contents page numbers';
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  try {
    const labels = (await pdf.getPageLabels()) ?? [];
    const label = (index: number): string => labels[index] ?? String(index + 1);
    const problems: string[] = [];
    let entries = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const links = ((await page.getAnnotations()) as Annotation[]).filter((a) => a.subtype === 'Link' && typeof a.dest === 'string' && OPENING.test(a.dest));
      if (links.length === 0) continue;
      const items = ((await page.getTextContent()).items as Item[]).filter((i) => i.str !== undefined && i.str.trim() !== '');
      for (const link of links) {
        const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = link.rect ?? [];
        // The text drawn inside the link's box, left to right: an entry ends in its page number.
        const inside = items
          .filter((i) => {
            const [, , , , x = 0, y = 0] = i.transform ?? [];
            return x >= x1 - 1 && x <= x2 + 1 && y >= y1 - 1 && y <= y2 + 1;
          })
          .sort((a, b) => (a.transform?.[4] ?? 0) - (b.transform?.[4] ?? 0));
        const printed = inside.at(-1)?.str?.trim() ?? '';
        // A link to a chapter from running text (a cross-reference) names no page.
        if (!FOLIO.test(printed)) continue;
        entries++;
        const destination = await pdf.getDestination(link.dest as string);
        const ref = destination?.[0];
        if (ref === undefined || ref === null || typeof ref !== 'object') {
          problems.push(`page ${label(n - 1)}: the entry for ${String(link.dest)} leads nowhere`);
          continue;
        }
        const target = label(await pdf.getPageIndex(ref as { num: number; gen: number }));
        if (target !== printed) {
          const text = inside.map((i) => i.str).join('').replace(/[ .]{3,}/gu, ' … ').trim();
          problems.push(`"${text}" says page ${printed}, but ${String(link.dest)} opens on page ${target}`);
        }
      }
      page.cleanup();
    }
    if (entries === 0) return result('pdf.contents', title, 'skip', 'no table of contents (no entry linking to a chapter with a page number): not a book');
    if (problems.length > 0) return result('pdf.contents', title, 'fail', `${problems.length} of ${entries} entries give the wrong page`, problems);
    return result('pdf.contents', title, 'pass', `${entries} entries, each giving the page (by its label) where its chapter or part opens`);
  } finally {
    await pdf.destroy();
  }
}
