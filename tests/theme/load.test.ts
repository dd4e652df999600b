import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { errorsOf } from '../helpers/theme-errors.ts';
import { FALLBACK_FONT_KEYS, loadFonts } from '../../src/fonts.ts';
import { loadTheme } from '../../src/theme/load.ts';
import { parseLength } from '../../src/theme/units.ts';

function themeDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'galley-theme-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

describe('the default theme', () => {
  const theme = loadTheme();

  test('is a 6 × 9 in page with fonts resolved to files on disk', () => {
    expect(theme.page.width).toBeCloseTo(432);
    expect(theme.page.height).toBeCloseTo(648);
    for (const face of [...Object.values(theme.fonts.body), ...Object.values(theme.fonts.mono)]) {
      expect(path.isAbsolute(face)).toBe(true);
      expect(existsSync(face)).toBe(true);
    }
    expect(theme.fonts.body.regular).toMatch(/SourceSerif4_400Regular\.ttf$/u);
  });

  test('is frozen all the way down', () => {
    expect(Object.isFrozen(theme)).toBe(true);
    expect(Object.isFrozen(theme.margins)).toBe(true);
    expect(Object.isFrozen(theme.headings[0])).toBe(true);
  });

  test('sets body text in a book measure: 60 to 75 characters, leading about 1.3', () => {
    const fonts = loadFonts(theme);
    const measure = theme.page.width - theme.margins.inner - theme.margins.outer;
    // The average character of English prose, spaces included.
    const sample = 'While Russia’s president claims his troops are advancing rapidly, North Koreans wearing Russian uniforms are believed to be suffering the most.';
    const perChar = fonts.measure(sample, 'body', theme.body.size) / sample.length;
    const characters = measure / perChar;
    expect(characters).toBeGreaterThanOrEqual(60);
    expect(characters).toBeLessThanOrEqual(75);
    expect(theme.body.size).toBeGreaterThanOrEqual(10);
    expect(theme.body.size).toBeLessThanOrEqual(11.5);
    expect(theme.body.leading / theme.body.size).toBeGreaterThan(1.2);
    expect(theme.body.leading / theme.body.size).toBeLessThan(1.4);
    expect(theme.notes.size).toBeLessThan(theme.body.size);
  });
});

describe('lengths', () => {
  test('accept points, inches, millimetres and centimetres', () => {
    expect(parseLength(12)).toBe(12);
    expect(parseLength('12pt')).toBe(12);
    expect(parseLength('0.5in')).toBe(36);
    expect(parseLength('25.4mm')).toBeCloseTo(72);
    expect(parseLength('2.54cm')).toBeCloseTo(72);
    expect(parseLength('wide')).toBeNull();
    expect(parseLength('12px')).toBeNull();
  });
});

