// Seeded random Markdown (nested blocks, notes, tables, links, odd Unicode)
// through parse → PDF → EPUB, in-process. Invariants: no crash (a UserError
// with located diagnostics is fine), no hang, EPUBCheck accepts the EPUB, every
// word of the input's text is in the PDF's text layer (or a warning explains
// it), and, in a test of its own that needs qpdf, qpdf accepts every PDF. GALLEY_FUZZ_CASES (default 200) and
// GALLEY_FUZZ_SEED choose the run; a failure prints the seed and case and
// writes the manuscript to a file, so it can be replayed.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EpubCheck } from '@likecoin/epubcheck-ts';
import { expect, test } from 'vitest';
import { renderEpub } from '../../src/epub/index.ts';
import { missingGlyphWarnings } from '../../src/missing-glyphs.ts';
import { parseManuscript } from '../../src/parse/index.ts';
import { renderPdf } from '../../src/pdf/index.ts';
import { blockText, words } from '../../src/text.ts';
import { loadTheme } from '../../src/theme/load.ts';
import { readPdf } from '../helpers/read-pdf.ts';
import { runAsync, testWith } from '../helpers/external.ts';
import { generateManuscript } from './generate.ts';

const CASES = Number(process.env.GALLEY_FUZZ_CASES ?? 200);
const SEED = Number(process.env.GALLEY_FUZZ_SEED ?? 20260101 + Number(process.env.GITHUB_RUN_NUMBER ?? 0));
/**
 * Per case: a guard against hangs and quadratic blow-ups, not a speed target
 * (speed is measured in bench/); generous, so a loaded machine never trips it.
 */
const CASE_LIMIT_MS = 120_000;
const DATE = new Date('2026-01-01T00:00:00Z');
/** Each case's PDF, kept for the qpdf test. */
const pdfDir = mkdtempSync(join(tmpdir(), 'galley-fuzz-'));
const pdfs: { readonly index: number; readonly path: string }[] = [];

/** The failing case's manuscript in a file of its own, and how to replay it. */
function failure(index: number, problems: readonly string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'galley-fuzz-failure-')), `seed-${SEED}-case-${index}.md`);
  writeFileSync(file, generateManuscript(SEED, index));
  return `seed ${SEED} case ${index} (replay: GALLEY_FUZZ_SEED=${SEED}, manuscript in ${file}):\n  ${problems.join('\n  ')}`;
}

/** Letters and digits only: what survives any text extraction, ligatures and hyphenation undone. */
const normalise = (text: string): string => text.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();

/**
 * A word broken at a page break: its first part ends a text item on one page
 * and the rest begins a text item on the next (and so on, for a word longer
 * than a page). Between the parts, in reading order, lies whatever else those
 * pages hold (the footnotes under the first part, a table's repeated header
 * row or the other cells of a split row), so the word is not contiguous in the
 * joined text. `pages` holds each page's text items, normalised.
 */
function brokenAcrossPages(word: string, pages: readonly (readonly string[])[]): boolean {
  // KMP failure function: fail[i] is the longest proper border of word[0..i].
  const fail = [0];
  for (let i = 1, k = 0; i < word.length; i++) {
    while (k > 0 && word[i] !== word[k]) k = fail[k - 1] ?? 0;
    if (word[i] === word[k]) k++;
    fail.push(k);
  }
  /** Lengths of `word` matched so far, ending the previous page's items. */
  let matched: number[] = [];
  for (const items of pages) {
    const text = items.join('');
    const starts: number[] = [];
    const ends = new Set<number>();
    let at = 0;
    for (const item of items) {
      starts.push(at);
      at += item.length;
      ends.add(at);
    }
    const next = new Set<number>();
    // The rest goes on at the start of an item: all of it, or up to the last item end it covers.
    for (const done of matched) {
      for (const start of starts) {
        let n = 0;
        let lastEnd = 0;
        while (done + n < word.length && text[start + n] === word[done + n]) {
          n++;
          if (ends.has(start + n)) lastEnd = n;
        }
        if (done + n === word.length) return true;
        if (lastEnd > 0) next.add(done + lastEnd);
      }
    }
    // A first part may begin anywhere but must end an item: the longest prefix of the word ending there.
    for (let i = 0, k = 0; i < text.length; i++) {
      while (k > 0 && text[i] !== word[k]) k = fail[k - 1] ?? 0;
      if (text[i] === word[k]) k++;
      if (k === word.length) k = fail[k - 1] ?? 0;
      else if (k > 0 && ends.has(i + 1)) next.add(k);
    }
    // Bounded work: the longest parts are the ones a broken word leaves.
    matched = [...next].sort((x, y) => y - x).slice(0, 32);
  }
  return false;
}

