// Page setup from a theme: page-size presets and `WxH` sizes, margins derived
// for a size the theme names without margins (a measure of 60–75 characters),
// a theme's own margins kept, `extends: default` implied, and the theme
// reference in templates/README.md covering every key the schema reads.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { errorsOf } from '../helpers/theme-errors.ts';
import { loadFonts } from '../../src/fonts.ts';
import { loadTheme, TEMPLATES_DIR } from '../../src/theme/load.ts';
import type { Theme } from '../../src/theme/types.ts';
import { parsePageSize } from '../../src/theme/units.ts';
import { schemaKeys } from '../helpers/theme-keys.ts';

const IN = 72;
const MM = 72 / 25.4;

function theme(yaml: string, files: Record<string, string> = {}): Theme {
  const dir = mkdtempSync(path.join(tmpdir(), 'galley-page-'));
  for (const [name, content] of Object.entries({ ...files, 'theme.yaml': yaml })) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return loadTheme(dir);
}

/** Characters of ordinary prose (not the sample the margins were derived from) that fit the text block. */
function charactersPerLine(t: Theme): number {
  const sample = 'While Russia’s president claims his troops are advancing rapidly, North Koreans wearing Russian uniforms are believed to be suffering the most.';
  const perChar = loadFonts(t).measure(sample, 'body', t.body.size) / sample.length;
  return (t.page.width - t.margins.inner - t.margins.outer) / perChar;
}

describe('page sizes', () => {
  test.each([
    ['a4', 210 * MM, 297 * MM],
    ['A5', 148 * MM, 210 * MM],
    ['letter', 8.5 * IN, 11 * IN],
    ['6x9in', 6 * IN, 9 * IN],
    ['5.5x8.5in', 5.5 * IN, 8.5 * IN],
    ['5x8in', 5 * IN, 8 * IN],
    ['170x240mm', 170 * MM, 240 * MM],
    ['7in x 10in', 7 * IN, 10 * IN],
    ['15cm × 21cm', 150 * MM, 210 * MM],
    ['400x600pt', 400, 600],
  ])('%s is %f × %f pt', (name, width, height) => {
    const size = parsePageSize(name);
    expect(size?.width).toBeCloseTo(width, 3);
    expect(size?.height).toBeCloseTo(height, 3);
  });

  test.each(['b5', '7x10', '0x9in', 'x9in', '6x9furlongs'])('"%s" is not a page size', (name) => {
    expect(parsePageSize(name)).toBeNull();
  });
});

describe('a theme that names a page size and no margins', () => {
  test.each(['a4', 'a5', 'letter', '6x9in', '5.5x8.5in', '5x8in', '170x240mm'])('%s gets margins for a measure of 60–75 characters', (size) => {
    const t = theme(`page:\n  size: ${size}\n`);
    expect(t.page.width).toBeCloseTo(parsePageSize(size)?.width ?? 0, 3);
    const characters = charactersPerLine(t);
    expect(characters).toBeGreaterThanOrEqual(60);
    expect(characters).toBeLessThanOrEqual(75);
    for (const side of Object.values(t.margins)) expect(side).toBeGreaterThanOrEqual(0.375 * IN);
    // The inside margin is the narrower (two pages' inside margins face each other), the foot deeper than the head.
    expect(t.margins.inner).toBeLessThanOrEqual(t.margins.outer);
    expect(t.margins.bottom).toBeGreaterThan(t.margins.top);
  });

  test('A4 is not given the 6 × 9 in margins of the theme it extends (those make 90-character lines)', () => {
    const t = theme('extends: default\npage:\n  size: a4\n');
    expect(t.margins).not.toEqual(loadTheme().margins);
    expect(t.page.width - t.margins.inner - t.margins.outer).toBeLessThan(5 * IN);
  });

  test('a larger body size widens the measure with it', () => {
    const small = theme('page:\n  size: a4\n');
    const large = theme('page:\n  size: a4\nbody:\n  size: 12pt\n');
    const measure = (t: Theme): number => t.page.width - t.margins.inner - t.margins.outer;
    expect(measure(large) / measure(small)).toBeCloseTo(12 / 10.5, 2);
  });

  test('a page too small for any text block is an error at page.size', () => {
    expect(errorsOf(() => theme('page:\n  size: 1.5x2in\n'))).toEqual([expect.stringMatching(/theme\.yaml:2:9: error: page\.size: leaves a text block of .* it needs at least 1 in each way/u)]);
  });
});

