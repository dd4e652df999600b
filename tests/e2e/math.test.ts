// TeX math built through the galley command and read back: the PDF's text
// layer gives each formula's TeX in its place, in reading order (pdf.js and
// pdftotext alike); each formula is a Formula structure element with its TeX
// as Alt and ActualText; the EPUB holds MathML (alttext, the manifest's
// mathml property) and passes the validators; GitHub's $`…`$ and ```math
// fence are math too; a dollar before a digit
// (a price) stays text; bad TeX is a located warning,
// an error under --strict; and `galley check` finds every word in order.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runGalley, temporaryDir } from '../helpers/cli.ts';
import { elements, readEpub } from '../helpers/epub-reader.ts';
import { epubValidatorTests } from '../helpers/epub-validation.ts';
import { run, testWith } from '../helpers/external.ts';
import { readPdf } from '../helpers/read-pdf.ts';

const MANUSCRIPT = `---
title: Sums and Prices
---

# The sum $\\sum i$

Gauss found $\\sum_{i=1}^n i = \\frac{n(n+1)}{2}$, while the bill came to $5 and $10.

Then \\$3 more.[^n] Code \`$x$\` stays code.

$$
\\int_0^1 x\\,dx = \\frac{1}{2}
$$

A display in running text $$e^{i\\pi} + 1 = 0$$ and the words after it.

GitHub writes $\`x_1\`$ inline and fences a display:

\`\`\`math
y = mx + b
\`\`\`

- an item with $\\alpha + \\beta$

| symbol | meaning |
|---|---|
| $\\sqrt{2}$ | a root |

[^n]: A note on $\\lambda$.
`;

const BAD = `---
title: Bad
---

Good $a$ and bad $\\frac{a$ here.
`;

let dir = '';
let pdf: Buffer;
let epub: Buffer;
let warnings = '';

beforeAll(() => {
  dir = temporaryDir('galley-math-');
  writeFileSync(join(dir, 'sums.md'), MANUSCRIPT);
  writeFileSync(join(dir, 'bad.md'), BAD);
  const built = runGalley(['build', join(dir, 'sums.md'), '--out', dir]);
  if (built.status !== 0) throw new Error(built.stderr);
  warnings = built.stderr;
  pdf = readFileSync(join(dir, 'sums.pdf'));
  epub = readFileSync(join(dir, 'sums.epub'));
}, 120_000);

/** The formulas' TeX and the words around them, in reading order. */
const ORDER = [
  'The sum', '\\sum i',
  'Gauss found', '\\sum_{i=1}^n i = \\frac{n(n+1)}{2}', ', while the bill came to $5 and $10.', 'Then $3 more.',
  'Code', '$x$', 'stays code.',
  '\\int_0^1 x\\,dx = \\frac{1}{2}',
  'A display in running text', 'e^{i\\pi} + 1 = 0', 'and the words after it.',
  'GitHub writes', 'x_1', 'inline and fences a display:', 'y = mx + b',
  'an item with', '\\alpha + \\beta',
  '\\sqrt{2}', 'a root',
  'A note on', '\\lambda',
];

/** Whether the pieces appear in `text` in order (white space collapsed). */
function inOrder(text: string, pieces: readonly string[]): string[] {
  const flat = text.replace(/\s+/gu, ' ');
  const missing: string[] = [];
  let from = 0;
  for (const piece of pieces) {
    const at = flat.indexOf(piece, from);
    if (at < 0) missing.push(piece);
    else from = at + piece.length;
  }
  return missing;
}

