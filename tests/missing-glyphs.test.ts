// Every character drawn: polytonic Greek, mathematical letters, symbols and
// emoji come from the fallback faces wherever text is set (body, code blocks,
// running heads, tables, notes, captions), and a character no face has is a
// visible U+FFFD with a warning at its own line and column.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../src/diagnostics.ts';
import type { Document } from '../src/document.ts';
import { loadFonts } from '../src/fonts.ts';
import { missingGlyphWarnings } from '../src/missing-glyphs.ts';
import { parseManuscript } from '../src/parse/index.ts';
import { renderPdf } from '../src/pdf/index.ts';
import { layoutDocument } from '../src/pdf/layout/index.ts';
import type { Page, PlacedLine } from '../src/pdf/page-model.ts';
import { loadTheme } from '../src/theme/load.ts';
import { readPdf } from './helpers/read-pdf.ts';
import { run, testWith } from './helpers/external.ts';
import { codeBlock, heading, makeDocument, note, para, prose, ref, table } from './helpers/build-doc.ts';

const theme = loadTheme();
const fonts = loadFonts(theme);
const DATE = new Date('2024-12-20T00:00:00Z');

const GREEK = 'ἀγαθὸς ἄνθρωπος';
const MATH = '𝔽 ∀x ∈ ℝ';
const SYMBOLS = '☃ ⚠ ✓';
const EMOJI = '😀';

function allLines(pages: readonly Page[]): PlacedLine[] {
  return pages.flatMap((page) =>
    [...page.items, ...page.notes, page.head, page.folio].filter((item): item is PlacedLine => item !== null && item.kind === 'line'),
  );
}

/** Fragments drawn with a face that lacks one of their characters: each would print a .notdef box. */
function notdefFragments(pages: readonly Page[]): string[] {
  return allLines(pages)
    .flatMap((line) => line.fragments)
    .filter((fragment) => !fonts.hasGlyphs(fragment.font, fragment.text))
    .map((fragment) => `${fragment.font}: ${fragment.text}`);
}

const mixed = (): Document =>
  makeDocument(
    [
      heading(1, `Ἀρχή ${MATH}`),
      para(`${prose(30)} ${GREEK}, ${MATH}, ${SYMBOLS}.`, ref(1)),
      codeBlock(`let face = "${EMOJI} ${GREEK}";`),
      table([
        ['Greek', 'Math'],
        [GREEK, MATH],
      ]),
      ...Array.from({ length: 12 }, (_, i) => para(prose(80, i))),
    ],
    [note(1, para(`${GREEK} ${MATH} ${SYMBOLS}`))],
    { title: '中文标题：排版 ἀρχή' },
  );

describe('characters the body and mono faces lack', () => {
  test('are set in a fallback face everywhere: body, heading, code block, table, note, running head', () => {
    const { pages } = layoutDocument(mixed(), theme, fonts);
    expect(pages.length).toBeGreaterThan(1);
    expect(notdefFragments(pages)).toEqual([]);
    const fallbackText = allLines(pages)
      .flatMap((line) => line.fragments)
      .filter((f) => f.font.startsWith('fallback'))
      .map((f) => f.text)
      .join('');
    for (const ch of [...`${GREEK}${MATH}${SYMBOLS}${EMOJI}中文标题`].filter((c) => c.trim() !== '' && !fonts.hasGlyphs('body', c))) {
      expect(fallbackText).toContain(ch);
    }
  });

  test('kanji beyond the Basic Multilingual Plane (𠮷, 𩸽, the surrogate pairs of JavaScript books) come from a fallback face, not U+FFFD', () => {
    const pieces = fonts.split('サロゲートペアの「𩸽」と「𠮷野家」', 'body');
    expect(pieces.map((p) => p.text).join('')).toBe('サロゲートペアの「𩸽」と「𠮷野家」');
    for (const piece of pieces) expect(fonts.hasGlyphs(piece.font, piece.text), piece.text).toBe(true);
  });

  test('a polytonic Greek word is set in one face, not split between two designs', () => {
    const [piece, ...rest] = fonts.split('ἀγαθός', 'body');
    expect(rest).toEqual([]);
    expect(piece?.font).toMatch(/^fallback/u);
  });

  test('decomposed accents are set as the precomposed letter, not as marks the face may not stack', () => {
    expect(fonts.split('ο\u0313\u0301σσων', 'body')).toEqual([{ text: 'ὄσσων', font: expect.stringMatching(/^fallback/u) }]);
  });

  test('the running head of a Chinese title is drawn in the CJK face on every page after the first', () => {
    const { pages } = layoutDocument(mixed(), theme, fonts);
    const heads = pages.slice(1).map((page) => page.head);
    expect(heads.length).toBeGreaterThan(0);
    for (const head of heads) {
      expect(head?.fragments.map((f) => f.text).join('')).toContain('中文标题');
      expect(head?.fragments.some((f) => f.font.startsWith('fallback') && f.text.includes('中'))).toBe(true);
    }
  });

  test('the PDF keeps the text extractable, with the fallback faces embedded', async () => {
    const pdf = await renderPdf(mixed(), theme, { date: DATE });
    const text = (await readPdf(pdf.bytes)).pages.map((p) => p.text).join('\n');
    for (const word of ['ἀγαθὸς', 'ἄνθρωπος', '𝔽', '☃', EMOJI, '中文标题']) expect(text).toContain(word);
    expect(text).not.toContain('\uFFFD');
  });

  const dir = mkdtempSync(join(tmpdir(), 'galley-glyphs-'));
  testWith('pdffonts', 'pdffonts lists Noto Serif, Noto Sans Math, the symbol and emoji faces, embedded', async () => {
    const file = join(dir, 'glyphs.pdf');
    writeFileSync(file, (await renderPdf(mixed(), theme, { date: DATE })).bytes);
    const listing = run('pdffonts', [file]);
    for (const face of ['NotoSerif-Regular', 'NotoSansMath', 'NotoSansSymbols2', 'NotoEmoji', 'NotoSerifSC']) {
      expect(listing).toMatch(new RegExp(`${face}\\S*\\s+CID TrueType\\s+Identity-H\\s+yes yes yes`, 'u'));
    }
  });
});

