// Random paragraphs, seeded: whatever the mix of styles, notes, links, URLs,
// no-break spaces, soft hyphens and forced breaks, the breaker keeps the text,
// stays inside the measure and counts words as words() does.
import { describe, expect, test } from 'vitest';
import { breakParagraph } from '../../src/pdf/layout/linebreak.ts';
import type { BreakOptions, FontKey, LineBox, Measure, StyledRun } from '../../src/pdf/layout/types.ts';
import { words } from '../../src/text.ts';
import { mulberry32 } from './generate.ts';

// Proportional widths: narrow i and l, wide m and w, per-font factors.
const fontFactor: Partial<Record<FontKey, number>> = {
  body: 1,
  bodyItalic: 0.95,
  bodyBold: 1.08,
  bodyBoldItalic: 1.05,
  mono: 1.2,
  monoItalic: 1.2,
  monoBold: 1.2,
  monoBoldItalic: 1.2,
};
const proportional: Measure = (text, font, size) => {
  let width = 0;
  for (const ch of text) width += /[ilj.,;:'’|!]/u.test(ch) ? 0.28 : /[mwMW—]/u.test(ch) ? 0.85 : ch === ' ' ? 0.25 : 0.52;
  return width * size * (fontFactor[font] ?? 1);
};

const VOCABULARY = [
  'the', 'harbour', 'lighthouse', 'keeper', 'wrote', 'extraordinarily', 'careful', 'notes', 'about',
  'weather', 'ships', 'and', 'of', 'a', 'incomprehensible', 'well-known', 'storm—which', 'naïve',
  'cooperation', 'e\u0301clair', 'responsibilities', 'NASA', '1887', 'co\u00ADoperate', 'I', 'x',
];
const URLS = ['https://example.org/a/b/c?x=1&y=2', 'www.harbour-archive.example.com/records/1887/storms_and_wrecks'];

interface Sample {
  readonly runs: StyledRun[];
  readonly options: BreakOptions;
}

function sample(random: () => number): Sample {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const runs: StyledRun[] = [];
  let note = 1;
  const count = 1 + Math.floor(random() * 14);
  for (let r = 0; r < count; r += 1) {
    const roll = random();
    if (roll < 0.1 && runs.length > 0) {
      runs.push({ text: String(note), font: 'body', size: 6, rise: 3, noteRef: note, link: `#note-${note}` });
      note += 1;
      continue;
    }
    if (roll < 0.18) {
      runs.push({ text: pick(URLS), font: 'mono', size: 9, noHyphenate: true, link: 'https://example.org' });
      continue;
    }
    const n = 1 + Math.floor(random() * 12);
    const parts: string[] = [];
    for (let w = 0; w < n; w += 1) {
      parts.push(pick(VOCABULARY));
      const gap = random();
      parts.push(gap < 0.05 ? '\u00A0' : gap < 0.08 ? '\n' : gap < 0.12 ? '  ' : ' ');
    }
    if (random() < 0.3) parts.pop();
    const fonts: FontKey[] = ['body', 'bodyItalic', 'bodyBold', 'bodyBoldItalic'];
    runs.push({
      text: `${random() < 0.3 ? ' ' : ''}${parts.join('')}`,
      font: pick(fonts),
      size: pick([9, 10, 10, 10, 12]),
      ...(random() < 0.15 ? { link: 'https://example.com/x' } : {}),
    });
  }
  const width = 30 + random() * 300;
  return {
    runs,
    options: {
      widths: random() < 0.3 ? [width * 0.8, width] : [width],
      measure: proportional,
      justify: random() < 0.8,
      lang: pick(['en-US', 'en-GB', null, 'tlh']),
      hyphenation: { leftMin: 2, rightMin: 3, maxConsecutive: 2 },
      ...(random() < 0.2 ? { noHyphenOnLine: [0, 2, 3] } : {}),
    },
  };
}

/** What the breaker promises to keep: whitespace runs as one space (or their no-break space), soft hyphens gone. */
function kept(text: string): string {
  return text
    .replaceAll('\u00AD', '')
    .replace(/\s+/gu, (ws) => (ws.includes('\n') ? '\n' : (/[\u00A0\u2007\u202F]/u.exec(ws)?.[0] ?? ' ')));
}

const lineText = (line: LineBox): string => line.fragments.map((f) => f.text).join('');

/** Whether the word a hyphenated line breaks (its end, and the starts of the lines it runs on to) is wider than `width`, in its own fonts. */
function brokenWordIsWide(lines: readonly LineBox[], at: number, width: number): boolean {
  const line = lines[at] as LineBox;
  const last = line.fragments.at(-1);
  let measured = last === undefined ? 0 : proportional(/\S*$/u.exec(lineText(line).slice(0, -1))?.[0] ?? '', last.font, last.size);
  for (let i = at + 1; i < lines.length; i += 1) {
    const next = lines[i] as LineBox;
    const first = next.fragments[0];
    const text = lineText(next);
    const piece = /^\S*/u.exec(text)?.[0] ?? '';
    // A line holding only a piece of the word, hyphenated, passes it on to the next.
    const whole = next.hyphenated && piece === text;
    if (first !== undefined) measured += proportional(whole ? piece.slice(0, -1) : piece, first.font, first.size);
    if (!whole) break;
  }
  return measured > width;
}

describe('breakParagraph on random paragraphs', () => {
  test('keeps the text, the measure, the notes and the word count', () => {
    for (let seed = 1; seed <= 400; seed += 1) {
      const { runs, options } = sample(mulberry32(seed));
      const context = `seed ${seed}`;
      const result = breakParagraph(runs, options);
      const all = kept(runs.map((r) => r.text).join(''));
      const visible = runs.filter((r) => r.noteRef === undefined).map((r) => r.text).join('');
      // Note marks are drawn text too: they appear in place, in the joined fragments.
      let pos = 0;
      result.lines.forEach((line, i) => {
        const end = pos;
        while (/\s/u.test(all[pos] ?? '')) pos += 1;
        // A note mark only starts a line when the author put a line break before it.
        if (line.fragments[0]?.noteRef !== undefined) expect(i === 0 || all.slice(end, pos).includes('\n'), context).toBe(true);
        let text = lineText(line);
        if (line.hyphenated) text = text.slice(0, -1);
        expect(all.slice(pos, pos + text.length), context).toBe(text);
        pos += text.length;

        const width = options.widths[Math.min(i, options.widths.length - 1)] as number;
        const widest = Math.max(...[...text].map((c) => proportional(c, 'monoBold', 12)));
        if (width > widest) {
          expect(line.overfull, context).toBe(false);
          expect(line.width, context).toBeLessThanOrEqual(width + 0.01);
        }
        for (const f of line.fragments) expect(f.text, context).not.toContain('\u00AD');
      });
      expect(all.slice(pos).trim(), context).toBe('');
      expect(result.lines.flatMap((l) => l.noteRefs), context).toEqual(
        runs.flatMap((r) => (r.noteRef !== undefined ? [r.noteRef] : [])),
      );
      const indexes = result.lines.map((l) => l.wordIndex);
      expect(indexes, context).toEqual([...indexes].sort((a, b) => a - b));
      if (result.lines.length > 0) expect(result.lines[0]!.wordIndex, context).toBe(0);
      expect(Math.max(0, ...indexes), context).toBeLessThanOrEqual(words(visible).length);
      // At most two hyphenated lines in a row, but for the pieces of a word wider than the line, which cannot fit whole.
      let streak = 0;
      result.lines.forEach((line, i) => {
        const width = options.widths[Math.min(i, options.widths.length - 1)] as number;
        streak = line.hyphenated && !brokenWordIsWide(result.lines, i, width) ? streak + 1 : 0;
        expect(streak, context).toBeLessThanOrEqual(2);
      });
    }
  });
});
