import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import { describe, expect, test } from 'vitest';
import { breakParagraph } from '../../../src/pdf/layout/linebreak.ts';
import type { BreakOptions, BrokenParagraph, FontKey, LineBox, Measure, StyledRun } from '../../../src/pdf/layout/types.ts';
import { words } from '../../../src/text.ts';

// ---- Measures: a monospace fake, and Source Serif 4 through fontkit.

const mono: Measure = (text, _font, size) => text.length * size * 0.5;

const fontDir = fileURLToPath(new URL('../../../node_modules/@expo-google-fonts/source-serif-4/', import.meta.url));
const faces: Partial<Record<FontKey, fontkit.Font>> = {
  body: fontkit.create(readFileSync(`${fontDir}400Regular/SourceSerif4_400Regular.ttf`)),
  bodyItalic: fontkit.create(readFileSync(`${fontDir}400Regular_Italic/SourceSerif4_400Regular_Italic.ttf`)),
  bodyBold: fontkit.create(readFileSync(`${fontDir}700Bold/SourceSerif4_700Bold.ttf`)),
};
const serif: Measure = (text, font, size) => {
  const face = faces[font];
  if (face === undefined) throw new Error(`no test face for ${font}`);
  return (face.layout(text).advanceWidth * size) / face.unitsPerEm;
};

const FROG_KING =
  'In olden times when wishing still helped one, there lived a king whose daughters were all beautiful; ' +
  'and the youngest was so beautiful that the sun itself, which has seen so much, was astonished whenever ' +
  'it shone in her face. Close by the king’s castle lay a great dark forest, and under an old lime-tree in ' +
  'the forest was a well, and when the day was very warm, the king’s child went out into the forest and sat ' +
  'down by the side of the cool fountain; and when she was bored she took a golden ball, and threw it up on ' +
  'high and caught it; and this ball was her favorite plaything.';

// Long words in a narrow measure: plenty of reasons to hyphenate.
const HYPHEN_HUNGRY =
  'Internationalization representatives characteristically misunderstood extraordinary ' +
  'telecommunications infrastructure, notwithstanding comprehensive establishment documentation ' +
  'concerning unquestionably indistinguishable administrative responsibilities and incomprehensible ' +
  'counterrevolutionary institutionalization of environmental considerations.';

function options(overrides: Partial<BreakOptions> = {}): BreakOptions {
  return {
    widths: [300],
    measure: mono,
    justify: true,
    lang: 'en-US',
    hyphenation: { leftMin: 2, rightMin: 3, maxConsecutive: 2 },
    ...overrides,
  };
}

const body = (text: string, extra: Partial<StyledRun> = {}): StyledRun => ({ text, font: 'body', size: 10, ...extra });

const lineText = (line: LineBox): string => line.fragments.map((f) => f.text).join('');
const widthAt = (o: BreakOptions, i: number): number => o.widths[Math.min(i, o.widths.length - 1)] as number;

/**
 * Checks that the lines give back `original` exactly: each line's text (less
 * an added hyphen) is the next stretch of it, and only whitespace is dropped
 * between lines. Returns where each line starts and ends in `original`.
 */
function expectRoundTrip(result: BrokenParagraph, original: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  let pos = 0;
  for (const line of result.lines) {
    while (/\s/u.test(original[pos] ?? '')) pos += 1;
    starts.push(pos);
    let text = lineText(line);
    if (line.hyphenated) {
      expect(text.endsWith('-')).toBe(true);
      text = text.slice(0, -1);
    }
    expect(original.slice(pos, pos + text.length)).toBe(text);
    pos += text.length;
    ends.push(pos);
  }
  expect(original.slice(pos).trim()).toBe('');
  return { starts, ends };
}

/** The whitespace-delimited word of `text` around position `pos`. */
function wordAround(text: string, pos: number): string {
  let from = pos;
  let to = pos;
  while (from > 0 && !/\s/u.test(text[from - 1] as string)) from -= 1;
  while (to < text.length && !/\s/u.test(text[to] as string)) to += 1;
  return text.slice(from, to);
}

/**
 * The text comes back exactly, and every line has sound geometry: contiguous
 * fragments, nothing past the measure, justified when asked — except a line
 * with no space to stretch, or one ending inside a URL (no hyphen, no dash) or
 * inside a word wider than the line, which may end short.
 */
