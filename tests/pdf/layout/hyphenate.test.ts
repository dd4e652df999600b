import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { hyphenationPoints, hyphenatorFor } from '../../../src/pdf/layout/hyphenate.ts';
import type { Hyphenator } from '../../../src/pdf/layout/hyphenate.ts';

const limits = { leftMin: 2, rightMin: 3 };

function hyphenator(lang: string): Hyphenator {
  const h = hyphenatorFor(lang);
  if (h === null) throw new Error(`no patterns for ${lang}`);
  return h;
}

function show(word: string, points: readonly number[]): string {
  let out = word;
  for (const p of [...points].reverse()) out = `${out.slice(0, p)}-${out.slice(p)}`;
  return out;
}

describe('hyphenationPoints', () => {
  test('uses the real patterns of the language', () => {
    const us = hyphenator('en-US');
    expect(show('hyphenation', hyphenationPoints('hyphenation', us, limits))).toBe('hy-phen-ation');
    expect(show('Donaudampfschiff', hyphenationPoints('Donaudampfschiff', hyphenator('de'), limits))).toBe(
      'Do-nau-dampf-schiff',
    );
  });

  test('en-US and en-GB differ where their dictionaries do', () => {
    const us = hyphenationPoints('hyphenation', hyphenator('en-US'), limits);
    const gb = hyphenationPoints('hyphenation', hyphenator('en-GB'), limits);
    // British patterns allow "hyphena-tion"; American ones do not.
    expect(gb).toContain('hyphena'.length);
    expect(us).not.toContain('hyphena'.length);
    expect(hyphenationPoints('representation', hyphenator('en-US'), limits)).not.toEqual(
      hyphenationPoints('representation', hyphenator('en-GB'), limits),
    );
  });

  test('respects leftMin and rightMin, counted in letters', () => {
    const us = hyphenator('en-US');
    const words = ['international', 'characterization', 'unbelievable', 'electroencephalograph', 'avocado', 'omelette'];
    for (const [leftMin, rightMin] of [
      [2, 3],
      [3, 4],
    ] as const) {
      for (const word of words) {
        const points = hyphenationPoints(word, us, { leftMin, rightMin });
        for (const p of points) {
          expect(p).toBeGreaterThanOrEqual(leftMin);
          expect(word.length - p).toBeGreaterThanOrEqual(rightMin);
        }
      }
    }
    // Looser limits give more points than tighter ones on the same words.
    const count = (l: number, r: number): number =>
      words.reduce((n, w) => n + hyphenationPoints(w, us, { leftMin: l, rightMin: r }).length, 0);
    expect(count(2, 2)).toBeGreaterThan(count(3, 4));
  });

  test('ignores surrounding punctuation and keeps offsets in the original word', () => {
    const word = '“representation,”';
    const points = hyphenationPoints(word, hyphenator('en-US'), limits);
    expect(points.length).toBeGreaterThan(0);
    for (const p of points) {
      expect(word[p - 1]).toMatch(/\p{L}/u);
      expect(word[p]).toMatch(/\p{L}/u);
    }
  });

  test('counts letters, not code points: decomposed accents hyphenate like composed ones', () => {
    const fr = hyphenator('fr');
    const composed = 'électricité';
    const decomposed = composed.normalize('NFD');
    expect(decomposed.length).toBeGreaterThan(composed.length);
    const lettersBefore = (word: string, points: readonly number[]): number[] =>
      points.map((p) => Array.from(word.slice(0, p)).filter((c) => /\p{L}/u.test(c)).length);
    const a = hyphenationPoints(composed, fr, limits);
    expect(a.length).toBeGreaterThan(0);
    expect(lettersBefore(decomposed, hyphenationPoints(decomposed, fr, limits))).toEqual(lettersBefore(composed, a));
  });

  test('never hyphenates acronyms, numbers or words with digits', () => {
    const us = hyphenator('en-US');
    for (const word of ['INTERNATIONAL', 'INTERNATIONAL’s', 'market2place', 'B2Bmarketplace', '1990s']) {
      expect(hyphenationPoints(word, us, limits)).toEqual([]);
    }
    // The same letters in lowercase, without digits, do hyphenate: the rule is what stops them.
    for (const word of ['international', 'international’s', 'marketplace', 'bbmarketplace']) {
      expect(hyphenationPoints(word, us, limits).length).toBeGreaterThan(0);
    }
  });
});

