// Pandoc's fancy list markers built through the galley command: the Pandoc
// test suite's section of them, read back from the PDF with each marker as
// written before its item, in order ("B. Williams" and "M.A. 2007" left as
// text), and from the EPUB, whose lists carry their style and pass the
// validators; `galley check` finds every word.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runGalley, sharedPath, temporaryDir } from '../helpers/cli.ts';
import { elements, readEpub } from '../helpers/epub-reader.ts';
import { epubValidatorTests } from '../helpers/epub-validation.ts';
import { inOrder, layerUnits } from '../helpers/read-pdf.ts';

const suite = readFileSync(sharedPath('corpus/pandoc/testsuite.txt'), 'utf8');
const SECTION = suite.slice(suite.indexOf('## Fancy list markers'), suite.indexOf('# Definition Lists'));
const MANUSCRIPT = `---\ntitle: Fancy Lists\n---\n\n${SECTION}\nc. third\nd. fourth\n`;

describe('fancy lists, built', () => {
  const dir = temporaryDir();
  const file = join(dir, 'fancy.md');
  beforeAll(() => {
    writeFileSync(file, MANUSCRIPT);
    const run = runGalley(['build', file, '--out', dir]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  test('the PDF prints each marker as written, before its item, in order; names stay text', async () => {
    const layer = await layerUnits(readFileSync(join(dir, 'fancy.pdf')));
    expect(
      inOrder(layer, [
        '(2) begins with 2 (3) and now 3 with a continuation',
        'i. sublist with roman numerals starting with i. ii. more items (A) a subsublist (B) a subsublist',
        'Nesting: D. Upper Alpha I. Upper Roman. (1) Decimal start with 1 a) Lower alpha with paren',
        'Autonumbering: 1. Autonumber. 2. More. 1. Nested.',
        'Should not be a list item: M.A. 2007 B. Williams',
        'c. third d. fourth',
      ]),
    ).toBe('all found');
  });

  test('the EPUB’s lists carry their style and first number; markers CSS cannot write are text', async () => {
    const epub = await readEpub(readFileSync(join(dir, 'fancy.epub')));
    const body = (await epub.contentDocuments()).filter(({ name }) => /text-\d+\.xhtml$/u.test(name));
    const lists = body.flatMap(({ doc }) => elements(doc, 'ol'));
    expect(lists.map((ol) => [ol.getAttribute('start'), ol.getAttribute('type'), ol.getAttribute('class')])).toEqual([
      ['2', null, 'shown-markers'],
      [null, 'i', 'lower-roman'],
      [null, 'A', 'shown-markers'],
      ['4', 'A', 'upper-alpha'],
      [null, 'I', 'upper-roman'],
      [null, null, 'shown-markers'],
      [null, 'a', 'shown-markers'],
      [null, null, null],
      [null, null, null],
      ['3', 'a', 'lower-alpha'],
    ]);
    const markers = body.flatMap(({ doc }) => elements(doc, 'span')).filter((s) => s.getAttribute('class') === 'list-marker');
    expect(markers.map((s) => s.textContent?.trim())).toEqual(['(2)', '(3)', '(A)', '(B)', '(1)', 'a)']);
  });

  epubValidatorTests(() => join(dir, 'fancy.epub'));

  test('galley check finds every word of the manuscript in the text layer, in order', () => {
    const run = runGalley(['check', join(dir, 'fancy.pdf')]);
    expect(run.stdout).toMatch(/pass {2}Text layer against the embedded manuscript {2}all \d+ words/u);
  });
});
