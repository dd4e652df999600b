// Real corpora: every example of the CommonMark specification and Pandoc's
// Markdown test suite builds without a crash. Each example becomes its own
// manuscript (with a minimal front matter prepended: the examples have none)
// and its own PDF, checked by qpdf; the EPUB side packages the examples'
// Documents fifty to a book (one EPUB per example would take ten minutes) and
// checks each book with EPUBCheck. The test prints its counts.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EpubCheck } from '@likecoin/epubcheck-ts';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildManuscript } from '../../src/build.ts';
import { formatDiagnostic } from '../../src/diagnostics.ts';
import type { Diagnostic } from '../../src/diagnostics.ts';
import type { Document } from '../../src/document.ts';
import { renderEpub } from '../../src/epub/index.ts';
import { parseManuscript } from '../../src/parse/index.ts';
import { renderPdf } from '../../src/pdf/index.ts';
import { loadTheme } from '../../src/theme/load.ts';
import { sharedPath } from '../helpers/cli.ts';
import { JAVA_EPUBCHECK_TIMEOUT, runAsync, runJavaEpubcheck, testWith } from '../helpers/external.ts';
import { mergeDocuments } from './merge.ts';

const spec = createRequire(import.meta.url)('commonmark-spec') as { tests: { markdown: string; number: number; section: string }[] };
const BOOK_SIZE = 50;
const DATE = new Date('2026-01-01T00:00:00Z');

interface ExampleResult {
  readonly number: number;
  readonly diagnostics: readonly Diagnostic[];
  readonly document: Document | null;
  readonly pdf: string | null;
}

const dir = mkdtempSync(join(tmpdir(), 'galley-corpus-'));
const results: ExampleResult[] = [];
const crashes: string[] = [];
const books: { name: string; path: string }[] = [];

beforeAll(async () => {
  const theme = loadTheme();
  for (const example of spec.tests) {
    const path = join(dir, `commonmark-${example.number}.md`);
    // The spec shows tabs as → so that they can be seen.
    const text = `---\ntitle: CommonMark example ${example.number}\n---\n\n${example.markdown.replace(/→/gu, '\t')}`;
    writeFileSync(path, text);
    try {
      const { document, diagnostics } = parseManuscript(path, Buffer.from(text));
      let pdf: string | null = null;
      if (document !== null) {
        pdf = join(dir, `commonmark-${example.number}.pdf`);
        writeFileSync(pdf, (await renderPdf(document, theme, { date: DATE })).bytes);
      }
      results.push({ number: example.number, diagnostics, document, pdf });
    } catch (error) {
      crashes.push(`example ${example.number}: ${(error as Error).stack ?? String(error)}`);
    }
  }
  const built = results.filter((r) => r.document !== null);
  for (let start = 0; start < built.length; start += BOOK_SIZE) {
    const part = built.slice(start, start + BOOK_SIZE);
    const name = `commonmark-${part[0]?.number}-${part.at(-1)?.number}.epub`;
    const book = mergeDocuments(`CommonMark examples ${part[0]?.number}–${part.at(-1)?.number}`, part.map((r) => ({ name: `Example ${r.number}`, document: r.document as Document })));
    try {
      const pdf = await renderPdf(book, theme, { date: DATE });
      const path = join(dir, name);
      writeFileSync(path, await renderEpub(book, theme, { date: DATE, pageStarts: pdf.pageStarts }));
      books.push({ name, path });
    } catch (error) {
      crashes.push(`${name}: ${(error as Error).stack ?? String(error)}`);
    }
  }
  const warnings = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'warning').length, 0);
  console.log(
    `CommonMark spec: ${spec.tests.length} examples, ${built.length} built, ${results.length - built.length} rejected with located errors, ` +
      `${crashes.length} crashed, ${warnings} warnings; EPUB: ${books.length} books of up to ${BOOK_SIZE} examples`,
  );
}, 600_000);

