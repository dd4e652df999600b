// What every block is laid out in: structure elements opened where layout
// draws (so the tagged PDF reads in order: a note right after the block that
// first cites it), and the line-breaking settings a note or a heading gets.
import { describe, expect, test } from 'vitest';
import { loadFonts } from '../../../src/fonts.ts';
import { baselineOffset, breakOptions, inside, openElement } from '../../../src/pdf/layout/context.ts';
import type { LayoutContext } from '../../../src/pdf/layout/context.ts';
import { layoutContext } from '../../../src/pdf/layout/index.ts';
import { loadTheme } from '../../../src/theme/load.ts';

const theme = loadTheme();
const fonts = loadFonts(theme);
const fresh = (): LayoutContext => layoutContext(theme, fonts, 'en');

/** Lexicographic order of two `order` keys, as the tag tree sorts the Document's children. */
const compare = (a: readonly number[], b: readonly number[]): number => {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
};

describe('openElement', () => {
  test('top-level elements read in block order, each note right after the block that first cites it, by number', () => {
    const base = fresh();
    const opened = [
      ['P in block 3', openElement({ ...base, block: 3 }, 'P')],
      ['note 2 cited in block 1', openElement({ ...base, block: 1, note: 2 }, 'Note')],
      ['P in block 1', openElement({ ...base, block: 1 }, 'P')],
      ['note 1 cited in block 1', openElement({ ...base, block: 1, note: 1 }, 'Note')],
      ['second element of block 1', openElement({ ...base, block: 1 }, 'Table')],
      ['an uncited note', openElement({ ...base, block: -1, note: 9 }, 'Note')],
    ] as const;
    const reading = [...opened].sort(([, a], [, b]) => compare(a[0].order, b[0].order)).map(([name]) => name);
    expect(reading).toEqual(['P in block 1', 'second element of block 1', 'note 1 cited in block 1', 'note 2 cited in block 1', 'P in block 3', 'an uncited note']);
  });

  test('inside an element, a new one is its child, with its own id', () => {
    const base = fresh();
    const list = openElement(base, 'L', {});
    const item = openElement(inside(base, list), 'LI');
    const figure = openElement(inside(base, item), 'Figure', { alt: 'A harbour at dawn' });
    expect(figure.map((node) => node.type)).toEqual(['L', 'LI', 'Figure']);
    expect(new Set(figure.map((node) => node.id)).size).toBe(3);
    expect(figure.at(-1)).toMatchObject({ alt: 'A harbour at dawn' });
  });
});

describe('breakOptions', () => {
  test('hyphenates in the document’s language only when asked (unasked, only a word wider than the line), and keeps a note’s first words together', () => {
    const base = fresh();
    expect(breakOptions(base, [300], true, true).lang).toBe('en');
    expect(breakOptions(base, [300], true, true).hyphenation.maxConsecutive).toBeGreaterThan(0);
    // Unasked, no line ends in an added hyphen, but the language stays for a word wider than the line.
    expect(breakOptions(base, [300], true, false).lang).toBe('en');
    expect(breakOptions(base, [300], true, false).hyphenation.maxConsecutive).toBe(0);
    expect(breakOptions(base, [300], true, true).keepFirstWords).toBeUndefined();
    expect(breakOptions({ ...base, note: 1 }, [300], true, true).keepFirstWords).toBe(2);
  });

  test('leaves as few letters around a hyphen as the language does, unless the theme says', () => {
    const base = fresh();
    expect(breakOptions(base, [300], true, true).hyphenation).toMatchObject({ leftMin: 2, rightMin: 3 });
    expect(breakOptions({ ...base, lang: 'ru' }, [300], true, true).hyphenation).toMatchObject({ leftMin: 2, rightMin: 2 });
    const theme = { ...base.theme, hyphenation: { ...base.theme.hyphenation, rightMin: 4 } };
    expect(breakOptions({ ...base, lang: 'ru', theme }, [300], true, true).hyphenation).toMatchObject({ leftMin: 2, rightMin: 4 });
  });
});

describe('baselineOffset', () => {
  test('puts the baseline inside the line box, lower for a taller leading', () => {
    const tight = baselineOffset(fresh(), 10, 12);
    expect(tight).toBeGreaterThan(0);
    expect(tight).toBeLessThan(12);
    expect(baselineOffset(fresh(), 10, 16) - tight).toBeCloseTo(2, 6);
  });
});
