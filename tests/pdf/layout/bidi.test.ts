// Right-to-left scripts: Arabic joined by the font's shaping, Arabic and
// Hebrew words in visual order inside an English line (UAX #9), a whole RTL
// paragraph set from the right, and the text read back from the PDF in
// logical order; the EPUB marks such paragraphs for the reader's own bidi.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Document } from '../../../src/document.ts';
import { loadFonts } from '../../../src/fonts.ts';
import { renderPdf } from '../../../src/pdf/index.ts';
import { paragraphLevels, visualOrder } from '../../../src/pdf/layout/bidi.ts';
import { layoutDocument } from '../../../src/pdf/layout/index.ts';
import type { Page, PlacedLine } from '../../../src/pdf/page-model.ts';
import { loadTheme } from '../../../src/theme/load.ts';
import { run, testWith } from '../../helpers/external.ts';
import { item, list, makeDocument, para, prose } from '../../helpers/build-doc.ts';

const theme = loadTheme();
const fonts = loadFonts(theme);
const DATE = new Date('2024-12-20T00:00:00Z');

const ARABIC = 'مرحبا بالعالم';
const HEBREW = 'שלום עולם';
const mixed = (): Document => makeDocument([para(`The greeting ${ARABIC} means hello, and ${HEBREW} is its Hebrew twin.`)]);
const ARABIC_PARAGRAPH = `هذه فقرة عربية طويلة بما يكفي لتمتد على أكثر من سطر واحد في الصفحة، حتى نرى كيف تصف الأسطر من اليمين إلى اليسار، وفيها رقم 1984 وكلمة Markdown واحدة.`;

function bodyLines(pages: readonly Page[]): PlacedLine[] {
  return pages.flatMap((page) => page.items.filter((item): item is PlacedLine => item.kind === 'line' && item.role === 'P'));
}

/** The x of the fragment whose text has `word`, on the first line that has it. */
function xOf(lines: readonly PlacedLine[], word: string): number {
  for (const line of lines) {
    const fragment = line.fragments.find((f) => f.text.includes(word));
    if (fragment !== undefined) return line.x + fragment.x;
  }
  throw new Error(`no fragment has "${word}"`);
}

describe('shaping', () => {
  test('Arabic letters are joined: the shaped word uses other glyphs than the letters set alone', () => {
    const key = fonts.split('سلام', 'body')[0]?.font ?? 'body';
    expect(key).not.toBe('body');
    const shaped = fonts.shaper(key).run('سلام').glyphs.map((g) => g.id);
    const isolated = [...'سلام'].map((ch) => fonts.fonts[key].glyphForCodePoint(ch.codePointAt(0) ?? 0).id);
    expect(shaped).toHaveLength(4);
    // Laid out right to left: the last letter's glyph comes first.
    expect(new Set(shaped)).not.toEqual(new Set(isolated));
    expect(shaped.filter((id) => isolated.includes(id)).length).toBeLessThan(4);
  });
});

