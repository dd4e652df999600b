// URL breaks by the Chicago Manual of Style: the break opportunities of URLs
// alone, then URLs set in a paragraph (no word lost, no letter-letter break
// where punctuation was near, nothing but the URL's own text on each line).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import { describe, expect, test } from 'vitest';
import { flattenInlines } from '../../../src/pdf/layout/inline.ts';
import { breakParagraph } from '../../../src/pdf/layout/linebreak.ts';
import { urlBreakPositions } from '../../../src/pdf/layout/url-breaks.ts';
import type { BreakOptions, Measure, StyledRun } from '../../../src/pdf/layout/types.ts';
import { loadTheme } from '../../../src/theme/load.ts';

/** The text cut at every break opportunity, for reading the expectations at a glance. */
const cut = (text: string): string => {
  let out = '';
  let last = 0;
  for (const pos of urlBreakPositions(text)) {
    out += `${text.slice(last, pos)}|`;
    last = pos;
  }
  return out + text.slice(last);
};

describe('urlBreakPositions', () => {
  test('after a double slash and a colon; before a single slash and a period', () => {
    expect(cut('http://biorxiv.org/content')).toBe('http://|biorxiv|.org|/content');
  });

  test('before ~ , - _ ? # %; before and after = and &', () => {
    expect(cut('ab.io/~me/x-y_z?q=1&r=2#top%20')).toBe('ab|.io|/|~me|/x|-y|_z|?q|=|1|&|r|=|2|#top|%20');
  });

  test('"https:" keeps its "//"; a colon elsewhere breaks after it', () => {
    expect(cut('https://doi.org')).toBe('https://|doi|.org');
    expect(cut('doi:10.1101')).toBe('doi:|10|.1101');
  });

  test('brackets and punctuation around the URL stay with it', () => {
    expect(cut('(http://biorxiv.org/).')).toBe('(http://|biorxiv|.org/).');
    expect(cut('<http://a.org/bc>,')).toBe('<http://|a|.org|/bc>,');
    expect(cut('x.org/page#table-3')).toBe('x|.org|/page|#table-3');
  });

  test('in code, a comma never opens a line: code breaks after it (identifier-breaks.ts)', () => {
    expect(urlBreakPositions('"two","three"')).toEqual([5]);
    expect(urlBreakPositions('"two","three"', () => true, () => true)).toEqual([]);
  });

  test('no break between repeated marks, and none in a word without any', () => {
    expect(cut('a..b--c')).toBe('a|..b|--c');
    expect(urlBreakPositions('intelligence')).toEqual([]);
  });
});

const fontDir = fileURLToPath(new URL('../../../node_modules/@expo-google-fonts/source-serif-4/', import.meta.url));
const face = fontkit.create(readFileSync(`${fontDir}400Regular/SourceSerif4_400Regular.ttf`));
const serif: Measure = (text, _font, size) => (face.layout(text).advanceWidth * size) / face.unitsPerEm;
const body = (text: string, extra: Partial<StyledRun> = {}): StyledRun => ({ text, font: 'body', size: 10, ...extra });
const options = (width: number): BreakOptions => ({
  widths: [width],
  measure: serif,
  justify: true,
  lang: 'en-US',
  hyphenation: { leftMin: 2, rightMin: 3, maxConsecutive: 2 },
});

describe('URLs in a paragraph', () => {
  const url = 'https://www.example-statistics.org/publications/artificial-intelligence-and-shipping-publication-2024/annex?id=1234&format=full';
  const runs = [body('The agency’s portal at '), body(url, { noHyphenate: true, link: url }), body(' has the tables (see annex).')];

  test('break only where Chicago allows, whatever the measure, and lose nothing', () => {
    const allowed = new Set(urlBreakPositions(url));
    for (let width = 120; width <= 330; width += 7) {
      const lines = breakParagraph(runs, options(width)).lines;
      const urlLines = lines.map((line) => line.fragments.filter((f) => f.link === url).map((f) => f.text).join('').trim());
      expect(urlLines.join('')).toBe(url);
      let at = 0;
      for (const [i, piece] of urlLines.entries()) {
        if (piece === '') continue;
        at += piece.length;
        // Every break inside the URL is at a Chicago opportunity, and draws no hyphen.
        if (at === url.length) continue;
        expect(allowed.has(at), `${width}pt, line ${i}: ${piece}`).toBe(true);
        expect(lines[i]?.hyphenated).toBe(false);
      }
    }
  });

  test('a line broken inside code narrower than the line is justified to the margin, as any other', () => {
    // Pandoc's manual, --reference-doc: a command written as inline code in a justified paragraph.
    const command = 'pandoc -o custom-reference.docx --print-default-data-file reference.docx';
    const runs = [body('To produce a custom one, first get a copy of the default: '), body(command, { noHyphenate: true, code: true }), body('. Then open it in Word or LibreOffice, modify the styles as you wish, and save the file.')];
    let insideCode = 0;
    for (let width = 170; width <= 330; width += 8) {
      const lines = breakParagraph(runs, options(width)).lines;
      for (const line of lines.slice(0, -1)) {
        const last = line.fragments[line.fragments.length - 1];
        if (last?.text === undefined || !command.includes(last.text.trim()) || command.endsWith(last.text.trim())) continue;
        insideCode += 1;
        expect(line.width, `${width}pt: ${line.fragments.map((f) => f.text).join('')}`).toBeCloseTo(width, 0);
      }
    }
    expect(insideCode).toBeGreaterThan(3);
  });

  test('a segment wider than the line is the only place letters part', () => {
    const word = 'Pneumonoultramicroscopicsilicovolcanoconiosis';
    const long = `https://example.org/${word}/xyz`;
    const allowed = new Set(urlBreakPositions(long));
    const wideFrom = long.indexOf(word);
    const lines = breakParagraph([body(long, { noHyphenate: true, link: long })], options(90)).lines;
    const texts = lines.map((line) => line.fragments.map((f) => f.text).join(''));
    expect(texts.join('')).toBe(long);
    let at = 0;
    let inside = 0;
    for (const t of texts.slice(0, -1)) {
      at += t.length;
      if (at > wideFrom && at < wideFrom + word.length) inside += 1;
      else expect(allowed.has(at), t).toBe(true);
    }
    // The over-wide segment had to part between letters.
    expect(inside).toBeGreaterThan(0);
  });
});

describe('bare URLs in the text', () => {
  const theme = loadTheme();
  const urlRuns = (value: string): string[] =>
    flattenInlines([{ type: 'text', value }], { family: 'body', italic: false, bold: false, size: 10 }, theme)
      .filter((run) => run.noHyphenate === true)
      .map((run) => run.text);

  test('are found with a scheme, www., doi: or a host name and a path, and kept from hyphenation', () => {
    expect(urlRuns('See https://a.example/x, www.example.com and doi:10.1101/2024.01.01 now.')).toEqual([
      'https://a.example/x,',
      'www.example.com',
      'doi:10.1101/2024.01.01',
    ]);
    expect(urlRuns('From biorxiv.org/content, bbc.co.uk/news and (nature.ai/articles).')).toEqual([
      'biorxiv.org/content,',
      'bbc.co.uk/news',
      '(nature.ai/articles).',
    ]);
  });

  test('words with slashes or periods that are not addresses are left to hyphenation', () => {
    expect(urlRuns('The U.S./Canada border, and/or e.g./i.e. marks, scored 3.5/10 at example.com today.')).toEqual([]);
  });
});
