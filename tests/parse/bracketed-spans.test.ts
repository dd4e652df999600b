// Pandoc's bracketed spans, with the examples of Pandoc's manual ("Divs and
// Spans"): the brackets and attributes are not printed, the content is, spans
// nest, and an id (a span's or a fenced div's) is a place links lead to.
import { describe, expect, it } from 'vitest';
import { blocksOf, documentOf, messages, parse, withTitle } from '../helpers/parse.ts';

const text = (value: string) => ({ type: 'text', value }) as const;
const para = (...children: unknown[]) => ({ type: 'paragraph', children });

describe('bracketed spans', () => {
  it('print their content without brackets or attributes; an id becomes an anchor', () => {
    expect(blocksOf('[This is *some text*]{.class key="val"} and [Moin]{lang=de}, [x]{#here}.\n')).toEqual([
      para(text('This is '), { type: 'emphasis', children: [text('some text')] }, text(' and Moin, '), { type: 'anchor', id: 'here' }, text('x.')),
    ]);
  });

  it('nest, and leave brackets with no attributes after them as text, code untouched', () => {
    expect(blocksOf('[a [b]{.x} c]{.y} [not a span] [open]{ and `[code]{.x}`\n')).toEqual([
      para(text('a b c [not a span] [open]{ and '), { type: 'code', value: '[code]{.x}' }),
    ]);
    // Brackets inside a span pair among themselves, as Pandoc reads them.
    expect(blocksOf('[a [b] c]{.y} and [x]] y]{.z}\n')).toEqual([para(text('a [b] c and [x]] y]{.z}'))]);
  });

  it('links to a span’s or a div’s id lead there, with no warning', () => {
    const source = 'See [the option](#option--reference-doc) and [the list](#input-formats).\n\n[`--reference-doc=`*FILE*]{#option--reference-doc}\n\n::: {#input-formats}\nFormats.\n:::\n';
    const result = parse(withTitle(source));
    expect(messages(result)).toEqual([]);
    const [see] = documentOf(result).blocks;
    expect(see).toMatchObject({ type: 'paragraph', children: [text('See '), { type: 'link', url: '#option--reference-doc' }, text(' and '), { type: 'link', url: '#input-formats' }, text('.')] });
  });

  it('a span whose text names a link definition is a span, as in Pandoc’s Lua filters manual', () => {
    const source = 'See [the type](#type-alignment).\n\n*[Alignment]{#type-alignment}* is a string.\n\n[Alignment]: #type-alignment\n';
    const result = parse(withTitle(source));
    expect(messages(result)).toEqual([]);
    expect(documentOf(result).blocks[1]).toEqual(para({ type: 'emphasis', children: [{ type: 'anchor', id: 'type-alignment' }, text('Alignment')] }, text(' is a string.')));
  });
});
