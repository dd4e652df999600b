// Running heads and folios: none on the title page, the folio on the outer
// side of a two-sided page, the head the title or the section in force, cut
// with an ellipsis at a word when it is too long for the line.
import { describe, expect, test } from 'vitest';
import { loadFonts } from '../../../src/fonts.ts';
import type { PlacedLine } from '../../../src/pdf/page-model.ts';
import { fitText, runningContent } from '../../../src/pdf/layout/running.ts';
import type { PageFrameGeometry } from '../../../src/pdf/layout/running.ts';
import { loadTheme } from '../../../src/theme/load.ts';
import type { Theme } from '../../../src/theme/types.ts';

const theme = loadTheme();
const fonts = loadFonts(theme);
const textOf = (line: PlacedLine | null): string => line?.fragments.map((f) => f.text).join('') ?? '';
const geometry = (number: number, section: string | null = null): PageFrameGeometry => ({ number, left: 50, top: 60, bottom: 500, width: 300, section });
const withRunning = (running: Partial<Theme['running']>, twoSided = false): Theme => ({
  ...theme,
  page: { ...theme.page, twoSided },
  running: { ...theme.running, ...running },
});

describe('fitText', () => {
  const size = 9;
  const width = (text: string): number => fonts.setLine(text, 'body', size).width;

  test('leaves a text that fits as it is', () => {
    expect(fitText('A short title', 'body', size, 300, fonts)).toBe('A short title');
  });

  test('cuts a long text at a word, drops the punctuation before the cut and adds an ellipsis', () => {
    const text = 'The Box That Shrank the World, and Made the Global Economy Bigger';
    const fitted = fitText(text, 'body', size, width('The Box That Shrank the World, and'), fonts);
    expect(fitted).toBe('The Box That Shrank the World…');
    expect(width(fitted)).toBeLessThanOrEqual(width('The Box That Shrank the World, and'));
  });

  test('cuts a title without spaces between characters', () => {
    const fitted = fitText('集装箱改变了世界经济的历史', 'body', size, width('集装箱改变') + 1, fonts);
    expect(fitted.endsWith('…')).toBe(true);
    expect(fitted.length).toBeLessThan(13);
    expect(width(fitted)).toBeLessThanOrEqual(width('集装箱改变') + 1);
  });
});

describe('runningContent', () => {
  test('the title page has neither head nor folio', () => {
    expect(runningContent(geometry(1), 'Title', theme, fonts)).toEqual({ head: null, folio: null });
  });

  test('the folio is the page number; the head the section in force, else the title', () => {
    const t = withRunning({ head: 'section', folio: 'foot-center' });
    const inSection = runningContent(geometry(4, 'Harbours'), 'The Box', t, fonts);
    expect(textOf(inSection.folio)).toBe('4');
    expect(textOf(inSection.head)).toBe('Harbours');
    expect(textOf(runningContent(geometry(2), 'The Box', t, fonts).head)).toBe('The Box');
    expect(textOf(runningContent(geometry(2), 'The Box', withRunning({ head: 'title' }), fonts).head)).toBe('The Box');
  });

  test('the head is centred above the text block and the folio below it', () => {
    const t = withRunning({ head: 'title', folio: 'foot-center' });
    const { head, folio } = runningContent(geometry(3), 'The Box', t, fonts);
    expect(head!.baseline).toBeLessThan(60);
    expect(folio!.baseline).toBeGreaterThan(500);
    const headWidth = head!.fragments.reduce((w, f) => w + f.width, 0);
    expect(head!.x - 50).toBeCloseTo(50 + 300 - (head!.x + headWidth), 1);
    expect(head!.role).toBe('Artifact');
  });

  test('on two-sided pages the outer folio sits right on a recto and left on a verso', () => {
    const t = withRunning({ folio: 'foot-outer' }, true);
    const recto = runningContent(geometry(3), 'T', t, fonts).folio!;
    const verso = runningContent(geometry(4), 'T', t, fonts).folio!;
    expect(verso.x).toBe(50);
    expect(recto.x + fonts.setLine('3', 'body', theme.running.size).width).toBeCloseTo(350, 6);
  });

  test('none means none; a book’s own texts replace the number and the head', () => {
    expect(runningContent(geometry(3), 'T', withRunning({ head: 'none', folio: 'none' }), fonts)).toEqual({ head: null, folio: null });
    const own = runningContent(geometry(1), 'T', withRunning({ head: 'title', folio: 'foot-center' }), fonts, { head: 'Chapter One', folio: 'xii' });
    expect(textOf(own.folio)).toBe('xii');
    expect(textOf(own.head)).toBe('Chapter One');
  });
});
