// Long notes built by the real CLI and read back: every note starts on the page
// of its mark, a note split across pages keeps two lines on each side and goes
// on first among the next page's notes, and `galley check` accepts the file.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { TextPage } from '../../src/check/pdf/layer.ts';
import { layerStream, units } from '../../src/check/pdf/words.ts';
import type { LayoutReport } from '../../src/pdf/layout/index.ts';
import { runGalley, temporaryDir } from '../helpers/cli.ts';
import { readTextLayer } from '../helpers/read-pdf.ts';

/** The seed article's paragraphs, without its front matter and note marks. */
const paragraphs = readFileSync('manuscript/article.md', 'utf8')
  .replace(/^---\n[\s\S]*?\n---\n/u, '')
  .split(/\n\s*\n/u)
  .map((p) => p.replace(/\[\^[^\]]*\]|\[@[^\]]*\]/gu, '').trim())
  .filter((p) => p.length > 100 && !p.startsWith('['));

/** Three passes over the article; every other paragraph cites a note two paragraphs long. */
function manuscript(): { markdown: string; notes: Map<number, string> } {
  const body: string[] = [];
  const notes = new Map<number, string>();
  for (let pass = 0; pass < 3; pass++) {
    paragraphs.forEach((p, i) => {
      if ((i + pass) % 2 === 1) return void body.push(p);
      const n = notes.size + 1;
      notes.set(n, `${paragraphs[(i + 3) % paragraphs.length]} ${paragraphs[(i + 7) % paragraphs.length]}`);
      body.push(`${p}[^${n}]`);
    });
  }
  const definitions = [...notes].map(([n, text]) => `[^${n}]: ${text}`);
  return { markdown: ['---', 'title: Long Notes', 'lang: en-US', '---', '', ...body, '', ...definitions].join('\n\n'), notes };
}

const { markdown, notes } = manuscript();
let out: string;
let pages: TextPage[];
let report: LayoutReport;

beforeAll(async () => {
  out = temporaryDir();
  const source = join(out, 'long-notes.md');
  writeFileSync(source, markdown);
  const run = runGalley(['build', source, '--out', out, '--format', 'pdf', '--report'], { SOURCE_DATE_EPOCH: '1700000000' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  pages = await readTextLayer(readFileSync(join(out, 'long-notes.pdf')));
  report = JSON.parse(readFileSync(join(out, 'long-notes.layout.json'), 'utf8')) as LayoutReport;
});

const hasItem = (page: TextPage, role: string, text: string): boolean => page.items.some((i) => i.role === role && i.str.trim() === text);
/** Distinct baselines among items. */
const lineCount = (items: readonly { y: number }[]): number => new Set(items.map((i) => Math.round(i.y))).size;

describe('long notes across pages', () => {
  test('every note starts on the page of its mark', () => {
    expect(notes.size).toBeGreaterThan(15);
    for (const n of notes.keys()) {
      const mark = pages.find((page) => hasItem(page, 'mark', String(n)));
      const label = pages.find((page) => hasItem(page, 'label', String(n)));
      expect(mark, `note ${n}: no mark`).toBeDefined();
      expect(label?.number, `note ${n}`).toBe(mark?.number);
    }
  });

  test('a split note runs on, word for word, at the head of the next page’s notes, two lines or more on each side', () => {
    const split = report.pages.flatMap((page) => page.notesSplit.map((note) => ({ note, page: page.number })));
    expect(split.length).toBeGreaterThan(0);
    for (const { note, page } of split) {
      const here = pages.find((p) => p.number === page)!;
      const next = pages.find((p) => p.number === page + 1)!;
      const stream = layerStream([here, next], new Set(['label', 'note']));
      const wanted = [String(note), ...units(notes.get(note)!)];
      const at = stream.units.findIndex((_, i) => wanted.every((w, j) => stream.units[i + j] === w));
      expect(at, `note ${note} in order across pages ${page}–${page + 1}`).toBeGreaterThanOrEqual(0);
      const onNext = stream.pages.slice(at, at + wanted.length).filter((p) => p === page + 1).length;
      expect(onNext, `note ${note} continues on page ${page + 1}`).toBeGreaterThan(0);
      // The continuation is the first text among the next page's notes.
      expect(stream.pages.indexOf(page + 1), `note ${note}`).toBe(at + wanted.length - onNext);
      const labelIndex = here.items.reduce((found, i, k) => (i.role === 'label' && i.str.trim() === String(note) ? k : found), -1);
      const kept = here.items.slice(labelIndex).filter((i) => i.role === 'note');
      const firstLabel = next.items.findIndex((i) => i.role === 'label');
      const carried = next.items.slice(0, firstLabel < 0 ? undefined : firstLabel).filter((i) => i.role === 'note');
      expect(lineCount(kept), `note ${note} on page ${page}`).toBeGreaterThanOrEqual(2);
      expect(lineCount(carried), `note ${note} on page ${page + 1}`).toBeGreaterThanOrEqual(2);
    }
  });

  test('galley check accepts the PDF', () => {
    const run = runGalley(['check', join(out, 'long-notes.pdf')]);
    expect(run.stderr).not.toMatch(/error/iu);
    expect(run.status).toBe(0);
  });
});