function expectSet(result: BrokenParagraph, o: BreakOptions, original: string): void {
  const { ends } = expectRoundTrip(result, original);
  result.lines.forEach((line, i) => {
    const width = widthAt(o, i);
    let x = 0;
    for (const f of line.fragments) {
      expect(f.x).toBeCloseTo(x, 6);
      x += f.width;
      expect(f.text).not.toContain('\u00AD');
      expect(f.text).not.toMatch(/^\s/u);
      // A fragment ending in the space before the next one says how wide that space is.
      expect(f.spaceAfter !== undefined).toBe(/\s$/u.test(f.text));
      if (f.spaceAfter !== undefined) expect(f.spaceAfter).toBeGreaterThan(0);
      if (f.spaceAfter !== undefined) expect(f.spaceAfter).toBeLessThan(f.width);
    }
    expect(line.width).toBeCloseTo(x, 6);
    expect(line.overfull).toBe(false);
    expect(line.width).toBeLessThanOrEqual(width + 0.01);
    const last = i === result.lines.length - 1;
    const end = ends[i] as number;
    const inWord = !/\s/u.test(original[end] ?? ' ');
    const atDash = line.hyphenated || /[-\u2013\u2014/]/u.test(original[end - 1] ?? '');
    const overWide = (): boolean => inWord && o.measure(wordAround(original, end), 'body', 10) > Math.min(...o.widths);
    const justifiable = /\s/u.test(lineText(line)) && !(inWord && !atDash) && !overWide();
    if (o.justify && !last && justifiable) expect(Math.abs(line.width - width)).toBeLessThan(0.01);
    // The last line keeps natural spaces, unless it must shrink to fit.
    if (last) expect(line.ratio === 0 || Math.abs(line.width - width) < 0.01).toBe(true);
  });
}

/** Runs of consecutive lines ending in an added hyphen. */
function hyphenRuns(result: BrokenParagraph): number[] {
  const runs: number[] = [];
  let current = 0;
  for (const line of result.lines) {
    if (line.hyphenated) current += 1;
    else if (current > 0) {
      runs.push(current);
      current = 0;
    }
  }
  if (current > 0) runs.push(current);
  return runs;
}