describe('the PDF', () => {
  test('builds with no warnings', () => {
    expect(warnings).toBe('');
  });

  test('pdf.js reads each formula as its TeX, in place', async () => {
    const { pages } = await readPdf(pdf);
    const text = pages.flatMap((page) => page.items.map((item) => item.str)).join(' ');
    expect(inOrder(text, ORDER)).toEqual([]);
  });

  testWith('pdftotext', 'pdftotext reads each formula as its TeX (the ActualText), in place', () => {
    // pdftotext reads the table's second column after the page's foot: leave its words out.
    expect(inOrder(run('pdftotext', [join(dir, 'sums.pdf'), '-']), ORDER.filter((piece) => piece !== 'a root'))).toEqual([]);
  });

  testWith('qpdf', 'each formula is a Formula structure element with its TeX as Alt and ActualText', () => {
    const plain = run('qpdf', ['--qdf', '--object-streams=disable', join(dir, 'sums.pdf'), '-'], { maxBuffer: 64 * 1024 * 1024 }).toString();
    const formulas = plain.match(/\/S \/Formula/gu) ?? [];
    expect(formulas).toHaveLength(9);
    expect(plain).toContain('/Alt (\\\\lambda)');
    expect(plain).toContain('/ActualText (\\\\lambda)');
    // The marked content of the outlines carries it too, as text extraction reads it.
    expect(plain).toMatch(/\/Formula <<\s*\/MCID \d+\s*>> BDC\s*\/Span <<\s*\/ActualText \(\\\\lambda\)\s*>> BDC/u);
  });

  test('galley check: every word of the manuscript, TeX included, in the text layer in order', () => {
    const checked = runGalley(['check', '--json', join(dir, 'sums.pdf'), join(dir, 'sums.epub')]);
    const report = JSON.parse(checked.stdout) as { ok: boolean; files: { checks: { id: string; status: string; message: string }[] }[] };
    const checks = new Map(report.files.flatMap((f) => f.checks).map((c) => [c.id, c]));
    expect(checks.get('pdf.text')).toMatchObject({ status: 'pass' });
    expect(checks.get('pdf.text')?.message).toMatch(/\\lambda|all \d+ words/u);
    expect(report.ok).toBe(true);
  });
});

describe('the EPUB', () => {
  test('MathML with alttext in the chapter and the notes, which the manifest marks mathml', async () => {
    const book = await readEpub(epub);
    const documents = await book.contentDocuments();
    const withMath = documents.filter(({ doc }) => elements(doc, 'math').length > 0);
    const maths = withMath.flatMap(({ doc }) => elements(doc, 'math'));
    expect(maths.map((m) => m.getAttribute('alttext'))).toEqual(['\\sum i', '\\sum_{i=1}^n i = \\frac{n(n+1)}{2}', '\\int_0^1 x\\,dx = \\frac{1}{2}', 'e^{i\\pi} + 1 = 0', 'x_1', 'y = mx + b', '\\alpha + \\beta', '\\sqrt{2}', '\\lambda']);
    expect(maths.every((m) => m.namespaceURI === 'http://www.w3.org/1998/Math/MathML')).toBe(true);
    expect(maths.filter((m) => m.getAttribute('display') === 'block')).toHaveLength(3);
    const { doc: opf, base } = await book.opf();
    const marked = elements(opf, 'item').filter((item) => (item.getAttribute('properties') ?? '').split(' ').includes('mathml')).map((item) => base + (item.getAttribute('href') ?? ''));
    // The nav lists the heading's text, its TeX, not MathML.
    expect(marked.sort()).toEqual(withMath.map(({ name }) => name).filter((name) => !name.endsWith('nav.xhtml')).sort());
    expect(marked.length).toBeGreaterThanOrEqual(2);
    // The code span's dollars are text.
    expect(documents.some(({ doc }) => elements(doc, 'code').some((code) => code.textContent === '$x$'))).toBe(true);
  });

  epubValidatorTests(() => join(dir, 'sums.epub'));
});

describe('bad TeX', () => {
  test('a located warning naming MathJax’s error; the source printed as code', async () => {
    const built = runGalley(['build', join(dir, 'bad.md'), '--out', dir]);
    expect(built.status).toBe(0);
    expect(built.stderr).toContain(`${join(dir, 'bad.md')}:5:18: warning: TeX error in formula: Missing close brace (MathJax); its source is printed as code`);
    const { pages } = await readPdf(readFileSync(join(dir, 'bad.pdf')));
    expect(pages.flatMap((page) => page.items.map((item) => item.str)).join('')).toContain('$\\frac{a$');
  });

  test('under --strict it is an error, and nothing is written', () => {
    const out = join(dir, 'strict');
    const built = runGalley(['build', join(dir, 'bad.md'), '--out', out, '--strict']);
    expect(built.status).not.toBe(0);
    expect(built.stderr).toContain('5:18: error: TeX error in formula: Missing close brace (MathJax); its source is printed as code [--strict]');
  });
});