describe('a character no face has', () => {
  const manuscript = [
    '---',
    'title: Missing',
    '---',
    '',
    '<!-- ᠮᠣᠩᠭᠣᠯ in a comment -->',
    'A link to [the greeting](https://example.org/ᠮᠣᠩᠭᠣᠯ) first.',
    '',
    'Then it is in the text: ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ, once.',
    '',
    '```',
    'say("ᠮᠣᠩᠭᠣᠯ")',
    '```',
    '',
  ].join('\n');

  function parsed(): Document {
    const dir = mkdtempSync(join(tmpdir(), 'galley-missing-'));
    const file = join(dir, 'missing.md');
    writeFileSync(file, manuscript);
    const { document } = parseManuscript(file, readFileSync(file));
    if (document === null) throw new Error('the manuscript should parse');
    return { ...document, path: 'missing.md' };
  }

  test('is warned at each place the text has it, not where the source first mentions it', () => {
    const warnings = missingGlyphWarnings(parsed(), theme).map(formatDiagnostic);
    expect(warnings).toEqual([
      "missing.md:8:25: warning: no font has a glyph for 'ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ' (U+182E U+1823 U+1829 U+182D U+182F …); drawn as U+FFFD",
      "missing.md:11:6: warning: no font has a glyph for 'ᠮᠣᠩᠭᠣᠯ' (U+182E U+1823 U+1829 U+182D U+182F); drawn as U+FFFD",
    ]);
  });

  test('is warned where it is drawn, not at an earlier place in the source that is never drawn', () => {
    // The uncited note is in the source first but nowhere in the book; the warning must point at the second, drawn, one.
    const source = ['---', 'title: Twice', '---', '', '[^unused]: ᠠ in a note no one cites.', '', 'Here ᠠ is drawn.', ''].join('\n');
    const dir = mkdtempSync(join(tmpdir(), 'galley-twice-'));
    const file = join(dir, 'twice.md');
    writeFileSync(file, source);
    const { document } = parseManuscript(file, readFileSync(file));
    if (document === null) throw new Error('the manuscript should parse');
    const warnings = missingGlyphWarnings({ ...document, path: 'twice.md' }, theme).map(formatDiagnostic);
    expect(warnings).toEqual(["twice.md:7:6: warning: no font has a glyph for 'ᠠ' (U+1820); drawn as U+FFFD"]);
  });

  test('is drawn as a visible U+FFFD from a face that has it, never as a .notdef box', () => {
    const { pages } = layoutDocument(parsed(), theme, fonts);
    expect(notdefFragments(pages)).toEqual([]);
    const drawn = allLines(pages).flatMap((line) => line.fragments);
    expect(drawn.some((f) => f.text.includes('\uFFFD') && f.font.startsWith('fallback'))).toBe(true);
    expect(drawn.some((f) => f.font === 'mono' && f.text.includes('say('))).toBe(true);
  });
});
