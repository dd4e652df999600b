// The book's one Sources list (theme book.sources: end): every chapter's
// entries once, in the style's order, the citations linked to them; a style
// that numbers its sources keeps them per chapter, and says so at `csl:`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBook } from '../../src/book/index.ts';
import { sourcesAtEnd } from '../../src/book/sources.ts';
import { temporaryDir } from '../helpers/cli.ts';

const REFS = 'references:\n  - id: zeta\n    type: book\n    title: Zeta\n    author: [{ family: Zimmer, given: Ann }]\n  - id: alpha\n    type: book\n    title: Alpha\n    author: [{ family: Adams, given: Bo }]\n';

const NUMERIC = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>Numbered</title><id>numbered</id><updated>2026-01-01T00:00:00+00:00</updated></info>
  <citation><layout prefix="[" suffix="]"><text variable="citation-number"/></layout></citation>
  <bibliography><layout><text variable="citation-number" prefix="[" suffix="] "/><text variable="title"/></layout></bibliography>
</style>
`;

function book(csl: string, cites = true): string {
  const dir = temporaryDir('galley-book-sources-');
  const files: Record<string, string> = {
    'book.yaml': `title: T\nbibliography: refs.yaml\ncsl: ${csl}\nchapters:\n  - a.md\n  - b.md\n`,
    'refs.yaml': REFS,
    'a.md': cites ? '# A\n\nFirst [@zeta].\n' : '# A\n\nFirst.\n',
    'b.md': cites ? '# B\n\nAgain [@zeta], then [@alpha].\n' : '# B\n\nAgain.\n',
    'numeric.csl': NUMERIC,
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return join(dir, 'book.yaml');
}

const entryTexts = (blocks: readonly unknown[]): string[] => JSON.stringify(blocks).match(/"value":"(?:Zeta|Alpha)"/gu) ?? [];

describe('sourcesAtEnd', () => {
  it("moves each chapter's list to one at the end: every source once, in the style's order, cited from where it was", () => {
    const loaded = loadBook(book(join(import.meta.dirname, '../fixtures/cite/in-text.csl')));
    expect(loaded.book, JSON.stringify(loaded.diagnostics)).not.toBeNull();
    const { book: gathered, warnings } = sourcesAtEnd(loaded.book!, 'Sources', loaded.citations!);
    expect(warnings).toEqual([]);
    expect(gathered.chapters.map((c) => c.title)).toEqual(['A', 'B', 'Sources']);
    const [a, b, sources] = gathered.chapters;
    for (const chapter of [a, b]) expect(chapter?.document.blocks.some((block) => block.type === 'list')).toBe(false);
    // Zeta is cited first, in both chapters; the style sorts by author: Adams before Zimmer.
    const list = sources?.document.blocks[0];
    expect(list?.type === 'list' ? list.items.map((item) => item.id) : []).toEqual(['c3-src-alpha', 'c3-src-zeta']);
    // Each entry's text once, as the chapters' lists had it.
    expect(entryTexts(sources?.document.blocks ?? [])).toEqual(['"value":"Alpha"', '"value":"Zeta"']);
    expect(sources?.unnumbered).toBe(true);
    // The citations in both chapters lead to the one list.
    expect(JSON.stringify(a?.document.blocks)).toContain('"url":"#c3-src-zeta"');
    expect(JSON.stringify(b?.document.blocks)).toContain('"url":"#c3-src-alpha"');
  });

  it('keeps the lists per chapter, with a warning at csl:, when the style numbers its sources', () => {
    const loaded = loadBook(book('numeric.csl'));
    const { book: kept, warnings } = sourcesAtEnd(loaded.book!, 'Sources', loaded.citations!);
    expect(kept).toBe(loaded.book);
    expect(warnings).toEqual([expect.objectContaining({ severity: 'warning', line: 3, column: 6, message: expect.stringMatching(/numbers its sources.*listed after each chapter/u) })]);
  });

  it('leaves a book that cites nothing as it is, whatever its style, and says nothing', () => {
    const loaded = loadBook(book('numeric.csl', false));
    expect(sourcesAtEnd(loaded.book!, 'Sources', loaded.citations!)).toEqual({ book: loaded.book, warnings: [] });
  });
});
