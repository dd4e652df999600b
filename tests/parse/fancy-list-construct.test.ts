// Pandoc's ordered list markers read as Pandoc reads them (its manual's
// fancy_lists and startnum, and its test suite's "Fancy list markers"), into
// the Document's lists: style, delimiter and first number.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/document.ts';
import { sharedPath } from '../helpers/cli.ts';
import { blocksOf } from '../helpers/parse.ts';

/** Each list as `start style delimiter [items]`, nested lists after their item's text, other blocks by type. */
function outline(blocks: readonly Block[]): unknown[] {
  return blocks.map((block) => {
    if (block.type !== 'list') return block.type === 'paragraph' ? `p: ${block.children.map((c) => ('value' in c ? c.value : '')).join('')}` : block.type;
    const head = block.ordered ? `${block.start} ${block.style ?? 'decimal'} ${block.delimiter ?? 'period'}` : 'bullets';
    return [head, ...block.items.map((item) => outline(item.children))];
  });
}

describe('fancy list markers', () => {
  it('reads the Pandoc test suite’s fancy lists as Pandoc does', () => {
    const suite = readFileSync(sharedPath('corpus/pandoc/testsuite.txt'), 'utf8');
    const section = suite.slice(suite.indexOf('## Fancy list markers'), suite.indexOf('# Definition Lists'));
    const [, ...blocks] = outline(blocksOf(section));
    expect(blocks).toEqual([
      [
        '2 decimal parens',
        ['p: begins with 2'],
        ['p: and now 3', 'p: with a continuation', ['1 lower-roman period', ['p: sublist with roman numerals starting with i.'], ['p: more items', ['1 upper-alpha parens', ['p: a subsublist'], ['p: a subsublist']]]]],
      ],
      'p: Nesting:',
      ['4 upper-alpha period', ['p: Upper Alpha', ['1 upper-roman period', ['p: Upper Roman.', ['1 decimal parens', ['p: Decimal start with 1', ['1 lower-alpha paren', ['p: Lower alpha with paren']]]]]]]],
      'p: Autonumbering:',
      ['1 decimal period', ['p: Autonumber.'], ['p: More.', ['1 decimal period', ['p: Nested.']]]],
      'p: Should not be a list item:',
      'p: M.A. 2007',
      'p: B. Williams',
      'thematicBreak',
    ]);
  });

  it('starts a new list when the style or the delimiter changes; # continues any list', () => {
    expect(outline(blocksOf('a. one\nb. two\ni. three\n\n1. four\n#. five\n2) six\n\n(1) seven\n1) eight\n'))).toEqual([
      ['1 lower-alpha period', ['p: one'], ['p: two'], ['p: three']],
      ['1 decimal period', ['p: four'], ['p: five']],
      ['2 decimal paren', ['p: six']],
      ['1 decimal parens', ['p: seven']],
      ['1 decimal paren', ['p: eight']],
    ]);
  });

  it('reads a list’s later markers in its own style: v. in a roman list is five, not the letter', () => {
    expect(outline(blocksOf('iii. three\niv. four\nv. five\n\nThen a new list.\n\nv. vee\nw. double-u\n\nmix. a numeral, as Pandoc reads it\n'))).toEqual([
      ['3 lower-roman period', ['p: three'], ['p: four'], ['p: five']],
      'p: Then a new list.',
      ['22 lower-alpha period', ['p: vee'], ['p: double-u']],
      ['1009 lower-roman period', ['p: a numeral, as Pandoc reads it']],
    ]);
  });

  it('asks two spaces after a capital letter or one-letter numeral with a period, not after one in parentheses', () => {
    expect(outline(blocksOf('B. Russell wrote it.\n\nB.  Second point\n\nI. Claudius\n\nII. Second\n\n(B) Bee\n'))).toEqual([
      'p: B. Russell wrote it.',
      ['2 upper-alpha period', ['p: Second point']],
      'p: I. Claudius',
      ['2 upper-roman period', ['p: Second']],
      ['2 upper-alpha parens', ['p: Bee']],
    ]);
  });

  it('leaves page references, initials and words that only look like markers as text', () => {
    expect(outline(blocksOf('p. 12 has it.\n\nM.A. 2007\n\ne.g. this\n\n(ab) no\n\nmax. no\n'))).toEqual([
      'p: p. 12 has it.',
      'p: M.A. 2007',
      'p: e.g. this',
      'p: (ab) no',
      'p: max. no',
    ]);
  });

  it('interrupts a paragraph only with a list starting at one, as CommonMark asks of numbers', () => {
    expect(outline(blocksOf('Text\nb. not a list\n\nText\n(a) a list\n'))).toEqual(['p: Text b. not a list', 'p: Text', ['1 lower-alpha parens', ['p: a list']]]);
  });
});
