// A manuscript with long URLs (in the text and in a note, in brackets), a
// table with long header cells, a long title and lists, built through the CLI
// and read back with pdftotext: every word in order, each URL whole once its
// lines are joined, broken only where the Chicago Manual allows, and no line
// opening with a closing bracket or lone punctuation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect } from 'vitest';
import { parseManuscript } from '../../src/parse/index.ts';
import { urlBreakPositions } from '../../src/pdf/layout/url-breaks.ts';
import { blockText, words } from '../../src/text.ts';
import { runGalley, temporaryDir } from '../helpers/cli.ts';
import { run, testWith } from '../helpers/external.ts';
import { inOrder, textUnits } from '../helpers/read-pdf.ts';

const manuscript = 'tests/fixtures/manuscripts/urls-tables-lists.md';
const out = temporaryDir();
const pdf = join(out, 'urls-tables-lists.pdf');
const URLS = [
  'http://biorxiv.org/',
  'https://www.example-statistics.org/publications/artificial-intelligence-and-shipping-publication-2024/annex?id=1234&format=full#table-3',
  'https://archive.example.org/reports/2019/containerisation_and_intelligence.pdf',
  'https://www.researchgate.net/publication/228350561_The_economics_of_containerisation_and_artificial_intelligence',
  'http://biorxiv.org/content/10.1101/2024.01.01.123456v1.full',
];

beforeAll(() => {
  const build = runGalley(['build', manuscript, '--out', out, '--format', 'pdf']);
  expect(build.stderr).toBe('');
  expect(build.status).toBe(0);
});

testWith('pdftotext', 'every word of the title, text, table, lists and note, in order', () => {
  const doc = parseManuscript(manuscript, readFileSync(manuscript)).document!;
  const main = [...words(doc.metadata.title), ...doc.blocks.flatMap((block) => words(blockText(block)))];
  const notes = doc.notes.flatMap((note) => note.children.flatMap((block) => words(blockText(block))));
  // A URL broken across lines reads as two words: both sides are cut at URL punctuation, where Chicago breaks.
  const cutUrls = (text: string): string => text.replace(/[/._?#%~=&:]/gu, ' ');
  const text = run('pdftotext', ['-raw', pdf, '-']).replace(/([a-z])-\n/gu, '$1');
  // The note sits at the foot of page 1, amid the text: each is read in order on its own.
  for (const expected of [main, notes]) expect(inOrder(textUnits(cutUrls(text)), cutUrls(expected.join(' ')))).toBe('all found');
});

testWith('pdftotext', 'each URL is whole when its lines are joined, with no hyphen added and no break between two letters', () => {
  const lines = run('pdftotext', ['-raw', pdf, '-']).split('\n');
  const joined = lines.join('');
  // Where each line ends, as offsets into the joined text.
  const ends = new Set<number>();
  let at = 0;
  for (const line of lines) ends.add((at += line.length));
  let broken = 0;
  for (const url of URLS) {
    const start = joined.indexOf(url);
    expect(start, url).toBeGreaterThanOrEqual(0);
    const allowed = new Set(urlBreakPositions(url));
    for (let i = 1; i < url.length; i += 1) {
      if (!ends.has(start + i)) continue;
      broken += 1;
      expect(allowed.has(i), `${url.slice(0, i)} | ${url.slice(i)}`).toBe(true);
    }
  }
  expect(broken).toBeGreaterThan(2);
});

testWith('pdftotext', 'no line opens with a closing bracket or punctuation alone', () => {
  const lines = run('pdftotext', ['-raw', pdf, '-']).split('\n');
  expect(lines.filter((line) => /^(?:[)\]]|[,.;:!?]+(?=\s|$|[)\]]))/u.test(line))).toEqual([]);
  // The bracketed URLs close on a line of their own text.
  expect(lines.some((line) => line.includes('(http://biorxiv.org/)'))).toBe(true);
});