describe('breakParagraph: justification and text', () => {
  for (const [name, measure] of [
    ['monospace', mono],
    ['Source Serif 4', serif],
  ] as const) {
    test(`${name}: lines fill the measure, the last is ragged, and the text comes back exactly`, () => {
      for (const width of [180, 260, 340, 450]) {
        const o = options({ widths: [width], measure });
        const result = breakParagraph([body(FROG_KING)], o);
        expect(result.lines.length).toBeGreaterThan(3);
        expectSet(result, o, FROG_KING);
      }
    });
  }

  test('one style gives one fragment per line whose spaces carry the justification', () => {
    const o = options({ widths: [320], measure: serif });
    const result = breakParagraph([body(FROG_KING)], o);
    for (const line of result.lines.slice(0, -1)) {
      expect(line.fragments).toHaveLength(1);
      const f = line.fragments[0]!;
      const parts = f.text.split(' ');
      const natural = parts.reduce((sum, w) => sum + serif(w, 'body', 10), 0);
      const spaces = parts.length - 1;
      // What pdfkit draws with {wordSpacing}: each space is the font's space plus wordSpacing.
      expect(natural + spaces * (serif(' ', 'body', 10) + f.wordSpacing)).toBeCloseTo(f.width, 6);
      expect(line.ratio).toBeGreaterThanOrEqual(-1);
    }
    // Some line stretched and some shrank: justification really happened both ways.
    expect(result.lines.some((l) => l.fragments[0]!.wordSpacing > 0)).toBe(true);
  });

  test('spaces inside inline code keep their width; the prose spaces around it justify the line', () => {
    const runs: StyledRun[] = [
      body('For example, the tree for '),
      { text: 'var answer = 42;', font: 'mono', size: 10, noHyphenate: true },
      body(' might start with a top-level node called a declaration, with a child node called an identifier.'),
    ];
    let stretched = 0;
    for (const width of [160, 190, 220, 250, 280]) {
      const result = breakParagraph(runs, options({ widths: [width] }));
      for (const line of result.lines.slice(0, -1)) {
        const code = line.fragments.find((f) => f.font === 'mono' && f.text.trim().includes(' '));
        if (code === undefined || line.ratio <= 0) continue;
        stretched += 1;
        expect(code.wordSpacing).toBe(0);
        expect(line.fragments.some((f) => f.font === 'body' && f.wordSpacing > 0)).toBe(true);
      }
    }
    expect(stretched).toBeGreaterThan(0);
  });

  test('mixed fonts and sizes keep their style and are placed one after another', () => {
    const runs: StyledRun[] = [
      body('The lighthouse keeper kept a '),
      { text: 'meticulous logbook', font: 'bodyItalic', size: 10 },
      body(' of every ship, and the '),
      { text: 'LARGEST', font: 'bodyBold', size: 13 },
      body(' storms of the century were written in it with a steady hand, in ink that never faded.'),
    ];
    const original = runs.map((r) => r.text).join('');
    const o = options({ widths: [170], measure: serif });
    const result = breakParagraph(runs, o);
    expectSet(result, o, original);
    const fragments = result.lines.flatMap((l) => l.fragments);
    expect(fragments.some((f) => f.font === 'bodyItalic' && f.text.includes('logbook'))).toBe(true);
    expect(fragments.find((f) => f.text.startsWith('LARGEST'))).toMatchObject({ font: 'bodyBold', size: 13 });
  });

  test('whitespace between words is one space; runs of spaces and tabs collapse', () => {
    const result = breakParagraph([body('alpha  beta\tgamma   delta')], options({ widths: [500] }));
    expect(result.lines.map(lineText)).toEqual(['alpha beta gamma delta']);
  });

  test('an empty or blank paragraph has no lines', () => {
    expect(breakParagraph([], options()).lines).toEqual([]);
    expect(breakParagraph([body('   ')], options()).lines).toEqual([]);
  });

  test('ragged-right setting keeps natural spaces and still never overflows', () => {
    const o = options({ widths: [200], justify: false, measure: serif });
    const result = breakParagraph([body(FROG_KING)], o);
    expectSet(result, o, FROG_KING);
    for (const line of result.lines) {
      expect(line.ratio).toBeLessThanOrEqual(0);
      for (const f of line.fragments) expect(f.wordSpacing).toBeLessThanOrEqual(0);
    }
    // Ragged, yet balanced: Knuth–Plass with end-of-line stretch keeps lines fairly full.
    const widths = result.lines.slice(0, -1).map((l) => l.width);
    expect(Math.min(...widths)).toBeGreaterThan(200 * 0.75);
  });

  test('a "\\n" in a run forces a break and leaves the line before it unjustified', () => {
    const runs = [body('Roses are red, violets are blue,'), body('\n'), body('sugar is sweet, and so are you.')];
    const o = options({ widths: [400] });
    const result = breakParagraph(runs, o);
    expect(result.lines.map(lineText)).toEqual(['Roses are red, violets are blue,', 'sugar is sweet, and so are you.']);
    expect(result.lines[0]!.ratio).toBe(0);
    expect(result.lines[0]!.width).toBeLessThan(400);
  });

  test('first lines may be narrower (an indent) and later lines use the last width', () => {
    const o = options({ widths: [250, 300], measure: serif });
    const result = breakParagraph([body(FROG_KING)], o);
    expectSet(result, o, FROG_KING);
    expect(result.lines[0]!.width).toBeCloseTo(250, 2);
    expect(result.lines[1]!.width).toBeCloseTo(300, 2);
  });
});

