// A space typed before high punctuation or inside guillemets, as French and
// Spanish set them, never breaks: no line opens with ":", ";", "!", "?" or "»",
// or ends with "«" (UAX #14 rule LB13; babel-french ties these spaces).
import { expect, test } from 'vitest';
import { loadFonts } from '../../../src/fonts.ts';
import { layoutDocument } from '../../../src/pdf/layout/index.ts';
import { tokenize, type SpaceToken } from '../../../src/pdf/layout/linebreak-tokens.ts';
import type { Page, PlacedLine } from '../../../src/pdf/page-model.ts';
import { loadTheme } from '../../../src/theme/load.ts';
import { makeDocument, para } from '../../helpers/build-doc.ts';

const theme = loadTheme();

const FRENCH =
  'Le fichier contient des lignes de texte : voici la suite ; et encore ! Vraiment ? Oui, « bien sûr » et la commande ' +
  'affiche le résultat : rien ne change ; la ligne reste « telle quelle » ! Pourquoi ? Parce que le texte ' +
  '(entre parenthèses ) et ¿ qué pasa ? en espagnol suivent la même règle : aucune ligne ne commence par un signe double.';

const lineText = (line: PlacedLine): string => line.fragments.map((f) => f.text).join('');
const bodyLines = (pages: readonly Page[]): string[] =>
  pages.flatMap((p) => p.items).filter((item): item is PlacedLine => item.kind === 'line' && item.role === 'P').map(lineText);

test('the space before high punctuation and inside guillemets is tied; the others still break', () => {
  const spaces = tokenize([{ text: 'mot : suite « bien » fin ? ¿ qué', font: 'body', size: 10 }]).filter((t): t is SpaceToken => t.kind === 'space');
  // mot␣:␣suite␣«␣bien␣»␣fin␣?␣¿␣qué
  expect(spaces.map((s) => s.breakable)).toEqual([false, true, true, false, false, true, false, true, false]);
});

test('a run of no-break spaces keeps each of them, and does not break', () => {
  const [space] = tokenize([{ text: 'A\u00A0\u00A0\u00A0B', font: 'body', size: 10 }]).filter((t): t is SpaceToken => t.kind === 'space');
  expect(space).toMatchObject({ text: '\u00A0\u00A0\u00A0', breakable: false });
});

test('at every measure, no line opens with a tied mark or ends with an opening one', () => {
  for (let width = 110; width <= 330; width += 11) {
    const narrow = { ...theme, page: { ...theme.page, width: width + theme.margins.inner + theme.margins.outer } };
    const lines = bodyLines(layoutDocument(makeDocument([para(FRENCH)], [], { lang: 'fr' }), narrow, loadFonts(narrow)).pages);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.filter((l) => /^[:;!?»)]/u.test(l) || /[«¿(]\s*$/u.test(l)).map((l) => `${width}pt: ${l}`)).toEqual([]);
  }
});
