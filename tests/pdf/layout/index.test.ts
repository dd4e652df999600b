// The page model of small Documents: what a reader would check on the page.
import { describe, expect, test } from 'vitest';
import type { Block, Document, Note } from '../../../src/document.ts';
import { loadFonts } from '../../../src/fonts.ts';
import { layoutDocument } from '../../../src/pdf/layout/index.ts';
import type { LayoutResult } from '../../../src/pdf/layout/index.ts';
import type { Page, PageItem, PlacedLine } from '../../../src/pdf/page-model.ts';
import { loadTheme } from '../../../src/theme/load.ts';
import type { Theme } from '../../../src/theme/types.ts';
import { codeBlock, heading, item, list, makeDocument, note, para, prose, quote, ref, table } from '../../helpers/build-doc.ts';
import { blockText, words } from '../../../src/text.ts';

const theme = loadTheme();
const measure = theme.page.width - theme.margins.inner - theme.margins.outer;
const EPSILON = 0.01;
/** The most a line's last glyph may hang into the margin: 70% of a half-em stop (protrusion). */
const PROTRUSION = 0.35 * theme.body.size;

function layout(doc: Document, t: Theme = theme): LayoutResult {
  return layoutDocument(doc, t, loadFonts(t));
}

const isLine = (item: PageItem): item is PlacedLine => item.kind === 'line';
const textOf = (line: PlacedLine): string => line.fragments.map((f) => f.text).join('');
const bodyLines = (page: Page): PlacedLine[] => page.items.filter(isLine).filter((l) => l.role !== 'Lbl');
const pageOf = (pages: readonly Page[], destination: string): number =>
  pages.find((p) => p.destinations.some((d) => d.name === destination))?.number ?? 0;

/** Every note begins on the page of its first citation (by their link anchors). */
function expectNotesOnTheirPages(doc: Document, result: LayoutResult): void {
  for (const n of doc.notes) {
    expect(pageOf(result.pages, `ref-${n.number}`), `note ${n.number}`).toBeGreaterThan(0);
    expect(pageOf(result.pages, `note-${n.number}`), `note ${n.number}`).toBe(pageOf(result.pages, `ref-${n.number}`));
  }
  expect(result.report.notesOffPage).toBe(0);
}

/** Paragraphs (with a note each) of varied length: page breaks land everywhere. */
function notedArticle(paragraphs: number, seed: number): Document {
  const blocks: Block[] = [];
  const notes: Note[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const n = notes.length + 1;
    blocks.push(para(prose(30 + ((i * 37 + seed * 11) % 90), i + seed), ref(n)));
    notes.push(note(n, para(prose(12 + ((i * 53 + seed) % 60), i * 3 + seed))));
  }
  return makeDocument(blocks, notes);
}