describe('breakParagraph: words, notes and links', () => {
  test('wordIndex counts the words that start before each line, as words() does', () => {
    const o = options({ widths: [140], measure: serif });
    const result = breakParagraph([body(HYPHEN_HUNGRY)], o);
    expect(result.lines.some((l) => l.hyphenated)).toBe(true);
    const { starts } = expectRoundTrip(result, HYPHEN_HUNGRY);
    result.lines.forEach((line, i) => {
      expect(line.wordIndex).toBe(words(HYPHEN_HUNGRY.slice(0, starts[i])).length);
    });
    // A line starting with the rest of a hyphenated word points past that word.
    const after = result.lines.findIndex((l, i) => i > 0 && result.lines[i - 1]!.hyphenated);
    const wordsBefore = words(HYPHEN_HUNGRY.slice(0, starts[after]! + 1));
    expect(result.lines[after]!.wordIndex).toBe(wordsBefore.length);
  });

  test('a note mark stays with its word, is listed on its line, and is not a word', () => {
    const runs: StyledRun[] = [];
    const sentence = 'The archive held letters from every harbour along the coast';
    for (let n = 1; n <= 6; n += 1) {
      runs.push(body(`${n > 1 ? ' ' : ''}${sentence}`));
      runs.push({ text: String(n), font: 'body', size: 6, rise: 4, noteRef: n, link: `#note-${n}` });
    }
    runs.push(body(' and beyond.'));
    const visible = runs.filter((r) => r.noteRef === undefined).map((r) => r.text).join('');
    for (const width of [120, 150, 190, 230]) {
      const o = options({ widths: [width], measure: serif });
      const result = breakParagraph(runs, o);
      expectSet(result, o, runs.map((r) => r.text).join(''));
      const listed = result.lines.flatMap((l) => l.noteRefs);
      expect(listed).toEqual([1, 2, 3, 4, 5, 6]);
      for (const line of result.lines) {
        expect(line.fragments[0]!.noteRef).toBeUndefined();
        expect(line.noteRefs).toEqual(line.fragments.flatMap((f) => (f.noteRef !== undefined ? [f.noteRef] : [])));
        for (const f of line.fragments.filter((g) => g.noteRef !== undefined)) {
          expect(f).toMatchObject({ rise: 4, size: 6, link: `#note-${f.noteRef}` });
        }
      }
      const last = result.lines[result.lines.length - 1]!;
      expect(last.wordIndex).toBeLessThan(words(visible).length);
    }
  });

  test('a link broken across lines keeps its target on both sides', () => {
    const runs: StyledRun[] = [
      body('Read more about the project on '),
      body('the official documentation website of the foundation', { link: 'https://example.org/docs' }),
      body(' before you begin.'),
    ];
    const o = options({ widths: [150], measure: serif });
    const result = breakParagraph(runs, o);
    const linked = result.lines.filter((l) => l.fragments.some((f) => f.link === 'https://example.org/docs'));
    expect(linked.length).toBeGreaterThanOrEqual(2);
    expectRoundTrip(result, runs.map((r) => r.text).join(''));
  });
});

