// Micro-typography and TeX's knobs in the line breaker: font expansion in
// steps within ±2%, protrusion into the margins, looseness, and no paragraph
// ending in a hyphenated word's tail alone.
import { describe, expect, test } from 'vitest';
import { ARTICLE_PARAGRAPH as ARTICLE, glyphs, serif } from '../../helpers/source-serif.ts';
import { breakParagraph } from '../../../src/pdf/layout/linebreak.ts';
import type { BreakOptions, LineBox, Microtype, StyledRun } from '../../../src/pdf/layout/types.ts';

const MICROTYPE: Microtype = { expansion: 0.02, expansionStep: 0.005, protrusion: true, tracking: 0 };
const OFF: Microtype = { expansion: 0, expansionStep: 0.005, protrusion: false, tracking: 0 };

function options(width: number, overrides: Partial<BreakOptions> = {}): BreakOptions {
  return {
    widths: [width],
    measure: serif,
    justify: true,
    lang: 'en-US',
    hyphenation: { leftMin: 2, rightMin: 3, maxConsecutive: 2 },
    microtype: MICROTYPE,
    ...overrides,
  };
}

const run = (text: string): StyledRun[] => [{ text, font: 'body', size: 10.5 }];
const lineText = (line: LineBox): string => line.fragments.map((f) => f.text).join('');
const lineEnd = (line: LineBox): number => {
  const last = line.fragments[line.fragments.length - 1];
  return last === undefined ? 0 : last.x + last.width;
};
// Measures from 2.6 to 4.5 in: narrower ones cannot set the article without the emergency pass.
const WIDTHS = Array.from({ length: 40 }, (_, i) => 190 + i * 3.5);

describe('font expansion', () => {
  test('scales each line’s glyphs by at most ±2% in 0.5% steps, and justified lines still fill the measure', () => {
    const scales = new Set<number>();
    let emergencies = 0;
    for (const width of WIDTHS) {
      const { lines, emergency } = breakParagraph(run(ARTICLE), options(width));
      // The emergency pass may leave a line short.
      if (emergency) emergencies += 1;
      lines.forEach((line, i) => {
        const scale = line.fragments[0]?.hscale ?? 1;
        // One scale for the whole line.
        for (const f of line.fragments) expect(f.hscale ?? 1).toBe(scale);
        expect(Math.abs(scale - 1)).toBeLessThanOrEqual(0.02 + 1e-12);
        const steps = (scale - 1) / 0.005;
        expect(Math.abs(steps - Math.round(steps))).toBeLessThan(1e-9);
        scales.add(Math.round(steps));
        expect(line.overfull).toBe(false);
        // A last line is never widened to fill.
        if (i === lines.length - 1) expect(scale).toBeLessThanOrEqual(1);
        else if (!emergency) expect(line.width).toBeCloseTo(width, 6);
      });
    }
    expect(emergencies).toBeLessThan(WIDTHS.length / 4);
    // Both widened and narrowed lines occur, and more than one step of each.
    expect(Math.max(...scales)).toBeGreaterThanOrEqual(2);
    expect(Math.min(...scales)).toBeLessThanOrEqual(-2);
  });

  test('leaves the spaces nearer their natural width than the same paragraphs without it', () => {
    // Mean extra width of a space, either way, over the justified lines.
    const spread = (microtype: Microtype): number => {
      const extras = WIDTHS.flatMap((w) => breakParagraph(run(ARTICLE), options(w, { microtype })).lines.slice(0, -1))
        .flatMap((line) => line.fragments.map((f) => Math.abs(f.wordSpacing)));
      return extras.reduce((a, b) => a + b, 0) / extras.length;
    };
    expect(spread(MICROTYPE)).toBeLessThan(spread(OFF) * 0.8);
  });

  test('ragged-right text is neither expanded nor protruded', () => {
    const { lines } = breakParagraph(run(ARTICLE), options(250, { justify: false }));
    for (const line of lines) {
      expect(line.fragments[0]?.x).toBe(0);
      for (const f of line.fragments) expect(f.hscale).toBeUndefined();
    }
  });
});

