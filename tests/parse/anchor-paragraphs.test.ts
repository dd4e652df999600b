// A paragraph of anchors alone (`<a id="x"></a>` on its own line) joins the
// heading or paragraph after it; above anything else it stays.
import { describe, expect, it } from 'vitest';
import type { Block, Inline } from '../../src/document.ts';
import { spanOf, setSpan } from '../../src/document/position.ts';
import { joinAnchorParagraphs } from '../../src/parse/anchor-paragraphs.ts';
import { blocksOf } from '../helpers/parse.ts';

const anchor = (id: string): Inline => ({ type: 'anchor', id });
const text = (value: string): Inline => ({ type: 'text', value });
const para = (...children: Inline[]): Block => ({ type: 'paragraph', children });
const heading: Block = { type: 'heading', depth: 2, id: 'tides', children: [text('Tides')] };
const code: Block = { type: 'code', lang: null, value: 'x' };

describe('joinAnchorParagraphs', () => {
  it('moves the anchors of one or more anchor paragraphs to the start of the heading after them, keeping its place', () => {
    const span = { start: { line: 9, column: 1, offset: 80 }, end: { line: 9, column: 9, offset: 88 } };
    const joined = joinAnchorParagraphs([para(anchor('a'), text('\n')), para(anchor('b')), setSpan({ ...heading }, span)]);
    expect(joined).toEqual([{ ...heading, children: [anchor('a'), anchor('b'), text('Tides')] }]);
    expect(spanOf(joined[0]!)).toEqual(span);
  });

  it('moves them into a paragraph after them too', () => {
    expect(joinAnchorParagraphs([para(anchor('a')), para(text('Words.'))])).toEqual([para(anchor('a'), text('Words.'))]);
  });

  it('leaves them above a block that holds no text of its own, and at the end', () => {
    expect(joinAnchorParagraphs([para(anchor('a')), code, para(anchor('b'))])).toEqual([para(anchor('a')), code, para(anchor('b'))]);
  });

  it('leaves a paragraph with words beside its anchor alone', () => {
    const blocks = [para(anchor('a'), text('Words.')), heading];
    expect(joinAnchorParagraphs(blocks)).toEqual(blocks);
  });

  it('is what the parser does with an anchor on the line above a heading (MS Docs), inside a list item too', () => {
    expect(blocksOf('<a name="x"></a>\n## Tides\n')).toEqual([{ ...heading, children: [anchor('x'), text('Tides')] }]);
    const [list] = blocksOf('- <a id="y"></a>\n\n  Item text.\n');
    expect(list).toMatchObject({ type: 'list', items: [{ children: [para(anchor('y'), text('Item text.'))] }] });
  });
});