describe('hyphenatorFor', () => {
  test('maps BCP 47 tags to the pattern sets that exist', () => {
    expect(hyphenatorFor('fr-CA')).not.toBeNull();
    expect(hyphenatorFor('pt-BR')).not.toBeNull();
    expect(hyphenatorFor('nb-NO')).not.toBeNull();
    expect(hyphenatorFor('EN')).not.toBeNull();
  });

  test('gives null for unknown or malformed languages instead of throwing', () => {
    expect(hyphenatorFor(null)).toBeNull();
    expect(hyphenatorFor('tlh')).toBeNull();
    expect(hyphenatorFor('../../etc/passwd')).toBeNull();
    expect(hyphenatorFor('')).toBeNull();
  });

  test('hyphenates a word in another script than the language’s with that script’s usual patterns', () => {
    const [ru, en, de] = [hyphenator('ru'), hyphenator('en-US'), hyphenator('de')];
    expect(hyphenationPoints('Markdown', ru, limits)).toEqual([4]);
    expect(hyphenationPoints('документации', ru, limits)).toEqual([2, 4, 7, 9]);
    expect(hyphenationPoints('международный', en, limits).length).toBeGreaterThan(1);
    expect(hyphenationPoints('Αθήνα', en, { leftMin: 2, rightMin: 2 })).toEqual([3]);
    // English words keep English's three letters after a hyphen in a Russian text, which allows two.
    const ruLimits = { leftMin: 2, rightMin: 2 };
    expect(hyphenationPoints('documented', en, ruLimits)).toContain(8);
    expect(hyphenationPoints('documented', ru, ruLimits)).toEqual(hyphenationPoints('documented', en, limits));
    expect(hyphenationPoints('сделайте', ru, ruLimits)).toEqual([3, 6]);
    // A Latin-script language keeps its own patterns for Latin words.
    expect(hyphenationPoints('Computer', de, limits)).toEqual([3, 5]);
    expect(hyphenationPoints('Computer', en, limits)).toEqual([3]);
    // English words in a Chinese text break as English, not as pinyin; pinyin written as such keeps its patterns.
    expect(hyphenationPoints('computer', hyphenator('zh-CN'), limits)).toEqual(hyphenationPoints('computer', en, limits));
    expect(hyphenationPoints('computer', hyphenator('zh-Latn-pinyin'), limits)).not.toEqual(hyphenationPoints('computer', en, limits));
    // A Serbian text in Latin letters hyphenates them with Serbian patterns, as before.
    expect(hyphenationPoints('Markdown', hyphenator('sr-Latn'), limits)).toEqual([]);
  });

  test('loads only the patterns of the language asked for', () => {
    const module = fileURLToPath(new URL('../../../src/pdf/layout/hyphenate.ts', import.meta.url));
    const script = `
      import { createRequire } from 'node:module';
      const { hyphenatorFor } = await import(${JSON.stringify(module)});
      const require = createRequire(import.meta.url);
      const loaded = () => Object.keys(require.cache).filter((k) => k.includes('/hyphen/patterns/'));
      const before = loaded().length;
      hyphenatorFor('en-GB')('hyphenation');
      console.log(JSON.stringify({ before, after: loaded().map((k) => k.split('/').pop()) }));
    `;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: fileURLToPath(new URL('../../..', import.meta.url)),
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toEqual({ before: 0, after: ['en-gb.js'] });
  });
});

describe('hyphenatorFor with the author’s words', () => {
  const words = ['Ouro-bo-ros', 'Ether-eum', 'Galley', 'type-setting'];
  const points = (word: string, lang = 'en-US'): string => {
    const h = hyphenatorFor(lang, words);
    if (h === null) throw new Error('no hyphenator');
    return show(word, hyphenationPoints(word, h, limits));
  };

  test('a listed word breaks where its entry says, in any case, a possessive and punctuation around it', () => {
    // The patterns give these no break at all.
    expect(show('Ouroboros', hyphenationPoints('Ouroboros', hyphenator('en-US'), limits))).toBe('Ouroboros');
    expect(points('Ouroboros')).toBe('Ouro-bo-ros');
    expect(points('OUROBOROS,')).toBe('OUROBOROS,');
    expect(points('ouroboros')).toBe('ouro-bo-ros');
    expect(points('“Ethereum’s')).toBe('“Ether-eum’s');
    expect(points("Ethereum's")).toBe("Ether-eum's");
  });

  test('a word listed without hyphens is never broken; its entry replaces the patterns', () => {
    expect(show('Galley', hyphenationPoints('Galley', hyphenator('en-US'), limits))).toBe('Gal-ley');
    expect(points('Galley')).toBe('Galley');
    expect(points('typesetting')).toBe('type-setting');
  });

  test('the limits still hold, unlisted words keep their patterns, other forms of a word are other words', () => {
    const h = hyphenatorFor('en-US', ['a-bout', 'ab-out-side']);
    if (h === null) throw new Error('no hyphenator');
    expect(show('about', hyphenationPoints('about', h, limits))).toBe('about');
    expect(show('aboutside', hyphenationPoints('aboutside', h, limits))).toBe('ab-out-side');
    expect(points('hyphenation')).toBe('hy-phen-ation');
    // "Galley" is listed as never broken; its plural is not listed.
    expect(points('Galleys')).toBe('Gal-leys');
  });

  test('a language without patterns still takes the listed words; a later entry wins', () => {
    expect(hyphenatorFor('tlh')).toBeNull();
    expect(points('Ouroboros', 'tlh')).toBe('Ouro-bo-ros');
    expect(points('hyphenation', 'tlh')).toBe('hyphenation');
    const h = hyphenatorFor('en-US', ['Ouro-bo-ros', 'Ouroboros']);
    if (h === null) throw new Error('no hyphenator');
    expect(show('Ouroboros', hyphenationPoints('Ouroboros', h, limits))).toBe('Ouroboros');
  });

  test('the same language and list give the same hyphenator (its points are cached once)', () => {
    expect(hyphenatorFor('en-US', [...words])).toBe(hyphenatorFor('en-US', words));
    expect(hyphenatorFor('en-GB', words)).not.toBe(hyphenatorFor('en-US', words));
    expect(hyphenatorFor('en-US', [])).toBe(hyphenatorFor('en-US'));
    expect(hyphenatorFor(null, words)).toBeNull();
  });
});
