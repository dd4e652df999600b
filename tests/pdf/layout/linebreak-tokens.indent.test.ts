// No-break spaces opening a line after a hard break indent that line, as the
// EPUB (HTML) keeps them: a grid table cell's code keeps its indentation, a
// poem its indented lines. Elsewhere no-break spaces are spaces, as before.
import { expect, test } from 'vitest';
import type { Inline } from '../../../src/document.ts';
import { tokenize, type GroupToken, type PartAtom } from '../../../src/pdf/layout/linebreak-tokens.ts';
import type { StyledRun } from '../../../src/pdf/layout/types.ts';
import { makeDocument, para } from '../../helpers/build-doc.ts';
import { isLine, pagesOf, rightEdge, textOf } from '../../helpers/laid-out.ts';

const run = (text: string): StyledRun => ({ text, font: 'body', size: 10 });

/** The tokens as text: each group's parts joined, a space as "_", a hard break as "/". */
const shape = (runs: readonly StyledRun[]): string[] =>
  tokenize(runs).map((token) =>
    token.kind === 'group'
      ? (token as GroupToken).atoms.map((atom) => (atom as PartAtom).text).join('')
      : token.kind === 'newline'
        ? '/'
        : '_',
  );

test('no-break spaces after a hard break are kept with the word after them; elsewhere they are a space', () => {
  expect(shape([run('key:'), run('\n'), run('\u00A0\u00A0- foo.md')])).toEqual(['key:', '/', '\u00A0\u00A0-', '_', 'foo.md']);
  expect(shape([run('10\u00A0km and'), run('\n'), run(' next')])).toEqual(['10', '_', 'km', '_', 'and', '/', 'next']);
});

test('the indented line is set further in', () => {
  /** Where the line after the break ends (it is the paragraph's last: ragged, not justified). */
  const endOfSecond = (second: string): number => {
    const children: Inline[] = [{ type: 'text', value: 'First line' }, { type: 'break' }, { type: 'text', value: second }];
    return rightEdge(pagesOf(makeDocument([para(...children)]))[0]!.items.filter(isLine).find((l) => textOf(l).includes('second'))!);
  };
  expect(endOfSecond('\u00A0\u00A0\u00A0\u00A0second line')).toBeGreaterThan(endOfSecond('second line') + 5);
});
