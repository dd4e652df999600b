// Notes set ahead of pagination: each note knows the block that first cites
// it, carries its number (linking back to the citation) and its own anchor.
import { describe, expect, test } from 'vitest';
import type { Block } from '../../../src/document.ts';
import { loadFonts } from '../../../src/fonts.ts';
import { layoutContext } from '../../../src/pdf/layout/index.ts';
import { firstCitations, layoutNotes } from '../../../src/pdf/layout/notes.ts';
import type { PlacedLine } from '../../../src/pdf/page-model.ts';
import { loadTheme } from '../../../src/theme/load.ts';
import { makeDocument, note, para, prose, ref } from '../../helpers/build-doc.ts';

describe('firstCitations', () => {
  test('maps each note to the top-level block of its first citation, however deep', () => {
    const quote: Block = { type: 'blockquote', children: [para('Quoted', ref(2))] };
    const blocks: Block[] = [para('No notes'), para('First', ref(1)), quote, para('Again', ref(1), ref(2))];
    expect([...firstCitations(blocks)]).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });
});

describe('layoutNotes', () => {
  const theme = loadTheme();
  const fonts = loadFonts(theme);
  const base = layoutContext(theme, fonts, 'en', undefined);
  const doc = makeDocument([para('Claim', ref(1)), para('Other', ref(2))], [note(1, para(prose(60))), note(2, para('Short.'))]);
  const notes = layoutNotes(doc, base);
  const linesOf = (n: number): PlacedLine[] => (notes.get(n) ?? []).flatMap((b) => b.items.filter((i): i is PlacedLine => i.kind === 'line'));

  test('sets each note as boxes, a long note as several it can split between', () => {
    expect([...notes.keys()]).toEqual([1, 2]);
    expect(notes.get(1)!.length).toBeGreaterThan(1);
    expect(notes.get(2)).toHaveLength(1);
  });

  test('hangs the note number, linking back to the citation, on the first line, the text indented beside it', () => {
    const [number, ...text] = linesOf(2);
    expect(number?.role).toBe('Lbl');
    expect(number?.fragments[0]).toMatchObject({ text: '2', link: '#ref-2', size: theme.notes.size });
    expect(number?.baseline).toBe(text[0]?.baseline);
    expect(text[0]!.x).toBe(theme.notes.numberWidth);
  });

  test('anchors the note at its first box, for the citation’s link', () => {
    expect(notes.get(1)![0]!.destinations[0]).toMatchObject({ name: 'note-1', x: 0, y: 0 });
    expect(notes.get(1)![1]!.destinations).toEqual([]);
  });
});

describe('layoutNotes past note 99', () => {
  const theme = loadTheme();
  const fonts = loadFonts(theme);
  const base = layoutContext(theme, fonts, 'en', undefined);
  const count = 120;
  const numbers = Array.from({ length: count }, (_, i) => i + 1);
  const doc = makeDocument([para('Claims', ...numbers.map((n) => ref(n)))], numbers.map((n) => note(n, para(prose(30, n)))));
  const notes = layoutNotes(doc, base);
  const linesOf = (n: number): PlacedLine[] => (notes.get(n) ?? []).flatMap((b) => b.items.filter((i): i is PlacedLine => i.kind === 'line'));

  test('widens the number column so that note 120 clears its text, and every note’s text starts at the same x', () => {
    const [number, first] = linesOf(120);
    const label = number!.fragments[0]!;
    expect(label.text).toBe('120');
    expect(first!.x - (label.x + label.width)).toBeGreaterThanOrEqual(0.4 * theme.notes.size - 1e-6);
    expect(first!.x).toBeGreaterThan(theme.notes.numberWidth);
    expect(new Set(numbers.map((n) => linesOf(n)[1]!.x)).size).toBe(1);
  });
});

describe('layoutNotes in right-to-left text', () => {
  const theme = loadTheme();
  const fonts = loadFonts(theme);
  const base = layoutContext(theme, fonts, 'ar', 'rtl');
  const doc = makeDocument([para('مرحبا', ref(1))], [note(1, para('مرحبا بالعالم، هذا نص الملاحظة.'))]);
  const lines = (layoutNotes(doc, base).get(1) ?? []).flatMap((b) => b.items.filter((i): i is PlacedLine => i.kind === 'line'));

  test('hangs the number at the note’s right edge, the text set right to left against the number’s column', () => {
    const [number, text] = lines;
    expect(number?.role).toBe('Lbl');
    const label = number!.fragments[0]!;
    expect(label.x + label.width).toBeCloseTo(base.width, 6);
    const end = text!.x + Math.max(...text!.fragments.map((f) => f.x + f.width));
    // Against the number's column (within what a justified line's edge may vary), clear of the number itself.
    expect(end).toBeGreaterThan(base.width - theme.notes.numberWidth - 3);
    expect(end).toBeLessThan(label.x - 1);
    expect(number!.baseline).toBe(text!.baseline);
  });
});
