// Font expansion and protrusion in the built PDF: the article set with the
// default theme (microtype on) draws scaled glyphs with Tz and still reads
// back the same words, in the same order, as with microtype off; and `galley
// check` passes on it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { runGalley, temporaryDir } from '../helpers/cli.ts';
import { run, testWith } from '../helpers/external.ts';
import { layerUnits } from '../helpers/read-pdf.ts';

const manuscript = 'manuscript/article.md';
const EPOCH = { SOURCE_DATE_EPOCH: '1700000000' };
let on: string;
let off: string;

function build(out: string, theme?: string): string {
  const result = runGalley(['build', manuscript, '--out', out, '--format', 'pdf', ...(theme === undefined ? [] : ['--theme', theme])], EPOCH);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return join(out, 'article.pdf');
}

/** The page content streams' text, inflated. */
function contentStreams(pdf: Buffer): string {
  const out: string[] = [];
  const raw = pdf.toString('latin1');
  for (const match of raw.matchAll(/stream\r?\n/gu)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = raw.indexOf('endstream', start);
    try {
      out.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // Not a Flate stream (an image, a font): not content.
    }
  }
  return out.filter((s) => s.includes('BT')).join('\n');
}

/**
 * The words of a text layer, sorted: lines and so pages break elsewhere with
 * microtype, which moves notes and running heads among the body's words and
 * splits hyphenated words and URLs at other places. Joined again (a line-end
 * hyphen, soft or not, a break before / . - or after /), the words are the same.
 */
function wordBag(text: string): string[] {
  const joined = text
    .replace(/[-\u00ad]\s+/gu, '')
    .replace(/\s+(?=[./-])/gu, '')
    .replace(/(?<=\/)\s+/gu, '');
  return joined.split(/\s+/u).filter((w) => w !== '').sort();
}

beforeAll(() => {
  const themeDir = temporaryDir();
  writeFileSync(join(themeDir, 'theme.yaml'), 'microtype:\n  expansion: 0\n  protrusion: false\n  tracking: 0\n');
  on = build(temporaryDir());
  off = build(temporaryDir(), themeDir);
}, 120_000);

describe('microtype in the article PDF', () => {
  test('glyphs are scaled with Tz in 0.5% steps within ±2%, reset after each text object', () => {
    const content = contentStreams(readFileSync(on));
    const scales = [...content.matchAll(/([\d.]+) Tz/gu)].map((m) => Number(m[1]));
    const expanded = scales.filter((s) => s !== 100);
    expect(expanded.length).toBeGreaterThan(20);
    for (const s of expanded) {
      expect(Math.abs(s - 100)).toBeLessThanOrEqual(2 + 1e-9);
      expect(Math.abs(s * 2 - Math.round(s * 2))).toBeLessThan(1e-6);
    }
    // Every scaled text object puts 100% back before it ends.
    expect(scales.filter((s) => s === 100).length).toBe(expanded.length);
    expect(contentStreams(readFileSync(off))).not.toMatch(/ Tz/u);
  });

  test('letters are spaced with Tc by at most 0.008 em (0.084 pt at 10.5 pt), reset after each text object', () => {
    const content = contentStreams(readFileSync(on));
    const spacings = [...content.matchAll(/(-?[\d.]+) Tc/gu)].map((m) => Number(m[1]));
    const spaced = spacings.filter((s) => s !== 0);
    expect(spaced.length).toBeGreaterThan(20);
    // Tc is divided by the line's Tz scale (at most 2%) so that the spacing drawn is the one laid out.
    for (const s of spaced) expect(Math.abs(s)).toBeLessThanOrEqual((0.008 * 10.5) / 0.98 + 1e-6);
    expect(spaced.some((s) => s > 0) && spaced.some((s) => s < 0)).toBe(true);
    expect(spacings.filter((s) => s === 0).length).toBe(spaced.length);
    expect(contentStreams(readFileSync(off))).not.toMatch(/ Tc/u);
  });

  test('the text layer reads the same words as without microtype', async () => {
    const words = async (file: string): Promise<string[]> => layerUnits(readFileSync(file));
    const [withIt, without] = await Promise.all([words(on), words(off)]);
    expect(withIt.length).toBeGreaterThan(600);
    // Units drop punctuation, so a URL's pieces cannot be joined again: leave out, on both sides, what is part of one.
    const urls = (readFileSync(manuscript, 'utf8').match(/https?:\/\/\S+/gu) ?? []).join(' ').toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '');
    const outsideUrls = (units: string[]): string[] => wordBag(units.filter((u) => !urls.includes(u)).join(' '));
    expect(outsideUrls(withIt).length).toBeGreaterThan(600);
    expect(outsideUrls(withIt)).toEqual(outsideUrls(without));
  });

  testWith('pdftotext', 'pdftotext reads the same words as without microtype', () => {
    const text = (file: string): string => run('pdftotext', [file, '-']);
    expect(wordBag(text(on))).toEqual(wordBag(text(off)));
  });

  testWith('pdftotext', 'a word broken at a line end reads with a soft hyphen there, and a hyphenated word keeps its hyphen', () => {
    const lines = run('pdftotext', [on, '-']).split('\n');
    const soft = lines.filter((line) => line.endsWith('\u00ad'));
    expect(soft.length).toBeGreaterThan(3);
    // Only ever at a line's end, after a letter.
    for (const line of soft) expect(line).toMatch(/\p{L}\u00ad$/u);
    expect(lines.filter((line) => line.slice(0, -1).includes('\u00ad'))).toEqual([]);
    // The manuscript's own hyphens stay hyphens.
    expect(lines.some((line) => /\p{L}-\p{L}/u.test(line))).toBe(true);
  });

  test('galley check passes, and the same epoch gives the same bytes', () => {
    const checked = runGalley(['check', on]);
    expect(checked.stderr).toBe('');
    expect(checked.status).toBe(0);
    expect(readFileSync(build(temporaryDir()))).toEqual(readFileSync(on));
  }, 60_000);
});
