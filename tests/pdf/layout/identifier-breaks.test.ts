// Names in inline code break between their words, or after a call's opening
// bracket, as a last resort ("Reference|Error", "function(|studentID)"): the break opportunities alone, then a paragraph dense
// with code set across many measures, with and without such breaks.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import { describe, expect, test } from 'vitest';
import { identifierBreakPositions } from '../../../src/pdf/layout/identifier-breaks.ts';
import { breakParagraph } from '../../../src/pdf/layout/linebreak.ts';
import type { BreakOptions, FontKey, LineBox, Measure, StyledRun } from '../../../src/pdf/layout/types.ts';

const cut = (text: string): string => {
  let out = '';
  let last = 0;
  for (const pos of identifierBreakPositions(text)) {
    out += `${text.slice(last, pos)}|`;
    last = pos;
  }
  return out + text.slice(last);
};

describe('identifierBreakPositions', () => {
  test('between the words of camelCase and PascalCase names, and after an acronym', () => {
    expect(cut('ReferenceError')).toBe('Reference|Error');
    expect(cut('getStudentName(73)')).toBe('get|Student|Name(73)');
    expect(cut('XMLHttpRequest')).toBe('XML|Http|Request');
    expect(cut('crypto.getRandomValues(..)')).toBe('crypto.get|Random|Values(..)');
  });

  test('after the bracket opening a call’s arguments, between two names', () => {
    expect(cut('function(studentID)')).toBe('function(|studentID)');
    expect(cut('items[index]')).toBe('items[|index]');
    expect(cut('f(studentID)')).toBe('f(studentID)');
    expect(cut('function(id)')).toBe('function(id)');
    expect(cut('function(..)')).toBe('function(..)');
    expect(cut('print("hello")')).toBe('print("hello")');
  });

  test('after a comma between arguments, and before a backslash opening a command or a path’s part', () => {
    expect(cut('"one".concat("two","three")')).toBe('"one".concat("two",|"three")');
    expect(cut('300\\letterpercent\\space')).toBe('300|\\letterpercent|\\space');
    expect(cut('C:\\Users\\galley')).toBe('C:\\Users|\\galley');
    expect(cut('f(a,b)')).toBe('f(a,b)');
    expect(cut('a,,b')).toBe('a,,b');
    expect(cut('\\n')).toBe('\\n');
  });

  test('never leaving fewer than three characters of the name on a side', () => {
    expect(cut('toJSON')).toBe('toJSON');
    expect(cut('studentID')).toBe('studentID');
    expect(cut('isNaN')).toBe('isNaN');
    expect(cut('a.bCd')).toBe('a.bCd');
  });

  test('none in words without a change of case, nor outside the code', () => {
    expect(identifierBreakPositions('function')).toEqual([]);
    expect(identifierBreakPositions('SCREAMING_CASE')).toEqual([]);
    expect(identifierBreakPositions('ReferenceError', (i) => i < 9)).toEqual([]);
  });
});

const fontDir = fileURLToPath(new URL('../../../node_modules/@expo-google-fonts/', import.meta.url));
const faces: Partial<Record<FontKey, fontkit.Font>> = {
  body: fontkit.create(readFileSync(`${fontDir}source-serif-4/400Regular/SourceSerif4_400Regular.ttf`)),
  mono: fontkit.create(readFileSync(`${fontDir}source-code-pro/400Regular/SourceCodePro_400Regular.ttf`)),
};
const measure: Measure = (text, font, size) => {
  const face = faces[font] as fontkit.Font;
  return (face.layout(text).advanceWidth * size) / face.unitsPerEm;
};
const options = (width: number, identifierBreakPenalty?: number): BreakOptions => ({
  widths: [width],
  measure,
  justify: true,
  lang: 'en-US',
  hyphenation: { leftMin: 2, rightMin: 3, maxConsecutive: 2 },
  ...(identifierBreakPenalty === undefined ? {} : { tuning: { identifierBreakPenalty } }),
});

// You Don't Know JS Yet, "Scope & Closures", chapter 1: prose dense with names in code.
const prose = (text: string): StyledRun => ({ text, font: 'body', size: 10 });
const code = (text: string): StyledRun => ({ text, font: 'mono', size: 9, noHyphenate: true, code: true });
const PARAGRAPH: StyledRun[] = [
  prose('If the '), code('eval(..)'), prose(' had not been present, the '), code('oops'), prose(' variable in '),
  code('console.log(oops)'), prose(' would not exist, and would throw a '), code('ReferenceError'), prose('. But '),
  code('eval(..)'), prose(' modifies the scope of the '), code('badIdea()'), prose(' function at runtime, as '),
  code('VariableDeclaration'), prose(' and '), code('AssignmentExpression'), prose(' nodes show.'),
];
const NAMES = ['ReferenceError', 'VariableDeclaration', 'AssignmentExpression'];

const text = (lines: readonly LineBox[]): string[] => lines.map((line) => line.fragments.map((f) => f.text).join(''));
/** The loosest line's ratio, last lines aside. */
const worst = (lines: readonly LineBox[]): number => Math.max(...lines.slice(0, -1).map((line) => line.ratio));

describe('names in code, in a paragraph', () => {
  const widths = Array.from({ length: 25 }, (_, i) => 150 + i * 6);

  test('a name breaks only between its words, adding nothing, and no word is lost', () => {
    let broken = 0;
    for (const width of widths) {
      const boxes = breakParagraph(PARAGRAPH, options(width)).lines;
      const lines = text(boxes);
      // A hyphen the breaker added in prose is no part of the text.
      expect(lines.map((line, i) => (boxes[i]?.hyphenated === true ? line.replace(/-$/u, '') : line)).join('').replace(/\s+/gu, '')).toBe(PARAGRAPH.map((r) => r.text).join('').replace(/\s+/gu, ''));
      for (const [i, line] of lines.entries()) {
        const next = lines[i + 1]?.trimStart() ?? '';
        const split = NAMES.find((name) => [...name].some((_, k) => k > 0 && line.trimEnd().endsWith(name.slice(0, k)) && next.startsWith(name.slice(k))));
        if (split === undefined) continue;
        broken += 1;
        expect(line.trimEnd().endsWith('-')).toBe(false);
        expect(identifierBreakPositions(split).map((k) => split.slice(0, k)).some((head) => line.trimEnd().endsWith(head))).toBe(true);
      }
    }
    expect(broken).toBeGreaterThan(0);
  });

  test('they are taken where they spare a loose line, and the loosest lines are less loose', () => {
    let spared = 0;
    for (const width of widths) {
      const without = worst(breakParagraph(PARAGRAPH, options(width, 10000)).lines);
      const withBreaks = worst(breakParagraph(PARAGRAPH, options(width)).lines);
      expect(withBreaks).toBeLessThanOrEqual(without + 1e-9);
      if (without > 1 && withBreaks < without - 0.2) spared += 1;
    }
    expect(spared).toBeGreaterThan(2);
  });

  test('a paragraph that sets well without them does not take one', () => {
    const lines = text(breakParagraph([prose('Throw a '), code('ReferenceError'), prose(' here.')], options(300)).lines);
    expect(lines).toEqual(['Throw a ReferenceError here.']);
  });

  test('a URL is never broken between its words', () => {
    const url = 'https://example.org/ReferenceErrorHandlingGuide';
    for (const width of [120, 150, 180]) {
      const lines = text(breakParagraph([prose('See '), { ...prose(url), noHyphenate: true, link: url }, prose(' for more.')], options(width)).lines);
      for (const line of lines) expect(/(Reference|Error|Handling)$/u.test(line.trimEnd())).toBe(false);
    }
  });
});
