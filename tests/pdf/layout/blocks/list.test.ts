// List markers read from the page model: each half an em from its text.
import { describe, expect, test } from 'vitest';
import type { Document } from '../../../../src/document.ts';
import { loadFonts } from '../../../../src/fonts.ts';
import { layoutDocument } from '../../../../src/pdf/layout/index.ts';
import type { Page, PageItem, PlacedLine } from '../../../../src/pdf/page-model.ts';
import { loadTheme } from '../../../../src/theme/load.ts';
import { item, list, makeDocument, para, prose } from '../../../helpers/build-doc.ts';

const theme = loadTheme();
const fonts = loadFonts(theme);
const pagesOf = (doc: Document): readonly Page[] => layoutDocument(doc, theme, fonts).pages;
const isLine = (item: PageItem): item is PlacedLine => item.kind === 'line';
const textOf = (line: PlacedLine): string => line.fragments.map((f) => f.text).join('');
const rightEdge = (line: PlacedLine): number => line.x + (line.fragments.at(-1)?.x ?? 0) + (line.fragments.at(-1)?.width ?? 0);
const lines = (pages: readonly Page[], role: PlacedLine['role']): PlacedLine[] =>
  pages.flatMap((p) => p.items.filter(isLine)).filter((l) => l.role === role);

describe('list markers', () => {
  test('sit the theme’s marker gap (half an em) from their text', () => {
    expect(theme.lists.markerGap).toBe(0.5);
    const pages = pagesOf(makeDocument([list(false, [item(para(prose(30))), item(para('Second'))]), list(true, [item(para('One'))])]));
    const labels = lines(pages, 'Lbl');
    expect(labels.map(textOf)).toEqual(['•', '•', '1.']);
    const body = pages.flatMap((p) => p.items.filter(isLine)).filter((l) => l.role === 'LI');
    for (const label of labels) {
      const text = body.find((l) => l.baseline === label.baseline && l.x > label.x)!;
      expect(text.x - rightEdge(label)).toBeCloseTo(0.5 * theme.body.size, 2);
    }
  });
});