describe('letter spacing', () => {
  const TRACKED: Microtype = { ...MICROTYPE, tracking: 0.008 };
  const tracked = (width: number, microtype = TRACKED) => breakParagraph(run(ARTICLE), options(width, { microtype, glyphCount: glyphs }));

  test('spaces each line’s letters by at most ±0.008 em after its expansion, and justified lines still fill the measure', () => {
    let apart = 0;
    let closer = 0;
    for (const width of WIDTHS) {
      const { lines, emergency } = tracked(width);
      lines.forEach((line, i) => {
        const spacing = line.fragments[0]?.tracking ?? 0;
        for (const f of line.fragments) expect(f.tracking ?? 0).toBe(spacing);
        expect(Math.abs(spacing)).toBeLessThanOrEqual(0.008 * 10.5 + 1e-12);
        if (spacing > 0) apart += 1;
        if (spacing < 0) closer += 1;
        if (i === lines.length - 1) expect(spacing).toBeLessThanOrEqual(0);
        else if (!emergency) expect(line.width).toBeCloseTo(width, 6);
      });
    }
    expect(apart).toBeGreaterThan(10);
    expect(closer).toBeGreaterThan(10);
  });

  test('over 40 measures, sets fewer lines ending in a hyphen than expansion alone, with spaces no wider', () => {
    const count = (microtype: Microtype): { hyphens: number; widest: number } => {
      let hyphens = 0;
      let widest = 0;
      for (const width of WIDTHS) {
        const { lines } = tracked(width, microtype);
        hyphens += lines.filter((l) => l.hyphenated).length;
        for (const line of lines.slice(0, -1)) widest = Math.max(widest, ...line.fragments.map((f) => f.wordSpacing));
      }
      return { hyphens, widest };
    };
    const alone = count(MICROTYPE);
    const withSpacing = count({ ...MICROTYPE, tracking: 0.008 });
    expect(withSpacing.hyphens).toBeLessThan(alone.hyphens * 0.8);
    expect(withSpacing.widest).toBeLessThanOrEqual(alone.widest + 1e-9);
  });

  test('an Arabic paragraph is never letter-spaced, its lines reordered after setting', () => {
    const { lines } = breakParagraph(run('مرحبا بالعالم '.repeat(20)), options(200, { microtype: TRACKED, glyphCount: glyphs }));
    for (const line of lines) for (const f of line.fragments) expect(f.tracking).toBeUndefined();
  });
});

describe('character protrusion', () => {
  test('a line ending in a hyphen, stop or comma hangs into the right margin as microtype’s default set says (stop 70%, hyphen and comma 50%)', () => {
    const seen = new Set<string>();
    for (const width of WIDTHS) {
      const { lines, emergency } = breakParagraph(run(ARTICLE), options(width, { microtype: { ...MICROTYPE, expansion: 0 } }));
      if (emergency) continue;
      for (const line of lines.slice(0, -1)) {
        const last = lineText(line).slice(-1);
        expect(line.width).toBeCloseTo(width, 6);
        if (!['-', '.', ','].includes(last)) continue;
        seen.add(last);
        const share = last === '.' ? 0.7 : 0.5;
        expect(lineEnd(line)).toBeCloseTo(width + share * serif(last, 'body', 10.5), 6);
      }
    }
    expect([...seen].sort()).toEqual([',', '-', '.']);
  });

  test('an opening quote at a line’s start hangs 30% of it into the left margin; letters stay put', () => {
    let quoted = 0;
    for (const width of WIDTHS) {
      const { lines } = breakParagraph(run(ARTICLE), options(width));
      for (const line of lines.slice(1)) {
        const first = lineText(line)[0];
        const x = line.fragments[0]?.x ?? 0;
        if (first === '“') {
          quoted += 1;
          expect(x).toBeCloseTo(-0.3 * serif('“', 'body', 10.5), 6);
        } else if (first !== undefined && /[a-uz0235689]/u.test(first)) {
          expect(x).toBe(0);
        }
      }
    }
    expect(quoted).toBeGreaterThan(0);
  });

  test('an indented first line does not protrude', () => {
    const { lines } = breakParagraph(run('“Quoted words open this paragraph,” he said, and went on at length.'), options(150, { widths: [140, 150] }));
    expect(lines[0]?.fragments[0]?.x).toBe(0);
  });
});

