// Reproducible builds: the same manuscript built from two clones (different
// absolute paths), with SOURCE_DATE_EPOCH or with the manuscript's own date,
// gives byte-identical files, and nothing of the machine leaks into them.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { CHECKSUMS_FILE, parseChecksums, sha256, updateChecksums } from '../../src/archive/checksums.ts';
import { ZipFile } from '../../src/check/epub/zip.ts';
import { PdfFile, PdfStream } from '../../src/check/pdf/reader.ts';
import { runGalley, temporaryDir } from '../helpers/cli.ts';
import { run, testWith } from '../helpers/external.ts';

const FIXTURES = 'tests/fixtures/manuscripts';
const FILES = ['every-node.md', 'chart.png', 'sky.jpg'];

/** A copy of the manuscript and its images at a fresh absolute path, as a second clone would have it. */
function clone(depth: number): string {
  const dir = join(temporaryDir('galley-clone-'), ...Array.from({ length: depth }, (_, i) => `level-${i}`));
  mkdirSync(dir, { recursive: true });
  for (const file of FILES) copyFileSync(join(FIXTURES, file), join(dir, file));
  return dir;
}

/** Builds the clone's manuscript by absolute path; returns the output folder. */
function build(dir: string, env: Record<string, string>, extra: string[] = []): string {
  const out = join(dir, 'dist');
  const run = runGalley(['build', join(dir, 'every-node.md'), '--out', out, '--checksums', ...extra], env);
  expect(run.stderr.split('\n').filter((l) => l.includes('error'))).toEqual([]);
  expect(run.status).toBe(0);
  return out;
}

/** Every byte of a PDF a reader could see: the file and each decoded stream. */
function pdfTexts(bytes: Buffer): string[] {
  const pdf = new PdfFile(bytes);
  const texts = [bytes.toString('latin1')];
  for (let num = 1; num < 10_000; num++) {
    const value = pdf.object(num);
    if (value instanceof PdfStream) texts.push(Buffer.from(pdf.decode(value) ?? []).toString('latin1'));
  }
  return texts;
}

function epubTexts(bytes: Buffer): string[] {
  const zip = new ZipFile(bytes);
  return zip.entries.map((e) => zip.read(e.name)?.toString('latin1') ?? '');
}

describe('two clones', () => {
  const a = clone(1);
  const b = clone(4);
  let outA: string;
  let outB: string;
  beforeAll(() => {
    outA = build(a, { SOURCE_DATE_EPOCH: '1700000000' });
    outB = build(b, { SOURCE_DATE_EPOCH: '1700000000' });
  });

  test('give byte-identical PDFs and EPUBs, and the same SHA256SUMS', () => {
    expect(readdirSync(outA).sort()).toEqual([CHECKSUMS_FILE, 'every-node.epub', 'every-node.pdf']);
    for (const name of readdirSync(outA)) expect(sha256(readFileSync(join(outB, name))), name).toBe(sha256(readFileSync(join(outA, name))));
  });

  test('leak no path, host name or build time into the files', () => {
    const texts = [...pdfTexts(readFileSync(join(outA, 'every-node.pdf'))), ...epubTexts(readFileSync(join(outA, 'every-node.epub')))];
    const year = String(new Date().getUTCFullYear());
    for (const text of texts) {
      expect(text).not.toContain(a);
      expect(text).not.toContain('galley-clone-');
      if (hostname().length > 3) expect(text).not.toContain(hostname());
    }
    // SOURCE_DATE_EPOCH is in 2023: today's date would only come from the clock.
    if (year !== '2023') for (const text of texts) expect(text).not.toMatch(new RegExp(`D:${year}\\d{10}|${year}-\\d\\d-\\d\\dT`, 'u'));
  });

  test('without SOURCE_DATE_EPOCH, the manuscript’s date fixes every timestamp', () => {
    const first = build(clone(2), {});
    const second = build(clone(3), {});
    for (const name of ['every-node.pdf', 'every-node.epub']) {
      expect(readFileSync(join(first, name)).equals(readFileSync(join(second, name))), name).toBe(true);
    }
    // every-node.md is dated 2026-03-04.
    expect(readFileSync(join(first, 'every-node.pdf')).toString('latin1')).toContain('/CreationDate (D:20260304000000Z)');
  });

  test('the print profile and PDF/A-1b build reproducibly too', () => {
    for (const flags of [['--profile', 'print'], ['--pdfa', '1b']]) {
      const x = build(clone(1), { SOURCE_DATE_EPOCH: '1700000000' }, [...flags, '--format', 'pdf']);
      const y = build(clone(2), { SOURCE_DATE_EPOCH: '1700000000' }, [...flags, '--format', 'pdf']);
      expect(readFileSync(join(x, 'every-node.pdf')).equals(readFileSync(join(y, 'every-node.pdf'))), flags.join(' ')).toBe(true);
    }
  });

  testWith('sha256sum', 'sha256sum -c accepts the SHA256SUMS', () => {
    expect(run('sha256sum', ['-c', CHECKSUMS_FILE], { cwd: outA })).toMatch(/every-node\.pdf: OK/u);
  });
});

describe('SHA256SUMS', () => {
  test('keeps files listed by an earlier build, re-hashed, and drops those that are gone', async () => {
    const dir = temporaryDir();
    writeFileSync(join(dir, 'a.pdf'), 'first');
    writeFileSync(join(dir, 'b.pdf'), 'second');
    await updateChecksums(dir, [join(dir, 'a.pdf'), join(dir, 'b.pdf')]);
    writeFileSync(join(dir, 'a.pdf'), 'first, rebuilt');
    writeFileSync(join(dir, 'c.epub'), 'third');
    rmSync(join(dir, 'b.pdf'));
    await updateChecksums(dir, [join(dir, 'c.epub')]);
    const text = readFileSync(join(dir, CHECKSUMS_FILE), 'utf8');
    expect(parseChecksums(text)).toEqual([
      { sha256: sha256(Buffer.from('first, rebuilt')), name: 'a.pdf' },
      { sha256: sha256(Buffer.from('third')), name: 'c.epub' },
    ]);
    expect(text).toMatch(/^[0-9a-f]{64} {2}a\.pdf\n[0-9a-f]{64} {2}c\.epub\n$/u);
  });
});