describe("a theme's own margins", () => {
  test('win over derived ones, all four', () => {
    const t = theme('page:\n  size: a4\nmargins: { top: 1in, bottom: 1.2in, inner: 1in, outer: 1in }\n');
    expect(t.margins).toEqual({ top: IN, bottom: 1.2 * IN, inner: IN, outer: IN });
  });

  test('win one by one; the open side across from a set one keeps the measure', () => {
    const derived = theme('page:\n  size: a4\n');
    const t = theme('page:\n  size: a4\nmargins:\n  inner: 1.5in\n');
    expect(t.margins.inner).toBe(1.5 * IN);
    expect(t.margins.top).toBeCloseTo(derived.margins.top, 6);
    expect(t.page.width - t.margins.inner - t.margins.outer).toBeCloseTo(derived.page.width - derived.margins.inner - derived.margins.outer, 6);
  });

  test("a parent's margins for its own page size are not kept for the child's size", () => {
    const t = theme('extends: ./parent\npage:\n  size: letter\n', { 'parent/theme.yaml': 'page:\n  size: a5\nmargins: { top: 0.5in, bottom: 0.5in, inner: 0.5in, outer: 0.5in }\n' });
    expect(t.margins.inner).not.toBe(0.5 * IN);
    expect(charactersPerLine(t)).toBeLessThanOrEqual(75);
  });

  test("a parent's margins are kept when the child keeps its page size", () => {
    const t = theme('extends: ./parent\nbody:\n  size: 11pt\n', { 'parent/theme.yaml': 'page:\n  size: a5\nmargins: { top: 0.5in, bottom: 0.5in, inner: 0.5in, outer: 0.5in }\n' });
    expect(t.margins).toEqual({ top: 0.5 * IN, bottom: 0.5 * IN, inner: 0.5 * IN, outer: 0.5 * IN });
  });
});

describe('extends', () => {
  test('a theme that names no parent extends default', () => {
    const t = theme('page:\n  twoSided: true\n');
    const base = loadTheme();
    expect(t.page).toEqual({ ...base.page, twoSided: true });
    expect(t.headings).toEqual(base.headings);
    expect(t.print).toEqual(base.print);
  });

  test('extends: none with missing keys says to write extends: default, first, at its line', () => {
    const errors = errorsOf(() => theme('extends: none\npage:\n  size: a4\n  twoSided: false\n'));
    expect(errors[0]).toMatch(/theme\.yaml:1:10: error: \d+ keys are missing from a theme with "extends: none"; write "extends: default" to take every key it does not set from the default theme$/u);
    expect(errors.length).toBeGreaterThan(50);
    expect(errors.slice(1).every((e) => /: missing/u.test(e))).toBe(true);
  });

  test('extends: none with every key set loads on its own', () => {
    const own = readFileSync(path.join(TEMPLATES_DIR, 'default', 'theme.yaml'), 'utf8').split('\nprint:')[0] ?? '';
    const t = theme(`extends: none\n${own}`);
    expect(t.print).toBeUndefined();
    expect(t.margins).toEqual(loadTheme().margins);
  });

  test('print.trim, read before the trim followed page.size, points there', () => {
    expect(errorsOf(() => theme('print:\n  trim: a4\n'))).toEqual([expect.stringMatching(/theme\.yaml:2:9: error: print\.trim: no longer read: the print edition is trimmed to page\.size/u)]);
  });
});

describe('the theme reference, templates/README.md', () => {
  test('documents every key the schema reads, and extends', () => {
    const reference = readFileSync(path.join(TEMPLATES_DIR, 'README.md'), 'utf8');
    const keys = [...schemaKeys(), 'extends'];
    expect(keys.length).toBeGreaterThan(100);
    expect(keys.filter((key) => !reference.includes(`\`${key}\``))).toEqual([]);
  });
});