describe('visual order', () => {
  test('Arabic and Hebrew words inside an English line run right to left, the English around them left to right', () => {
    const lines = bodyLines(layoutDocument(mixed(), theme, fonts).pages);
    expect(xOf(lines, 'مرحبا')).toBeGreaterThan(xOf(lines, 'بالعالم'));
    expect(xOf(lines, 'שלום')).toBeGreaterThan(xOf(lines, 'עולם'));
    expect(xOf(lines, 'greeting')).toBeLessThan(xOf(lines, 'بالعالم'));
    expect(xOf(lines, 'means')).toBeGreaterThan(xOf(lines, 'مرحبا'));
  });

  test('a line with no right-to-left letter is left exactly as the breaker set it', () => {
    const fragments = [{ text: 'plain words ', font: 'body' as const, size: 10, x: 0, width: 50, wordSpacing: 0 }];
    expect(visualOrder(fragments, 'ltr', fonts.measure)).toBe(fragments);
  });

  test('levels are resolved over the paragraph: "3-1" opening a line after Persian letters is read as Arabic numbers, drawn "1-3"', () => {
    const fragment = (text: string, x: number) => ({ text, font: 'fallback1' as const, size: 10, x, width: fonts.measure(text, 'fallback1', 10), wordSpacing: 0 });
    const lines = [[fragment('جدول', 0)], [fragment('3-1 را', 0)]];
    const drawn = (levels: Uint8Array | null | undefined): string => visualOrder(lines[1] as never, 'rtl', fonts.measure, levels).map((f) => f.text).join('');
    // Alone, the line opens with European numbers (no Arabic letter before them): "3-1" reads left to right.
    expect(drawn(undefined)).toBe('را 3-1');
    expect(drawn(paragraphLevels(lines, 'rtl')[1])).toBe('را 1-3');
    expect(paragraphLevels([[fragment('plain words', 0)]], 'ltr')).toEqual([null]);
  });

  test('an override left open (Trojan Source’s "\u202eevil" in code) turns round its own line only, never the lines after it', () => {
    const fragment = (text: string) => ({ text, font: 'body' as const, size: 10, x: 0, width: fonts.measure(text, 'body', 10), wordSpacing: 0 });
    const [own, next] = paragraphLevels([[fragment('cargo \u202eevil שלום')], [fragment('ledger and tide')]], 'ltr');
    expect(next).toBeNull();
    // Its own line with no RTL letter is left as set too, as it always was.
    expect(paragraphLevels([[fragment('the \u202eevil 한국어 and')], [fragment('שלום')]], 'ltr')[0]).toBeNull();
    expect(own).not.toBeNull();
  });

  test('an RTL piece of several words is drawn word by word from the right, brackets mirrored', () => {
    const [piece] = visualOrder([{ text: 'أ (ب) ج', font: 'fallback1', size: 10, x: 0, width: 30, wordSpacing: 0 }], 'rtl', fonts.measure);
    expect(piece?.text).toBe('ج )ب( أ');
  });

  test('a paragraph in an RTL language is set from the right: its first word at the right edge, its last line flush right', () => {
    const doc = makeDocument([para(prose(20)), para(`${ARABIC_PARAGRAPH} ${ARABIC_PARAGRAPH}`)], [], { lang: 'ar' });
    const lines = bodyLines(layoutDocument(doc, theme, fonts).pages).filter((line) => line.fragments.some((f) => /[\u0600-\u06FF]/u.test(f.text)));
    expect(lines.length).toBeGreaterThan(2);
    const right = (line: PlacedLine): number => {
      const last = line.fragments.at(-1);
      return line.x + (last === undefined ? 0 : last.x + last.width);
    };
    // A full (justified) line spans the measure; the ragged last line ends where it does, on the right
    // (within the few points a justified line's end punctuation may hang into the margin).
    const full = lines[1] as PlacedLine;
    const last = lines.at(-1) as PlacedLine;
    expect(Math.abs(right(last) - right(full))).toBeLessThan(3);
    expect(last.x).toBeGreaterThan(full.x + 20);
    // The first word of the paragraph is the rightmost of its first line.
    const first = lines[0] as PlacedLine;
    const words = first.fragments.filter((f) => f.text.trim() !== '');
    expect(words.at(-1)?.text.trim()).toBe('هذه');
    // The number and the Latin word keep their own left-to-right order.
    expect(xOf(lines, 'Markdown')).toBeLessThan(xOf(lines, 'كلمة'));
  });
});

describe('running heads', () => {
  test('an Arabic title in the running head reads from the right', () => {
    const doc = makeDocument(Array.from({ length: 30 }, (_, i) => para(prose(60, i))), [], { title: 'مقالة قصيرة جدا' });
    const head = layoutDocument(doc, theme, fonts).pages[1]?.head;
    const x = (word: string): number => head?.fragments.find((f) => f.text.includes(word))?.x ?? Number.NaN;
    expect(x('مقالة')).toBeGreaterThan(x('قصيرة'));
    expect(x('قصيرة')).toBeGreaterThan(x('جدا'));
  });
});

describe('lists', () => {
  test('an Arabic list item hangs its bullet on the right, a Latin one on the left', () => {
    const doc = makeDocument([list(false, [item(para('كيفية البدء.')), item(para('Getting started.'))])]);
    const lines = layoutDocument(doc, theme, fonts).pages.flatMap((page) => page.items.filter((it): it is PlacedLine => it.kind === 'line'));
    const markers = lines.filter((line) => line.role === 'Lbl');
    const texts = lines.filter((line) => line.role === 'LI');
    expect(markers).toHaveLength(2);
    expect(markers[0]!.x).toBeGreaterThan(texts[0]!.x + (texts[0]!.fragments.at(-1)?.x ?? 0));
    expect(markers[1]!.x).toBeLessThan(texts[1]!.x);
  });
});

describe('the PDF read back', () => {
  testWith('pdftotext', 'gives the Arabic and Hebrew words in logical order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'galley-bidi-'));
    const file = join(dir, 'mixed.pdf');
    writeFileSync(file, (await renderPdf(mixed(), theme, { date: DATE })).bytes);
    const text = run('pdftotext', [file, '-']).normalize('NFC');
    expect(text).toContain(ARABIC);
    expect(text).toContain(HEBREW);
    expect(text).toContain('The greeting');
  });
});
