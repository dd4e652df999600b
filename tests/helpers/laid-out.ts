// A document laid out with the default theme, and its lines read back by
// role: what the block layout tests look at.
import type { Document } from '../../src/document.ts';
import { loadFonts } from '../../src/fonts.ts';
import { layoutDocument } from '../../src/pdf/layout/index.ts';
import type { Page, PageItem, PlacedLine } from '../../src/pdf/page-model.ts';
import { loadTheme } from '../../src/theme/load.ts';

export const theme = loadTheme();
const fonts = loadFonts(theme);

export const pagesOf = (doc: Document): readonly Page[] => layoutDocument(doc, theme, fonts).pages;
export const isLine = (item: PageItem): item is PlacedLine => item.kind === 'line';
export const textOf = (line: PlacedLine): string => line.fragments.map((f) => f.text).join('');
/** Where the line's last fragment ends, from the text block's left edge. */
export const rightEdge = (line: PlacedLine): number => line.x + (line.fragments.at(-1)?.x ?? 0) + (line.fragments.at(-1)?.width ?? 0);
/** The pages' lines of one structure role (P, TH, LBody…), in order. */
export const lines = (pages: readonly Page[], role: PlacedLine['role']): PlacedLine[] =>
  pages.flatMap((p) => p.items.filter(isLine)).filter((l) => l.role === role);