describe('a user theme', () => {
  test('extends another theme and overrides only what it names', () => {
    const dir = themeDir({ 'theme.yaml': 'extends: default\nbody:\n  leading: 14pt\nmargins:\n  top: 1in\n' });
    const theme = loadTheme(dir);
    const base = loadTheme();
    expect(theme.margins).toEqual({ ...base.margins, top: 72 });
    expect(theme.body).toEqual({ ...base.body, leading: 14 });
    expect(theme.notes).toEqual(base.notes);
  });

  test('one holding only comments, or nothing, is the theme it extends', () => {
    const base = loadTheme();
    for (const text of ['', '\n', '# margins come later\n']) {
      const { dir: _dir, name: _name, ...settings } = loadTheme(path.join(themeDir({ 'empty.yaml': text }), 'empty.yaml'));
      const { dir: _baseDir, name: _baseName, ...baseSettings } = base;
      expect(settings).toEqual(baseSettings);
    }
  });

  test('one that is not a map of settings is reported at its start', () => {
    const dir = themeDir({ 'theme.yaml': '- page\n- margins\n' });
    expect(errorsOf(() => loadTheme(dir))).toEqual([expect.stringMatching(/theme\.yaml:1:1: error: a theme is a map of settings/u)]);
  });

  test('names page presets', () => {
    const dir = themeDir({ 'x.yaml': 'extends: default\npage:\n  size: a4\n' });
    const theme = loadTheme(path.join(dir, 'x.yaml'));
    expect(theme.page.width).toBeCloseTo(595.28, 1);
    expect(theme.page.height).toBeCloseTo(841.89, 1);
  });

  test('a bad value is reported at its line and column, naming the key', () => {
    const dir = themeDir({ 'theme.yaml': 'extends: default\nmargins:\n  top: 1in\n  bottom:   wide\n' });
    const errors = errorsOf(() => loadTheme(dir));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/theme\.yaml:4:13: error: margins\.bottom: expected a length such as "0\.75in", got "wide"$/u);
  });

  test('every mistake is reported at once, unknown keys included', () => {
    const dir = themeDir({
      'theme.yaml': 'extends: default\npage:\n  size: b5\nmargins:\n  botom: 1in\nrunning:\n  folio: bottom\n',
    });
    const errors = errorsOf(() => loadTheme(dir));
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/:3:9: error: page\.size: expected one of "a4", "a5", "letter", "6x9in", "5\.5x8\.5in", "5x8in", a size such as "170x240mm"/u);
    expect(errors[1]).toMatch(/:5:3: error: margins\.botom: unknown key$/u);
    expect(errors[2]).toMatch(/:7:10: error: running\.folio: expected one of "foot-center"/u);
  });

  test('the ideographic indent is read for Chinese and Japanese only; another language there is an unknown key', () => {
    const dir = themeDir({ 'theme.yaml': 'extends: default\nbody:\n  ideographicIndent:\n    zh: 2cm\n    ko: 10pt\n' });
    expect(errorsOf(() => loadTheme(dir))).toEqual([expect.stringMatching(/:5:5: error: body\.ideographicIndent\.ko: unknown key$/u)]);
    const fine = themeDir({ 'theme.yaml': 'extends: default\nbody:\n  ideographicIndent:\n    zh: 2cm\n' });
    expect(loadTheme(fine).body.ideographicIndent).toEqual({ zh: expect.closeTo(56.69, 2), ja: 10.5 });
  });

  test('a font that is not installed is a theme error at its line', () => {
    const dir = themeDir({ 'theme.yaml': 'extends: default\nfonts:\n  body:\n    italic: "@no-such/font/Italic.ttf"\n' });
    const errors = errorsOf(() => loadTheme(dir));
    expect(errors).toEqual([expect.stringMatching(/:4:13: error: fonts\.body\.italic: font "@no-such\/font\/Italic\.ttf" not found/u)]);
  });

  test('WOFF fonts are refused (fontkit mangles composite glyphs in them)', () => {
    const dir = themeDir({ 'theme.yaml': 'extends: default\nfonts:\n  mono:\n    bold: ./x.woff2\n' });
    expect(errorsOf(() => loadTheme(dir))[0]).toMatch(/fonts\.mono\.bold: .*WOFF fonts are not supported/u);
  });

  test('fonts.fallback holds up to 48 faces, one per fallback key of the layout', () => {
    const list = (n: number): string => Array.from({ length: n }, () => `    - "@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf"`).join('\n');
    expect(loadTheme(themeDir({ 'theme.yaml': `extends: default\nfonts:\n  fallback:\n${list(48)}\n` })).fonts.fallback).toHaveLength(FALLBACK_FONT_KEYS.length);
    expect(errorsOf(() => loadTheme(themeDir({ 'theme.yaml': `extends: default\nfonts:\n  fallback:\n${list(49)}\n` })))[0]).toMatch(/at most 48 fallback fonts/u);
  });

  test('a fallback entry may be { regular, bold }: the bold is kept by position, null where an entry is a file alone', () => {
    const serif = '"@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf"';
    const bold = '"@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf"';
    const theme = loadTheme(themeDir({ 'theme.yaml': `extends: default\nfonts:\n  fallback:\n    - ${serif}\n    - regular: ${serif}\n      bold: ${bold}\n    - regular: ${serif}\n` }));
    expect(theme.fonts.fallback).toHaveLength(3);
    expect(theme.fonts.fallbackBold.map((file) => file?.replace(/^.*\//u, '') ?? null)).toEqual([null, 'NotoSerif_700Bold.ttf', null]);
    const errors = errorsOf(() => loadTheme(themeDir({ 'theme.yaml': `extends: default\nfonts:\n  fallback:\n    - bold: ${bold}\n` })));
    expect(errors[0]).toMatch(/fonts\.fallback\.0\.regular: missing/u);
  });

  test('a fallback entry may name the language its face is drawn for; anything but a language code is an error at it', () => {
    const serif = '"@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf"';
    const theme = loadTheme(themeDir({ 'theme.yaml': `extends: default\nfonts:\n  fallback:\n    - ${serif}\n    - regular: ${serif}\n      lang: JA\n` }));
    expect(theme.fonts.fallbackLanguage).toEqual([null, 'ja']);
    const errors = errorsOf(() => loadTheme(themeDir({ 'theme.yaml': `extends: default\nfonts:\n  fallback:\n    - regular: ${serif}\n      lang: Japanese\n` })));
    expect(errors[0]).toMatch(/fonts\.fallback\.0\.lang: expected a language code/u);
  });

  test('a font path relative to the theme file resolves from its folder', () => {
    const dir = themeDir({ 'theme.yaml': `extends: default\nfonts:\n  body:\n    regular: ./fonts/Body.ttf\n` });
    mkdirSync(path.join(dir, 'fonts'), { recursive: true });
    writeFileSync(path.join(dir, 'fonts', 'Body.ttf'), '');
    expect(loadTheme(dir).fonts.body.regular).toBe(path.join(dir, 'fonts', 'Body.ttf'));
  });

  test('hyphenation.leftMin and rightMin: the language’s ("auto") by default, or a whole number', () => {
    const set = themeDir({ 'theme.yaml': 'extends: default\nhyphenation:\n  leftMin: 3\n  rightMin: auto\n' });
    expect(loadTheme(set).hyphenation).toMatchObject({ leftMin: 3, rightMin: 'auto' });
    const bad = themeDir({ 'theme.yaml': 'extends: default\nhyphenation:\n  rightMin: many\n' });
    expect(errorsOf(() => loadTheme(bad))).toEqual([
      expect.stringMatching(/:3:13: error: hyphenation\.rightMin: expected "auto" or a whole number from 1 to 10, got "many"/u),
    ]);
  });

  test('hyphenation.words: none by default; each entry checked where it is written', () => {
    expect(loadTheme().hyphenation.words).toEqual([]);
    const good = themeDir({ 'theme.yaml': 'extends: default\nhyphenation:\n  words: [Ouro-bo-ros, Galley]\n' });
    expect(loadTheme(good).hyphenation).toMatchObject({ words: ['Ouro-bo-ros', 'Galley'], leftMin: 'auto', rightMin: 'auto' });
    const bad = themeDir({ 'theme.yaml': 'extends: default\nhyphenation:\n  words:\n    - Ouro-bo-ros\n    - two words\n' });
    expect(errorsOf(() => loadTheme(bad))).toEqual([
      expect.stringMatching(/:5:7: error: hyphenation\.words\.1: "two words" is not a word with its breaks marked by "-"/u),
    ]);
  });

  test('a theme file that is not YAML is reported with its position', () => {
    const dir = themeDir({ 'theme.yaml': 'page:\n  size: [a4\n' });
    expect(errorsOf(() => loadTheme(dir))[0]).toMatch(/theme\.yaml:\d+:\d+: error: /u);
  });

  test('an extends cycle is an error, not a hang', () => {
    const dir = themeDir({ 'a/theme.yaml': 'extends: ../b\n', 'b/theme.yaml': 'extends: ../a\n' });
    expect(errorsOf(() => loadTheme(path.join(dir, 'a')))[0]).toMatch(/extends itself/u);
  });

  test('an unknown theme name lists the themes there are', () => {
    expect(errorsOf(() => loadTheme('a4'))).toEqual([
      expect.stringMatching(/^a4:1:1: error: theme "a4" not found; the themes in .*templates\/? are: bleed, default \(or give a folder holding theme\.yaml, or a \.yaml file\); "a4" is a page size: write "page: \{ size: a4 \}" in a theme\.yaml/u),
    ]);
    expect(errorsOf(() => loadTheme('no-such-theme'))).toEqual([expect.stringMatching(/^no-such-theme:1:1: error: theme "no-such-theme" not found; the themes in .* are: bleed, default \(or give a folder holding theme\.yaml, or a \.yaml file\)$/u)]);
  });

  test('an unknown parent in extends lists the themes there are, at its line', () => {
    const dir = themeDir({ 'theme.yaml': 'page:\n  twoSided: true\nextends: defualt\n' });
    expect(errorsOf(() => loadTheme(dir))).toEqual([expect.stringMatching(/theme\.yaml:3:10: error: extends: theme "defualt" not found; the themes in .* are: bleed, default /u)]);
  });
});