describe('breakParagraph: hyphenation', () => {
  test('hyphenates long words with at least 2 letters before and 3 after the hyphen', () => {
    for (const width of [120, 150, 200]) {
      const o = options({ widths: [width], measure: serif });
      const result = breakParagraph([body(HYPHEN_HUNGRY)], o);
      expectSet(result, o, HYPHEN_HUNGRY);
      expect(result.lines.filter((l) => l.hyphenated).length).toBeGreaterThan(0);
      result.lines.forEach((line, i) => {
        if (!line.hyphenated) return;
        const before = /(\p{L}+)-$/u.exec(lineText(line));
        const after = /^\p{L}+/u.exec(lineText(result.lines[i + 1]!));
        expect(before?.[1]?.length ?? 0).toBeGreaterThanOrEqual(2);
        expect(after?.[0].length ?? 0).toBeGreaterThanOrEqual(3);
      });
    }
  });

  test('never more than maxConsecutive hyphenated lines in a row, even when hyphens are cheap', () => {
    // A negative hyphen penalty makes every hyphen attractive: only the cap stops a ladder.
    const eager = { hyphenPenalty: -100, doubleHyphenDemerits: 0, pretolerance: -1 };
    const text = `${HYPHEN_HUNGRY} ${HYPHEN_HUNGRY}`;
    let sawCapBind = false;
    for (const width of [110, 130, 150, 170]) {
      const capped = breakParagraph([body(text)], options({ widths: [width], measure: serif }), eager);
      expect(Math.max(0, ...hyphenRuns(capped))).toBeLessThanOrEqual(2);
      const uncapped = breakParagraph(
        [body(text)],
        options({ widths: [width], measure: serif, hyphenation: { leftMin: 2, rightMin: 3, maxConsecutive: 10 } }),
        eager,
      );
      if (Math.max(0, ...hyphenRuns(uncapped)) > 2) sawCapBind = true;
    }
    expect(sawCapBind).toBe(true);
  });

  test('noHyphenOnLine forbids a hyphen on the lines listed', () => {
    const o = options({ widths: [150], measure: serif });
    const free = breakParagraph([body(HYPHEN_HUNGRY)], o);
    const hyphenated = free.lines.flatMap((l, i) => (l.hyphenated ? [i] : []));
    expect(hyphenated.length).toBeGreaterThan(0);
    const forbidden = breakParagraph([body(HYPHEN_HUNGRY)], { ...o, noHyphenOnLine: hyphenated });
    for (const i of hyphenated) {
      expect(forbidden.lines[i]!.hyphenated).toBe(false);
      expect(lineText(forbidden.lines[i]!)).not.toMatch(/-$/u);
    }
    expectRoundTrip(forbidden, HYPHEN_HUNGRY);
  });

  test('noHyphenate runs (code, URLs) are never hyphenated', () => {
    const o = options({ widths: [130], measure: serif });
    const prose = breakParagraph([body(HYPHEN_HUNGRY)], o);
    expect(prose.lines.some((l) => l.hyphenated)).toBe(true);
    const code = breakParagraph([body(HYPHEN_HUNGRY, { noHyphenate: true })], o);
    expect(code.lines.some((l) => l.hyphenated)).toBe(false);
    expectSet(code, o, HYPHEN_HUNGRY);
  });

  test('a hard hyphen or dash is a break point that adds nothing', () => {
    const text = 'It was a well-known fact that the state-of-the-art lighthouse—a marvel—stood there for decades.';
    let dashEnds = 0;
    for (let width = 60; width <= 200; width += 10) {
      const o = options({ widths: [width], lang: null });
      const result = breakParagraph([body(text)], o);
      expectSet(result, o, text);
      for (const line of result.lines.filter((l) => /[-—]$/u.test(lineText(l)))) {
        expect(line.hyphenated).toBe(false);
        dashEnds += 1;
      }
    }
    expect(dashEnds).toBeGreaterThan(0);
  });

  test('a slash between two words is a break point after it that adds nothing, counts as no hyphen, and never opens a line', () => {
    const text = 'The engine compiles the code to a binary intermediate representation, which is then refined/converted and/or optimized about 1/2 of the time.';
    let slashEnds = 0;
    // From 90 pt (18 characters) every word fits a line: a wider one breaks as a URL would.
    for (let width = 90; width <= 260; width += 5) {
      const o = options({ widths: [width], lang: null });
      const result = breakParagraph([body(text)], o);
      expectSet(result, o, text);
      for (const [i, line] of result.lines.entries()) {
        expect(lineText(line), `width ${width}`).not.toMatch(/^\//u);
        expect(lineText(line), `width ${width}: no break in a fraction`).not.toMatch(/ 1\/$/u);
        if (!lineText(line).endsWith('/')) continue;
        expect(line.hyphenated).toBe(false);
        slashEnds += 1;
        expect(lineText(result.lines[i + 1]!)).toMatch(/^(converted|or)/u);
      }
    }
    expect(slashEnds).toBeGreaterThan(0);
  });

  test('a bare domain name in prose breaks as a URL does, before a dot, and is never hyphenated', () => {
    const text = 'Websites such as AdaPools (adapools.org) and PoolTool (pooltool.io) give information; Node.js is a name, e.g. this.';
    let domainBreaks = 0;
    for (let width = 90; width <= 300; width += 5) {
      const o = options({ widths: [width] });
      const result = breakParagraph([body(text)], o);
      const { ends } = expectRoundTrip(result, text);
      for (const [i, line] of result.lines.entries()) {
        const end = ends[i]!;
        // Broken inside a domain: before its dot, with nothing added.
        if (end >= text.length || !/^\((adapools\.org|pooltool\.io)\)$/u.test(wordAround(text, end)) || /\s/u.test(text[end]!)) continue;
        expect(line.hyphenated, `width ${width}: ${lineText(line)}`).toBe(false);
        expect(text[end]).toBe('.');
        domainBreaks += 1;
      }
      for (const end of ends) expect(/^(Node\.js|e\.g\.)$/u.test(wordAround(text, end)) && end < text.length && !/\s/u.test(text[end]!)).toBe(false);
    }
    expect(domainBreaks).toBeGreaterThan(0);
  });

  test('soft hyphens in the text are break points and never drawn', () => {
    const text = 'Super\u00ADcali\u00ADfragi\u00ADlistic\u00ADexpi\u00ADali\u00ADdocious words';
    const result = breakParagraph([body(text)], options({ widths: [60], lang: null }));
    expect(result.lines.filter((l) => l.hyphenated).length).toBeGreaterThan(1);
    expectRoundTrip(result, text.replaceAll('\u00AD', ''));
  });

  test('en-US and en-GB patterns give different breaks somewhere', () => {
    const text = 'Hyphenation representation hyphenation representation hyphenation representation.';
    let differs = false;
    for (let width = 50; width <= 160 && !differs; width += 5) {
      const us = breakParagraph([body(text)], options({ widths: [width], lang: 'en-US' }));
      const gb = breakParagraph([body(text)], options({ widths: [width], lang: 'en-GB' }));
      expectRoundTrip(us, text);
      expectRoundTrip(gb, text);
      differs = us.lines.map(lineText).join('\n') !== gb.lines.map(lineText).join('\n');
    }
    expect(differs).toBe(true);
  });

  test('an unknown language sets the paragraph without hyphens and without failing', () => {
    const o = options({ widths: [150], measure: serif, lang: 'tlh' });
    const result = breakParagraph([body(HYPHEN_HUNGRY)], o);
    expect(result.lines.some((l) => l.hyphenated)).toBe(false);
    expectSet(result, o, HYPHEN_HUNGRY);
  });
});

describe('breakParagraph: what cannot fit', () => {
  const url = 'https://www.example.com/research/archives/2024/harbour-records?id=1234&format=full';

  test('a long URL in a narrow measure breaks without overflowing and without hyphens', () => {
    expect(url.length).toBeGreaterThan(60);
    const text = `See ${url} for the full record.`;
    for (const width of [90, 120, 160]) {
      const o = options({ widths: [width], measure: serif });
      const result = breakParagraph([body('See '), body(url, { noHyphenate: true, link: url }), body(' for the full record.')], o);
      expectSet(result, o, text);
      for (const line of result.lines) expect(line.hyphenated).toBe(false);
      expect(result.lines.filter((l) => l.fragments.some((f) => f.link === url)).length).toBeGreaterThan(1);
    }
  });

  test('a word is never left alone on a line to spare the next line its loose spaces', () => {
    // Monospace fake, 5 pt a character, 60 to the line: "cc dd ee" cannot take the 58-letter word after it,
    // so a line before it is set loose. Judged with TeX's capped badness (10000) for a line with no space to
    // stretch, "The" alone on the first line came out cheaper than any loose line with spaces in it.
    const word = 'x'.repeat(58);
    const text = `The abcd bcde cdef defg efgh fghi ghij hijk ijkl jklm abcd cc dd ee ${word}`;
    const o = options({ widths: [300], lang: null });
    const result = breakParagraph([body(text)], o);
    expectSet(result, o, text);
    const lines = result.lines.map(lineText);
    expect(lines.at(-1)).toBe(word);
    for (const line of lines.slice(0, -1)) expect(line.split(' ').length, line).toBeGreaterThan(2);
  });

  test('a word wider than the line is broken between characters rather than overflow', () => {
    const text = 'Short words then Pneumonoultramicroscopicsilicovolcanoconiosis appears.';
    const o = options({ widths: [60], lang: null });
    const result = breakParagraph([body(text)], o);
    expectSet(result, o, text);
  });

  test('where the paragraph is not hyphenated (a table header), a word wider than the line still breaks at a hyphenation point, with a hyphen', () => {
    const text = 'Internationalization';
    const o = options({ widths: [60], hyphenation: { leftMin: 2, rightMin: 3, maxConsecutive: 0 } });
    const result = breakParagraph([body(text)], o);
    expectSet(result, o, text);
    expect(result.lines.length).toBeGreaterThan(1);
    expect(result.lines.slice(0, -1).every((line) => line.hyphenated)).toBe(true);
    // A word that fits is never hyphenated there.
    const fits = breakParagraph([body('Short words that all fit on their lines')], options({ widths: [120], hyphenation: { leftMin: 2, rightMin: 3, maxConsecutive: 0 } }));
    expect(fits.lines.some((line) => line.hyphenated)).toBe(false);
  });

  test('a 200,000-character word is set quickly, without overflow', () => {
    const giant = 'abcdefghij'.repeat(20000);
    const text = `Before ${giant} after.`;
    const o = options({ widths: [300] });
    const started = performance.now();
    const result = breakParagraph([body(text)], o);
    const elapsed = performance.now() - started;
    // A guard against a quadratic blow-up (minutes), not a speed target: speed is measured in bench/.
    expect(elapsed).toBeLessThan(30_000);
    expectSet(result, o, text);
    // Chunked character breaks still fill the lines well.
    const inner = result.lines.slice(1, -1);
    expect(Math.min(...inner.map((l) => l.width))).toBeGreaterThan(300 * 0.9);
  });

  test('the emergency pass sets a paragraph that no tolerance accepts, still without overflow', () => {
    const text = 'aaaaaaaaaaaaaaaa bbbbbbbbbbbbbbbbbb c dddddddddddddddd eeeeeeeeeeeeeeeee f gggggggggggggggg';
    const o = options({ widths: [120], lang: null });
    const result = breakParagraph([body(text)], o);
    expect(result.emergency).toBe(true);
    expectSet(result, o, text);
  });

  test('emergency stretch, when a theme asks for it, trades hyphens for looser lines', () => {
    const o = options({ widths: [150], measure: serif });
    const plain = breakParagraph([body(FROG_KING)], o);
    const stretched = breakParagraph([body(FROG_KING)], o, { emergencyStretch: 3 });
    expect(plain.emergency && stretched.emergency).toBe(true);
    expectSet(stretched, o, FROG_KING);
    const hyphens = (r: BrokenParagraph): number => r.lines.filter((l) => l.hyphenated).length;
    expect(hyphens(stretched)).toBeLessThan(hyphens(plain));
  });

  test('an ordinary paragraph needs no emergency', () => {
    expect(breakParagraph([body(FROG_KING)], options({ widths: [400], measure: serif })).emergency).toBe(false);
  });
});

describe('breakParagraph: total fit', () => {
  /** First-fit breaking on spaces, as pdfkit's LineWrapper does: the baseline to beat. */
  function greedyRatios(text: string, width: number, measure: Measure): number[] {
    const space = measure(' ', 'body', 10);
    const ratios: number[] = [];
    let line: string[] = [];
    const ratioOf = (ws: string[]): number => {
      const natural = ws.reduce((s, w) => s + measure(w, 'body', 10), 0) + space * (ws.length - 1);
      return (width - natural) / (space * 0.5 * (ws.length - 1));
    };
    for (const word of words(text)) {
      const candidate = [...line, word];
      const natural = candidate.reduce((s, w) => s + measure(w, 'body', 10), 0) + space * (candidate.length - 1);
      if (natural > width && line.length > 0) {
        ratios.push(ratioOf(line));
        line = [word];
      } else line = candidate;
    }
    return ratios;
  }
  const badness = (r: number): number => 100 * Math.abs(r) ** 3;

  test('Knuth–Plass sets the frog king more evenly than first-fit', () => {
    let strictlyBetter = 0;
    for (const width of [200, 230, 260, 290, 320, 350]) {
      const o = options({ widths: [width], measure: serif, lang: null });
      const kp = breakParagraph([body(FROG_KING)], o).lines.slice(0, -1).map((l) => l.ratio);
      const greedy = greedyRatios(FROG_KING, width, serif);
      const kpTotal = kp.reduce((s, r) => s + badness(r), 0);
      const greedyTotal = greedy.reduce((s, r) => s + badness(r), 0);
      expect(kpTotal).toBeLessThanOrEqual(greedyTotal + 1e-6);
      if (kpTotal < greedyTotal * 0.5) strictlyBetter += 1;
      // No very loose line where first-fit would have one... or fewer of them.
      expect(kp.filter((r) => r > 1).length).toBeLessThanOrEqual(greedy.filter((r) => r > 1).length);
    }
    expect(strictlyBetter).toBeGreaterThan(2);
  });

  test('a hundred paragraphs break in well under a second', () => {
    const o = options({ widths: [312], measure: mono });
    const paragraphs = Array.from({ length: 100 }, (_, i) => {
      const ws = words(FROG_KING);
      return [...ws.slice(i % ws.length), ...ws.slice(0, i % ws.length)].join(' ');
    });
    const started = performance.now();
    for (const p of paragraphs) breakParagraph([body(p)], o);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
