// Pandoc's fenced divs, with the examples of Pandoc's manual ("Divs and
// Spans"): the fences and attributes are not printed, the content is, nested
// divs close innermost first, an id is a place links lead to, and a Quarto
// callout is a callout.
import { describe, expect, it } from 'vitest';
import { blocksOf } from '../helpers/parse.ts';

const text = (value: string) => ({ type: 'text', value }) as const;
const para = (...children: unknown[]) => ({ type: 'paragraph', children });

describe('fenced divs', () => {
  it('print their blocks, not their fences; the id becomes an anchor on the first block', () => {
    expect(blocksOf('::::: {#special .sidebar}\nHere is a paragraph.\n\nAnd another.\n:::::\n\nAfter.\n')).toEqual([
      para({ type: 'anchor', id: 'special' }, text('Here is a paragraph.')),
      para(text('And another.')),
      para(text('After.')),
    ]);
  });

  it('nest, a fence of colons alone closing the innermost open div whatever its length', () => {
    const source = '::: Warning ::::::\nThis is a warning.\n\n::: Danger\nThis is a warning within a warning.\n:::\n::::::::::::::::::\n\n::: outer\n::: inner\nIn both.\n:::\nIn outer.\n:::\n\nOutside.\n';
    expect(blocksOf(source)).toEqual([
      para(text('This is a warning.')),
      para(text('This is a warning within a warning.')),
      para(text('In both.')),
      para(text('In outer.')),
      para(text('Outside.')),
    ]);
  });

  it('hold any blocks, and close a list or paragraph without a blank line', () => {
    const [list, after] = blocksOf('::: {.notes}\n- one\n- two\n:::\nAfter.\n');
    expect(list).toMatchObject({ type: 'list', items: [{ children: [para(text('one'))] }, { children: [para(text('two'))] }] });
    expect(after).toEqual(para(text('After.')));
  });

  it('work inside list items and definitions, indented with them', () => {
    const [list] = blocksOf('- item\n\n  ::: {.x}\n  inside\n  :::\n\n  still the item\n');
    expect(list).toMatchObject({ type: 'list', items: [{ children: [para(text('item')), para(text('inside')), para(text('still the item'))] }] });
    const [definitions] = blocksOf('Term\n\n:   Definition.\n\n    ::: {#input-formats}\n    More.\n    :::\n');
    expect(definitions).toEqual({ type: 'definitionList', items: [{ term: [text('Term')], definitions: [[para(text('Definition.')), para({ type: 'anchor', id: 'input-formats' }, text('More.'))]] }] });
  });

  it('a Quarto callout is a callout of its kind, its title first, in bold', () => {
    expect(blocksOf('::: {.callout-warning title="Mind the gap"}\nStand back.\n:::\n')).toEqual([
      { type: 'callout', kind: 'warning', children: [para({ type: 'strong', children: [text('Mind the gap')] }), para(text('Stand back.'))] },
    ]);
  });

  it('an admonition (Docusaurus, VuePress) is the callout that says the same, its title first, in bold', () => {
    expect(blocksOf(':::tip\nUse the Fast Track.\n:::\n')).toEqual([{ type: 'callout', kind: 'tip', children: [para(text('Use the Fast Track.'))] }]);
    expect(blocksOf(':::info Meta-Only\nRun this.\n:::\n')).toEqual([
      { type: 'callout', kind: 'note', children: [para({ type: 'strong', children: [text('Meta-Only')] }), para(text('Run this.'))] },
    ]);
    expect(blocksOf(':::danger[Take care]\nHot.\n:::\n')).toEqual([
      { type: 'callout', kind: 'caution', children: [para({ type: 'strong', children: [text('Take care')] }), para(text('Hot.'))] },
    ]);
    expect(blocksOf('::: {.sidebar}\nAside.\n:::\n')).toEqual([para(text('Aside.'))]);
  });

  it('colons with prose after them, or too few, are text; a fence in code is code', () => {
    expect(blocksOf('::: this is {not} a fence\n\n:: {.x}\n')).toEqual([para(text('::: this is {not} a fence')), para(text(':: {.x}'))]);
    expect(blocksOf('```\n::: {.x}\n:::\n```\n')).toEqual([{ type: 'code', lang: null, value: '::: {.x}\n:::' }]);
  });

  it('a div never closed runs to the end, losing nothing', () => {
    expect(blocksOf('::: {.x}\nOne.\n\nTwo.\n')).toEqual([para(text('One.')), para(text('Two.'))]);
  });
});