async function checkCase(index: number, source: string): Promise<string[]> {
  const problems: string[] = [];
  const { document, diagnostics } = parseManuscript(`case-${index}.md`, Buffer.from(source));
  if (document === null) {
    if (!diagnostics.some((d) => d.severity === 'error')) problems.push('rejected without an error');
    return problems;
  }
  const theme = loadTheme();
  const pdf = await renderPdf(document, theme, { date: DATE });
  const epub = await renderEpub(document, theme, { date: DATE, pageStarts: pdf.pageStarts });

  const pdfPath = join(pdfDir, `case-${index}.pdf`);
  writeFileSync(pdfPath, pdf.bytes);
  pdfs.push({ index, path: pdfPath });
  const checked = await EpubCheck.validate(new Uint8Array(epub));
  for (const m of checked.messages.filter((m) => m.severity === 'fatal' || m.severity === 'error')) problems.push(`EPUBCheck ${m.id}: ${m.message}`);

  // Words drawn in no font are excused by their warning (missingGlyphWarnings); the rest must be in the text layer.
  // The text block only: a word broken across pages must not pick up the running head or folio.
  const { top, bottom } = theme.margins;
  const pageItems = (await readPdf(pdf.bytes)).pages.map((p) =>
    p.items
      .filter((item) => item.y > bottom && item.y < p.height - top)
      .map((item) => normalise(item.str))
      .filter((text) => text !== ''),
  );
  const pdfText = pageItems.flat().join('');
  const expected = [...document.blocks, ...document.notes.flatMap((n) => n.children)].flatMap((b) => words(blockText(b)));
  const unprintable = new Set(missingGlyphWarnings(document, theme).flatMap((d) => [.../'(.+)'/u.exec(d.message)?.[1] ?? '']));
  const missing = expected
    .filter((w) => ![...w].some((ch) => unprintable.has(ch)))
    .map(normalise)
    .filter((w) => w !== '' && !pdfText.includes(w) && !brokenAcrossPages(w, pageItems));
  if (missing.length > 0) problems.push(`words missing from the PDF text: ${missing.slice(0, 5).join(', ')}`);
  return problems;
}

test(`${CASES} random manuscripts from seed ${SEED} build, validate and keep their words`, async () => {
  const failures: string[] = [];
  const counts = { built: 0, rejected: 0 };
  for (let index = 0; index < CASES; index++) {
    const source = generateManuscript(SEED, index);
    const started = Date.now();
    let problems: string[];
    try {
      problems = await checkCase(index, source);
    } catch (error) {
      problems = [`crashed: ${(error as Error).stack ?? String(error)}`];
    }
    const elapsed = Date.now() - started;
    if (elapsed > CASE_LIMIT_MS) problems.push(`took ${elapsed} ms (limit ${CASE_LIMIT_MS} ms)`);
    if (parseManuscript('x.md', Buffer.from(source)).document === null) counts.rejected++;
    else counts.built++;
    if (problems.length > 0) failures.push(failure(index, problems));
  }
  console.log(`fuzz: seed ${SEED}, ${CASES} cases, ${counts.built} built, ${counts.rejected} rejected with located errors, ${failures.length} failed`);
  expect(failures).toEqual([]);
}, 1_800_000);

testWith('qpdf', `qpdf --check accepts the PDF of every case from seed ${SEED}`, async () => {
  expect(pdfs.length).toBeGreaterThan(0);
  const failures: string[] = [];
  for (const { index, path } of pdfs) {
    await runAsync('qpdf', ['--check', path]).catch((error: { stdout: string }) =>
      failures.push(failure(index, [`qpdf: ${error.stdout.split('\n').slice(-3).join(' ')}`])),
    );
  }
  expect(failures).toEqual([]);
}, 1_800_000);