describe('CommonMark specification examples', () => {
  test('no example crashes: each builds, or is rejected with located errors only', () => {
    expect(crashes).toEqual([]);
    expect(results).toHaveLength(spec.tests.length);
    for (const result of results.filter((r) => r.document === null)) {
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      expect(errors.length, `example ${result.number}`).toBeGreaterThan(0);
      for (const d of errors) expect(formatDiagnostic(d)).toMatch(/^\S+commonmark-\d+\.md:\d+:\d+: error: /u);
    }
    // Rejections are the user's mistakes an example happens to make: nothing to typeset
    // (only a link definition, say); an image file that is not there is a warning, its alt text shown.
    const reasons = new Set(
      results.flatMap((r) => (r.document === null ? r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message.replace(/"[^"]*"/gu, '"…"')) : [])),
    );
    expect([...reasons].sort()).toEqual(['the manuscript has no body text; there is nothing to typeset']);
  });

  testWith('qpdf', 'qpdf --check accepts every PDF', async () => {
    const failed: string[] = [];
    for (const result of results) {
      if (result.pdf === null) continue;
      const outcome = await runAsync('qpdf', ['--check', result.pdf]).then(
        () => null,
        (error: { stdout: string }) => `example ${result.number}: ${error.stdout.split('\n').slice(-3).join(' ')}`,
      );
      if (outcome !== null) failed.push(outcome);
    }
    console.log(`qpdf --check: ${results.filter((r) => r.pdf !== null).length - failed.length} PDFs accepted, ${failed.length} rejected`);
    expect(failed).toEqual([]);
  }, 300_000);

  test('EPUBCheck (TypeScript port) accepts every book of examples', async () => {
    const reports: string[] = [];
    for (const book of books) {
      const result = await EpubCheck.validate(new Uint8Array(readFileSync(book.path)));
      const problems = result.messages.filter((m) => m.severity === 'fatal' || m.severity === 'error' || m.severity === 'warning');
      reports.push(...problems.map((m) => `${book.name}: ${m.id} ${m.message} (${m.location?.path ?? ''}:${m.location?.line ?? ''})`));
    }
    console.log(`epubcheck-ts: ${books.length} books, ${reports.length} problems`);
    expect(reports).toEqual([]);
  }, 300_000);

  testWith('Java EPUBCheck', 'Java EPUBCheck accepts every book of examples', async () => {
    const summaries = await Promise.all(books.map(async (book) => `${book.name}: ${await runJavaEpubcheck(book.path)}`));
    console.log(`Java EPUBCheck:\n${summaries.join('\n')}`);
    for (const summary of summaries) expect(summary).toMatch(/Messages: 0 fatals \/ 0 errors \/ 0 warnings/u);
  }, 300_000);
});

describe("Pandoc's Markdown test suite", () => {
  const out = mkdtempSync(join(tmpdir(), 'galley-pandoc-'));
  let outputs: readonly string[] = [];
  let diagnostics: readonly Diagnostic[] = [];

  beforeAll(async () => {
    // It has no YAML front matter (its title block is Pandoc's % lines): one is prepended.
    const manuscript = join(out, 'testsuite.md');
    writeFileSync(manuscript, `---\ntitle: Pandoc Test Suite\n---\n\n${readFileSync(sharedPath('corpus/pandoc/testsuite.txt'), 'utf8')}`);
    for (const image of ['lalune.jpg', 'movie.jpg']) copyFileSync(sharedPath(`corpus/pandoc/${image}`), join(out, image));
    const result = await buildManuscript(manuscript, { outDir: out, formats: new Set(['pdf', 'epub']), report: false });
    outputs = result.outputs;
    diagnostics = result.diagnostics;
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    console.log(`Pandoc test suite: built ${outputs.length} files, ${errors} errors, ${diagnostics.length - errors} warnings`);
  }, 120_000);

  test('builds a PDF and an EPUB, with warnings only', () => {
    expect(outputs.map((o) => o.slice(out.length + 1)).sort()).toEqual(['testsuite.epub', 'testsuite.pdf']);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  testWith('qpdf', 'qpdf --check accepts the PDF', async () => {
    await expect(runAsync('qpdf', ['--check', join(out, 'testsuite.pdf')])).resolves.toBeDefined();
  });

  test('EPUBCheck (TypeScript port) accepts the EPUB', async () => {
    const result = await EpubCheck.validate(new Uint8Array(readFileSync(join(out, 'testsuite.epub'))));
    expect(result.messages.filter((m) => m.severity !== 'info' && m.severity !== 'usage')).toEqual([]);
  });

  testWith('Java EPUBCheck', 'Java EPUBCheck accepts the EPUB', async () => {
    expect(await runJavaEpubcheck(join(out, 'testsuite.epub'))).toMatch(/Messages: 0 fatals \/ 0 errors \/ 0 warnings/u);
  }, JAVA_EPUBCHECK_TIMEOUT);
});