describe('footnotes', () => {
  test('every note starts on the page of its reference, across many page breaks', () => {
    for (let seed = 0; seed < 6; seed++) {
      const doc = notedArticle(24, seed);
      const result = layout(doc);
      expect(result.pages.length).toBeGreaterThan(3);
      expectNotesOnTheirPages(doc, result);
    }
  });

  test('a reference on the last line of a page has its note on that page', () => {
    let seen = 0;
    for (let seed = 0; seed < 12; seed++) {
      const doc = notedArticle(16, seed);
      const result = layout(doc);
      for (const page of result.pages) {
        const last = bodyLines(page).at(-1);
        const cited = last?.fragments.flatMap((f) => (f.noteRef !== undefined ? [f.noteRef] : [])) ?? [];
        for (const n of cited) {
          seen++;
          expect(pageOf(result.pages, `note-${n}`)).toBe(page.number);
        }
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  test('three notes in one paragraph stack in order below a rule', () => {
    const doc = makeDocument(
      [para(prose(20, 1), ref(1), ' ', prose(20, 2), ref(2), ' ', prose(20, 3), ref(3))],
      [note(1, para('First note.')), note(2, para(prose(40, 4))), note(3, para('Third note.'))],
    );
    const [page] = layout(doc).pages;
    const rule = page?.notes[0];
    expect(rule?.kind).toBe('rule');
    const ys = [1, 2, 3].map((n) => page?.destinations.find((d) => d.name === `note-${n}`)?.y ?? 0);
    expect(ys[0]).toBeGreaterThan(rule?.kind === 'rule' ? rule.y : Infinity);
    expect(ys[1]).toBeGreaterThan(ys[0] ?? Infinity);
    expect(ys[2]).toBeGreaterThan(ys[1] ?? Infinity);
    // The note area sits at the foot of the text block, below the last body line.
    const lastBody = bodyLines(page!).at(-1)?.baseline ?? 0;
    expect(rule?.kind === 'rule' && rule.y).toBeGreaterThan(lastBody);
    const labels = page!.notes.filter(isLine).filter((l) => l.role === 'Lbl').map(textOf);
    expect(labels).toEqual(['1', '2', '3']);
  });

  test('a note longer than a page splits and continues at the foot of the next page before its own notes', () => {
    const doc = makeDocument(
      [para(prose(60, 1), ref(1), ' ', prose(20, 2)), para(prose(200, 3)), para(prose(40, 4), ref(2)), para(prose(200, 5))],
      [note(1, para(prose(500, 6)), para(prose(400, 7))), note(2, para('A short note on the next page.'))],
    );
    const result = layout(doc);
    const { pages, report } = result;
    const splitOn = report.pages.find((p) => p.notesSplit.includes(1));
    expect(splitOn).toBeDefined();
    const next = pages[splitOn!.number];
    expect(next).toBeDefined();
    // On the next page the continuation of note 1 comes first, then note 2.
    const noteLines = next!.notes.filter(isLine);
    const firstNoteTwo = next!.destinations.find((d) => d.name === 'note-2');
    if (firstNoteTwo) expect(noteLines[0]!.baseline).toBeLessThan(firstNoteTwo.y);
    expect(noteLines[0]!.role).not.toBe('Lbl');
    expectNotesOnTheirPages(doc, result);
    // The first part keeps at least two lines on its citation's page.
    const first = pages[splitOn!.number - 1]!;
    expect(first.notes.filter(isLine).length).toBeGreaterThanOrEqual(3);
  });

  test('a second citation of a note adds no second copy of the note', () => {
    const doc = makeDocument([para(prose(30, 1), ref(1), ' ', prose(30, 2), ref(1, 2))], [note(1, para('Once only.'))]);
    const [page] = layout(doc).pages;
    expect(page!.notes.filter(isLine).filter((l) => l.role === 'Lbl').map(textOf)).toEqual(['1']);
    expect(page!.destinations.filter((d) => d.name === 'ref-1')).toHaveLength(1);
  });
});

describe('pagination', () => {
  test('no widows or orphans: at least two lines of a paragraph at the top and foot of every page', () => {
    for (let seed = 0; seed < 4; seed++) {
      const blocks = Array.from({ length: 30 }, (_, i) => para(prose(20 + ((i * 29 + seed * 7) % 70), i + seed)));
      const result = layout(makeDocument(blocks));
      const linesPerPage = new Map<string, number>();
      const total = new Map<number, number>();
      for (const page of result.pages) {
        for (const line of bodyLines(page)) {
          if (line.paragraph === undefined) continue;
          const key = `${page.number}:${line.paragraph}`;
          linesPerPage.set(key, (linesPerPage.get(key) ?? 0) + 1);
          total.set(line.paragraph, (total.get(line.paragraph) ?? 0) + 1);
        }
      }
      for (const [key, count] of linesPerPage) {
        const paragraph = Number(key.split(':')[1]);
        if (count < (total.get(paragraph) ?? 0)) expect(count, `paragraph ${paragraph} on page ${key}`).toBeGreaterThanOrEqual(2);
      }
      expect(result.report.pages.every((p) => p.widows === 0 && p.orphans === 0 && !p.forcedBreak)).toBe(true);
    }
  });

  test('no page ends with a hyphenated line', () => {
    for (let seed = 0; seed < 4; seed++) {
      const blocks = Array.from({ length: 24 }, (_, i) => para(prose(40 + ((i * 31 + seed) % 60), i * 2 + seed)));
      const result = layout(makeDocument(blocks));
      const hyphenatedSomewhere = result.report.paragraphs.some((p) => p.hyphenatedLines.length > 0);
      expect(hyphenatedSomewhere).toBe(true);
      for (const page of result.pages.slice(0, -1)) {
        const last = bodyLines(page).at(-1)!;
        expect(/\w-$/u.test(textOf(last).trimEnd()), `page ${page.number}`).toBe(false);
      }
    }
  });

  test('a heading near the foot of a page moves to the next, with two lines of its text', () => {
    let moved = 0;
    for (let words = 100; words < 400; words += 12) {
      const doc = makeDocument([para(prose(words, 1)), para(prose(words, 2)), heading(1, 'A section heading'), para(prose(80, 3)), para(prose(80, 4))]);
      const { pages } = layout(doc);
      const page = pages.find((p) => p.items.some((i) => isLine(i) && i.role === 'H1'))!;
      const lines = bodyLines(page);
      const at = lines.findIndex((l) => l.role === 'H1');
      expect(lines.length - at - 1, `${words} words`).toBeGreaterThanOrEqual(2);
      if (at === 0 && page.number > 1) moved++;
    }
    expect(moved).toBeGreaterThan(0);
  });

  test('a table longer than a page repeats its header row on each page', () => {
    const rows = [['Item', 'Amount', 'Description'], ...Array.from({ length: 70 }, (_, i) => [`Item ${i + 1}`, String(i * 17), prose(4 + (i % 6), i)])];
    const { pages } = layout(makeDocument([para(prose(40, 1)), table(rows), para(prose(30, 2))]));
    const withRows = pages.filter((p) => p.items.some((i) => isLine(i) && i.role === 'TD'));
    expect(withRows.length).toBeGreaterThan(1);
    for (const page of withRows) {
      const cells = page.items.filter(isLine).filter((l) => l.role === 'TH' || l.role === 'TD');
      expect(cells.slice(0, 3).map(textOf)).toEqual(['Item', 'Amount', 'Description']);
      const firstRow = cells.findIndex((c) => c.role === 'TD');
      expect(cells.slice(0, firstRow).every((c) => c.role === 'TH')).toBe(true);
    }
    // Every row appears once, in order.
    const firstCells = withRows.flatMap((p) => p.items.filter(isLine).filter((l) => l.role === 'TD' && textOf(l).startsWith('Item ')).map(textOf));
    expect(firstCells).toEqual(rows.slice(1).map((r) => r[0]));
  });

  test('page starts point at the first word of each page', () => {
    const blocks = Array.from({ length: 12 }, (_, i) => para(prose(90, i)));
    const { pages } = layout(makeDocument(blocks));
    expect(pages[0]?.start).toEqual({ page: 1, block: -1, word: 0 });
    for (const page of pages.slice(1)) {
      const first = bodyLines(page)[0]!;
      const block = blocks[page.start.block];
      expect(page.start.block).toBe(first.block);
      const words = block?.type === 'paragraph' && block.children[0]?.type === 'text' ? block.children[0].value.split(/\s+/u) : [];
      // The first word drawn may be the first part of a hyphenated word.
      const drawn = textOf(first).trim().split(/\s+/u)[0]!.replace(/-$/u, '');
      expect(words[page.start.word]?.startsWith(drawn)).toBe(true);
    }
  });
});

test('page starts count words through lists, quotes and code as the EPUB does', () => {
  const blocks: Block[] = [
    list(true, Array.from({ length: 14 }, (_, i) => item(para(prose(30, i)), quote(para(prose(20, i + 40)))))),
    codeBlock(Array.from({ length: 60 }, (_, i) => `call_${i}(x, y);`).join('\n')),
  ];
  const { pages } = layout(makeDocument(blocks));
  expect(pages.length).toBeGreaterThan(3);
  for (const page of pages.slice(1)) {
    const first = bodyLines(page)[0]!;
    const drawn = textOf(first).trim().split(/\s+/u)[0]!.replace(/-$/u, '');
    const all = words(blockText(blocks[page.start.block]!));
    expect(all[page.start.word]?.startsWith(drawn), `page ${page.number}`).toBe(true);
  }
});

describe('lines and measures', () => {
  test('a 60-character URL breaks without a hyphen and without overfull lines', () => {
    const url = 'https://example.org/reports/2024/north-korea/casualties.html';
    expect(url).toHaveLength(60);
    const doc = makeDocument([para('The full account of the briefing can be read at ', url, ' and elsewhere, as the agency said.')]);
    const { pages, report } = layout(doc);
    const lines = bodyLines(pages[0]!);
    for (const line of lines) {
      const right = Math.max(...line.fragments.map((f) => line.x + f.x + f.width));
      // A stop or hyphen at the end may hang into the margin (protrusion), no more.
      expect(right).toBeLessThanOrEqual(theme.margins.inner + measure + PROTRUSION + EPSILON);
    }
    expect(report.overfullLines.count).toBe(0);
    expect(lines.map(textOf).join('').replace(/\s+/gu, '')).toContain(url);
  });

  test('a paragraph in a block quote inside a list is indented by both, and justified to its narrower measure', () => {
    const doc = makeDocument([list(false, [item(para('An item.'), quote(para(prose(60, 1))))])]);
    const { pages } = layout(doc);
    const quoted = bodyLines(pages[0]!).filter((l) => l.role === 'BlockQuote');
    expect(quoted.length).toBeGreaterThan(2);
    const listIndent = Math.max(...bodyLines(pages[0]!).filter((l) => l.role === 'LI').map((l) => l.x)) - theme.margins.inner;
    expect(listIndent).toBeGreaterThan(0);
    const left = theme.margins.inner + listIndent + theme.blockquote.indent;
    const right = theme.margins.inner + measure - theme.blockquote.indent;
    for (const line of quoted) expect(line.x).toBeCloseTo(left, 3);
    for (const line of quoted.slice(0, -1)) {
      const last = line.fragments.at(-1)!;
      const end = line.x + last.x + last.width;
      expect(end).toBeGreaterThan(right - 0.05);
      expect(end).toBeLessThan(right + PROTRUSION);
    }
    expect(quoted[0]!.fragments[0]!.size).toBe(theme.blockquote.size);
  });

  test('paragraphs after the first are indented; the first after a heading is not', () => {
    const doc = makeDocument([heading(1, 'Heading'), para(prose(40, 1)), para(prose(40, 2))]);
    const lines = bodyLines(layout(doc).pages[0]!).filter((l) => l.role === 'P');
    const firstOf = (p: number): PlacedLine => lines.find((l) => l.paragraph === p)!;
    const [a, b] = [...new Set(lines.map((l) => l.paragraph!))];
    expect(firstOf(a!).x).toBeCloseTo(theme.margins.inner);
    expect(firstOf(b!).x).toBeCloseTo(theme.margins.inner + theme.body.paragraphIndent);
  });

  test.each([
    ['zh', '中文段落的排版需要首行缩进两个字。', 2],
    ['zh-Hant', '中文段落的排版需要首行縮進兩個字。', 2],
    ['ja', '日本語の段落は一字下げで始まります。', 1],
  ])('in %s (%s) every paragraph is indented, the first after a heading too, by %i characters', (lang, sentence, characters) => {
    const doc = makeDocument([para(sentence.repeat(4)), heading(1, '标题'), para(sentence.repeat(4)), para(sentence.repeat(4))], [], { lang });
    const lines = bodyLines(layout(doc).pages[0]!).filter((l) => l.role === 'P');
    const paragraphs = [...new Set(lines.map((l) => l.paragraph!))];
    expect(paragraphs).toHaveLength(3);
    for (const p of paragraphs) expect(lines.find((l) => l.paragraph === p)!.x).toBeCloseTo(theme.margins.inner + characters * theme.body.size);
  });
});

describe('running heads and folios', () => {
  const doc = makeDocument(Array.from({ length: 14 }, (_, i) => para(prose(90, i))), [], { title: 'The Running Title' });

  test('none on page 1; the title and the folio on the others', () => {
    const { pages } = layout(doc);
    expect(pages.length).toBeGreaterThan(2);
    expect(pages[0]?.head).toBeNull();
    expect(pages[0]?.folio).toBeNull();
    for (const page of pages.slice(1)) {
      expect(textOf(page.head!)).toBe('The Running Title');
      expect(textOf(page.folio!)).toBe(String(page.number));
      expect(page.head!.baseline).toBeLessThan(theme.margins.top);
      expect(page.folio!.baseline).toBeGreaterThan(theme.page.height - theme.margins.bottom);
      expect(page.head!.role).toBe('Artifact');
    }
  });

  test('two-sided pages mirror their margins', () => {
    const twoSided: Theme = { ...theme, page: { ...theme.page, twoSided: true }, margins: { ...theme.margins, inner: 50, outer: 80 } };
    const { pages } = layout(doc, twoSided);
    const leftEdge = (page: Page): number => Math.min(...bodyLines(page).map((l) => l.x));
    expect(leftEdge(pages[0]!)).toBeCloseTo(50);
    expect(leftEdge(pages[1]!)).toBeCloseTo(80);
    expect(leftEdge(pages[2]!)).toBeCloseTo(50);
  });

  test('section heads follow the section in force', () => {
    const sectioned: Theme = { ...theme, running: { ...theme.running, head: 'section' } };
    const blocks = [heading(1, 'Opening'), ...Array.from({ length: 8 }, (_, i) => para(prose(90, i))), heading(1, 'Later'), ...Array.from({ length: 8 }, (_, i) => para(prose(90, i + 9)))];
    const { pages } = layout(makeDocument(blocks), sectioned);
    const heads = pages.slice(1).map((p) => textOf(p.head!));
    expect(heads[0]).toBe('Opening');
    expect(heads.at(-1)).toBe('Later');
  });
});

describe('notes in a right-to-left document', () => {
  test('the notes rule starts from the right edge of the text block, where the lines begin', () => {
    const theme = loadTheme();
    const doc = makeDocument([para('مرحبا بالعالم', ref(1))], [note(1, para('حاشية قصيرة.'))], { lang: 'ar', title: 'اختبار', dir: 'rtl' });
    const { pages } = layoutDocument(doc, theme, loadFonts(theme));
    const rule = pages[0]!.notes.find((item) => item.kind === 'rule');
    const right = theme.page.width - theme.margins.outer;
    expect(rule?.kind === 'rule' && rule.x + rule.width).toBeCloseTo(right, 6);
    expect(rule?.kind === 'rule' && rule.x).toBeGreaterThan(theme.margins.inner);
  });
});
