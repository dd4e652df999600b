// MathJax 4 through Galley's renderer: metrics in ems, outlines, MathML fit for
// an EPUB (no data-* attributes, the TeX as alttext), errors as messages.
import { describe, expect, test } from 'vitest';
import { createRenderer, untagged } from '../../src/math/mathjax.ts';

const renderer = createRenderer();

describe('createRenderer', () => {
  test('x^2: a formula of a little over an em, above the baseline, with its outlines', async () => {
    const result = await renderer.render('x^2', false);
    if (!('formula' in result)) throw new Error(result.error);
    const { formula } = result;
    expect(formula.width).toBeGreaterThan(0.9);
    expect(formula.width).toBeLessThan(1.2);
    expect(formula.height).toBeGreaterThan(0.7);
    expect(formula.depth).toBeGreaterThanOrEqual(0);
    expect(formula.shapes).toHaveLength(2);
    expect(result.missing).toEqual([]);
  });

  test('a fraction goes below the baseline; a display one is taller than an inline one', async () => {
    const inline = await renderer.render('\\frac{a}{b}', false);
    const display = await renderer.render('\\frac{a}{b}', true);
    if (!('formula' in inline) || !('formula' in display)) throw new Error('no formula');
    expect(inline.formula.depth).toBeGreaterThan(0.2);
    expect(display.formula.height + display.formula.depth).toBeGreaterThan(inline.formula.height + inline.formula.depth);
    expect(display.formula.mathml).toContain('display="block"');
  });

  test('MathML with the TeX as alttext and none of MathJax’s data attributes', async () => {
    const result = await renderer.render('a < b \\& \\text{"c"}', false);
    if (!('formula' in result)) throw new Error(result.error);
    expect(result.formula.mathml).toMatch(/^<math alttext="a &lt; b \\&amp; \\text\{&quot;c&quot;\}" xmlns="http:\/\/www\.w3\.org\/1998\/Math\/MathML"/u);
    expect(result.formula.mathml).not.toContain('data-');
  });

  test('no empty attribute, which EPUBCheck rejects: a one-column aligned had columnspacing=""', async () => {
    for (const tex of ['\\begin{aligned} x = 1 \\end{aligned}', '\\begin{split} a &= b \\end{split}', '\\begin{aligned} x &= 1 \\\\ y &= 2 \\end{aligned}']) {
      const result = await renderer.render(tex, true);
      if (!('formula' in result)) throw new Error(result.error);
      expect(result.formula.mathml).not.toMatch(/=""/u);
    }
  });

  test('colours: kept on the outlines; in MathML as EPUB allows them (#hex, a text colour darkened to read on white)', async () => {
    const result = await renderer.render('\\color{cyan}{a} + \\color{RoyalBlue}{b} + \\colorbox{yellow}{c} + \\color{blue}{d}', false);
    if (!('formula' in result)) throw new Error(result.error);
    expect(result.formula.shapes.map((shape) => shape.color)).toEqual(['cyan', 'cyan', '#0071BC', '#0071BC', 'yellow', '#0071BC', '#0071BC', 'blue']);
    const colors = [...result.formula.mathml.matchAll(/(mathcolor|mathbackground)="([^"]*)"/gu)].map((m) => `${m[1]} ${m[2]}`);
    expect(colors).toEqual(['mathcolor #008383', 'mathcolor #0071BC', 'mathbackground #FFFF00', 'mathcolor #0000FF']);
  });

  test('an inline formula is never broken into pieces by MathJax', async () => {
    const result = await renderer.render('a + b + c + d + e + f + g + h + i + j + k + l + m + n + o + p + q + r + s + t + u + v + w + x + y + z', false);
    if (!('formula' in result)) throw new Error(result.error);
    expect(result.formula.width).toBeGreaterThan(20);
  });

  test.each([
    ['\\frac{a', 'Missing close brace'],
    ['\\nosuchcommand x', 'Undefined control sequence \\nosuchcommand'],
    ['x^', 'Missing superscript or subscript argument'],
  ])('%s: the error is a message', async (tex, message) => {
    const result = await renderer.render(tex, false);
    expect('error' in result ? result.error : '').toContain(message);
  });

  test('\\tag{n} is printed as (n) a quad after its equation; the MathML keeps the labelled row', async () => {
    expect(untagged('x = 1 \\tag{1}')).toBe('x = 1 \\qquad\\text{(1)}');
    expect(untagged('a \\tag*{A.2} \\\\ b \\tag {3}')).toBe('a \\qquad\\text{A.2} \\\\ b \\qquad\\text{(3)}');
    // In an align, the numbers are a column of their own, so they line up.
    expect(untagged('\\begin{align}\nx &= 1 \\tag{2} \\\\\nyy &= 22 \\tag{3}\n\\end{align}')).toBe('\\begin{align}\nx &= 1 &&\\qquad\\text{(2)} \\\\\nyy &= 22 &&\\qquad\\text{(3)}\n\\end{align}');
    const tagged = await renderer.render('x = 1 \\tag{1}', true);
    const plain = await renderer.render('x = 1', true);
    if (!('formula' in tagged) || !('formula' in plain)) throw new Error('no formula');
    // As wide as the equation and its number, not a box as wide as a browser window.
    expect(tagged.formula.width).toBeGreaterThan(plain.formula.width + 1);
    expect(tagged.formula.width).toBeLessThan(plain.formula.width + 5);
    expect(tagged.formula.mathml).toContain('<mlabeledtr');
  });

  test('an align with a \\label on several rows is set (MathJax, numbering nothing, refused a second label)', async () => {
    const result = await renderer.render('\\begin{align}\nx &= 1 \\label{a} \\tag{1} \\\\\ny &= 2 \\label{b} \\tag{2}\n\\end{align}', true);
    expect('error' in result ? result.error : '').toBe('');
  });

  test('a formula with a \\label is set, however many times it is converted (MathJax said "multiply defined")', async () => {
    expect('formula' in (await renderer.render('E = mc^2 \\label{eq:energy}', true))).toBe(true);
    expect('formula' in (await renderer.render('a^2 + b^2 = c^2 \\label{eq:pyth}', true))).toBe(true);
  });

  test('\\newcommand holds in the formulas after it', async () => {
    expect('formula' in (await renderer.render('\\newcommand{\\R}{\\mathbb{R}} x \\in \\R', false))).toBe(true);
    expect('formula' in (await renderer.render('y \\in \\R', false))).toBe(true);
  });
});
