// Pandoc's inline notes, `^[…]`: numbered with the written notes in the order
// they are cited, their markup kept, brackets inside them paired.
import { describe, expect, it } from 'vitest';
import { documentOf, messages, parse, withTitle } from '../helpers/parse.ts';

const text = (value: string) => ({ type: 'text', value }) as const;
const para = (...children: unknown[]) => ({ type: 'paragraph', children });

describe('inline notes', () => {
  it('are notes, numbered in order with the written ones, their markup and inner brackets kept', () => {
    const result = parse(withTitle('One.^[An *inline* note, see [1].] Two.[^w] Three.^[Last.]\n\n[^w]: Written.\n'));
    expect(messages(result)).toEqual([]);
    const { blocks, notes } = documentOf(result);
    expect(blocks).toEqual([
      para(text('One.'), { type: 'noteRef', number: 1, occurrence: 1 }, text(' Two.'), { type: 'noteRef', number: 2, occurrence: 1 }, text(' Three.'), { type: 'noteRef', number: 3, occurrence: 1 }),
    ]);
    expect(notes.map((note) => note.children)).toEqual([
      [para(text('An '), { type: 'emphasis', children: [text('inline')] }, text(' note, see [1].'))],
      [para(text('Written.'))],
      [para(text('Last.'))],
    ]);
    expect(notes[0]?.label).toBe('^[An inline note, see [1].]');
  });

  it('leave a caret and brackets that are no note as text', () => {
    const { blocks, notes } = documentOf(parse(withTitle('x^2 and [a] and ^[unclosed and `^[code]`\n')));
    expect(notes).toEqual([]);
    expect(blocks).toEqual([para(text('x^2 and [a] and ^[unclosed and '), { type: 'code', value: '^[code]' })]);
  });
});
