// Devanagari and Bengali built through the galley command and read back: set
// in their fallback faces with no missing glyph, drawn shaped (vowel signs
// before their consonants, conjuncts), and read back by pdf.js and pdftotext
// in written order, the order in which a reader searches and copies; `galley
// check` finds every word, and the EPUB passes the validators.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runGalley, temporaryDir } from '../helpers/cli.ts';
import { epubValidatorTests } from '../helpers/epub-validation.ts';
import { run, testWith } from '../helpers/external.ts';
import { readPdf } from '../helpers/read-pdf.ts';

// Words whose vowel sign is drawn before its consonant (वि, শি…) or whose letters join in a conjunct (स्त, ন্দ্র).
const HINDI = 'भारत एक विशाल देश है। नमस्ते, दुनिया।';
const BENGALI = 'আমি তোমাকে ভালোবাসি। রবীন্দ্রনাথ ঠাকুর।';
const SANSKRIT = 'संस्कृतम्';

const MANUSCRIPT = `---
title: Scripts of India
lang: en-US
---

The Hindi sentence “${HINDI}” is in Devanagari; “${BENGALI}” is in Bengali.

- Sanskrit: ${SANSKRIT}
`;

let dir = '';
let stderr = '';

beforeAll(() => {
  dir = temporaryDir('galley-indic-');
  writeFileSync(join(dir, 'indic.md'), MANUSCRIPT);
  const built = runGalley(['build', join(dir, 'indic.md'), '--out', dir]);
  if (built.status !== 0) throw new Error(built.stderr);
  stderr = built.stderr;
}, 120_000);

const flat = (text: string): string => text.replace(/\s+/gu, ' ');

describe('the PDF', () => {
  test('builds with no warning: every character has a face', () => {
    expect(stderr).toBe('');
  });

  test('pdf.js reads the words in written order', async () => {
    const { pages } = await readPdf(readFileSync(join(dir, 'indic.pdf')));
    const text = flat(pages.flatMap((page) => page.items.map((item) => item.str)).join(''));
    for (const phrase of [HINDI, BENGALI, SANSKRIT]) expect(text).toContain(phrase);
  });

  testWith('pdftotext', 'pdftotext reads them in written order, with no dotted circle or stray vowel sign', () => {
    const text = flat(run('pdftotext', [join(dir, 'indic.pdf'), '-']));
    for (const phrase of [...HINDI.split(' '), ...BENGALI.split(' '), SANSKRIT]) expect(text).toContain(phrase);
    expect(text).not.toContain('\u25cc');
  });

  test('galley check finds every word of the manuscript in order', () => {
    const checked = runGalley(['check', '--json', join(dir, 'indic.pdf'), join(dir, 'indic.epub')]);
    const report = JSON.parse(checked.stdout) as { ok: boolean; files: { checks: { id: string; status: string }[] }[] };
    expect(report.files.flatMap((f) => f.checks).find((c) => c.id === 'pdf.text')).toMatchObject({ status: 'pass' });
    expect(report.ok).toBe(true);
  });
});

describe('the EPUB', () => {
  epubValidatorTests(() => join(dir, 'indic.epub'));
});