describe('TeX’s knobs', () => {
  test('never ends a paragraph with a hyphenated word’s tail alone on its last line', () => {
    const texts = [ARTICLE, 'The drones were hunting the soldiers across the frozen fields of the contested areas.'];
    let paragraphs = 0;
    for (const text of texts) {
      for (let width = 120; width <= 330; width += 1.5) {
        for (const microtype of [MICROTYPE, OFF]) {
          const { lines } = breakParagraph(run(text), options(width, { microtype }));
          const [before, last] = lines.slice(-2);
          paragraphs += 1;
          if (before?.hyphenated === true) expect(lineText(last!), `${width}pt: "${lineText(before)}|${lineText(last!)}"`).toMatch(/\s/u);
        }
      }
    }
    expect(paragraphs).toBeGreaterThan(200);
  });

  test('ends a paragraph with a compound’s second word alone rather than set a line with spaces twice their width', () => {
    // From 260 to 285 pt "…these references are case-" fits and "…are" alone would leave spaces two to four times wide.
    const text = 'Like regular reference links, these references are case-insensitive.';
    for (let width = 260; width <= 285; width += 0.5) {
      const { lines } = breakParagraph(run(text), options(width));
      expect(lines.map(lineText), `${width}pt`).toEqual(['Like regular reference links, these references are case-', 'insensitive.']);
      expect(lines[0]!.ratio, `${width}pt`).toBeLessThan(1.5);
    }
  });

  test('hyphenPenalty from the tuning changes how often lines end in a hyphen', () => {
    const count = (hyphenPenalty: number): number =>
      WIDTHS.reduce((sum, w) => sum + breakParagraph(run(ARTICLE), options(w, { tuning: { hyphenPenalty } })).lines.filter((l) => l.hyphenated).length, 0);
    expect(count(1000)).toBeLessThan(count(0));
  });

  test('looseness 1 sets a paragraph one line longer where it can, -1 one shorter', () => {
    let longer = 0;
    let shorter = 0;
    for (const width of WIDTHS) {
      const base = breakParagraph(run(ARTICLE), options(width)).lines.length;
      const loose = breakParagraph(run(ARTICLE), options(width, { tuning: { looseness: 1, tolerance: 10000 } })).lines.length;
      const tight = breakParagraph(run(ARTICLE), options(width, { tuning: { looseness: -1, tolerance: 10000 } })).lines.length;
      expect(loose).toBeGreaterThanOrEqual(base);
      expect(loose).toBeLessThanOrEqual(base + 1);
      expect(tight).toBeLessThanOrEqual(base);
      if (loose === base + 1) longer += 1;
      if (tight === base - 1) shorter += 1;
    }
    expect(longer).toBeGreaterThan(0);
    expect(shorter).toBeGreaterThan(0);
  });

  test('a looseness is met in a later pass when the first cannot meet it, within the tolerances or not at all', () => {
    // TeX's tolerances (the theme's default is 150): pretolerance 100, tolerance 200.
    let longer = 0;
    for (const width of WIDTHS) {
      const base = breakParagraph(run(ARTICLE), options(width));
      const loose = breakParagraph(run(ARTICLE), options(width, { tuning: { looseness: 1 } }));
      // The first pass, without hyphens, does not keep a paragraph at its optimum when the next could add the line.
      const fromSecond = breakParagraph(run(ARTICLE), options(width, { tuning: { looseness: 1, pretolerance: -1 } }));
      expect(loose.lines.length).toBe(fromSecond.lines.length);
      if (loose.lines.length === base.lines.length + 1) {
        longer += 1;
        expect(Math.max(...loose.lines.slice(0, -1).map((l) => l.ratio))).toBeLessThanOrEqual(Math.cbrt(200 / 100) + 1e-9);
      } else {
        // Unmet, the paragraph is set as without a looseness, never by the looser passes' wider lines.
        expect(loose.lines.map(lineText)).toEqual(base.lines.map(lineText));
      }
    }
    expect(longer).toBeGreaterThan(0);
  });
});
