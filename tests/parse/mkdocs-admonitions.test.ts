// MkDocs's admonitions (`!!!`, `???`, `???+`) printed as callouts, their
// titles bold first lines, their indented bodies parsed as Markdown and placed
// where they stand; content tabs as a bold label and the body; `!!!` in code,
// or with no indented body, as written.
import type { FencedDiv, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.ts';
import { parseMarkdown } from '../../src/parse/markdown.ts';
import { blocksOf } from '../helpers/parse.ts';

const bold = (value: string) => ({ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value }] }] });
const para = (value: string) => ({ type: 'paragraph', children: [{ type: 'text', value }] });

describe('MkDocs admonitions', () => {
  it('print as callouts of the kind their type says, a non-empty title in bold first', () => {
    const body = ['!!! note "Optional title"', '    First.', '', '    Second.', '', '!!! warning', '    Text.', '', '!!! danger ""', '    No title.', '', '!!! bug', '    A bug.', '', '!!! custom', '    Unknown.'].join('\n');
    expect(blocksOf(body)).toEqual([
      { type: 'callout', kind: 'note', children: [bold('Optional title'), para('First.'), para('Second.')] },
      { type: 'callout', kind: 'warning', children: [para('Text.')] },
      { type: 'callout', kind: 'caution', children: [para('No title.')] },
      { type: 'callout', kind: 'warning', children: [para('A bug.')] },
      { type: 'callout', kind: 'note', children: [para('Unknown.')] },
    ]);
  });

  it('read pymdownx.details’s ??? and ???+ as admonitions, one right after another’s body too', () => {
    expect(blocksOf('??? tip "Collapsible"\n    Folded.\n\n???+ question\n    Open.\n!!! success\n    Done.\n')).toEqual([
      { type: 'callout', kind: 'tip', children: [bold('Collapsible'), para('Folded.')] },
      { type: 'callout', kind: 'important', children: [para('Open.')] },
      { type: 'callout', kind: 'tip', children: [para('Done.')] },
    ]);
  });

  it('parse the body as Markdown: a list, code (whose !!! stays) and an admonition nested at eight spaces', () => {
    const body = ['!!! example', '    - one', '    - two', '', '    ```', '    !!! note', '    ```', '', '    !!! info "Inner"', '        Nested.'].join('\n');
    const [box] = blocksOf(body);
    expect(box).toMatchObject({ type: 'callout', kind: 'note', children: [{ type: 'list' }, { type: 'code', value: '!!! note' }, { type: 'callout', kind: 'note', children: [bold('Inner'), para('Nested.')] }] });
  });

  it('leave !!! in code, in inline code, and with no indented body as written', () => {
    expect(blocksOf('```\n!!! note\n    text\n```\n\nSay `!!! note`.\n\n    !!! note\n        code\n\n!!! note\n\nAfter.\n')).toEqual([
      { type: 'code', lang: null, value: '!!! note\n    text' },
      { type: 'paragraph', children: [{ type: 'text', value: 'Say ' }, { type: 'code', value: '!!! note' }, { type: 'text', value: '.' }] },
      { type: 'code', lang: null, value: '!!! note\n    code' },
      para('!!! note'),
      para('After.'),
    ]);
  });

  it('read a box in a list item or a definition, indented four from its !!!, and not one in a quote', () => {
    const [list, definitions, quote] = blocksOf('- !!! tip\n      In a list.\n\n`note`\n\n:   !!! note\n\n        In a definition.\n\n> !!! note\n>     In a quote.\n');
    expect(list).toMatchObject({ type: 'list', items: [{ children: [{ type: 'callout', kind: 'tip', children: [para('In a list.')] }] }] });
    expect(JSON.stringify(definitions)).toContain(JSON.stringify({ type: 'callout', kind: 'note', children: [para('In a definition.')] }));
    expect(quote).toMatchObject({ type: 'blockquote', children: [para('!!! note In a quote.')] });
  });

  it('print a content tab as its label in bold and its body, an empty one as its label', () => {
    expect(blocksOf('=== "Tab 1"\n    One.\n\n=== "Tab 2"\n\n    - two\n\n=== "Empty"\n\nAfter.\n')).toMatchObject([bold('Tab 1'), para('One.'), bold('Tab 2'), { type: 'list' }, bold('Empty'), para('After.')]);
  });

  it('read a reference link in the body with a definition outside it', () => {
    const [box] = blocksOf('!!! note\n    See [the guide].\n\n[the guide]: https://example.org/guide\n');
    expect(box).toMatchObject({ type: 'callout', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'See ' }, { type: 'link', url: 'https://example.org/guide' }, { type: 'text', value: '.' }] }] });
  });

  it('place a body paragraph where it stands in the manuscript, nested ones too', () => {
    const text = 'Intro.\n\n!!! note\n    Body *here*.\n\n    !!! tip\n        Deep.\n';
    const root = parseMarkdown(text, new Diagnostics('m.md')) as Root;
    const box = root.children[1] as FencedDiv;
    const paragraph = box.children[0];
    expect(paragraph?.position?.start).toEqual({ line: 4, column: 5, offset: text.indexOf('Body') });
    expect(paragraph?.position?.end).toEqual({ line: 4, column: 17, offset: text.indexOf('.\n\n    !!!') + 1 });
    const deep = (box.children[1] as FencedDiv).children[0];
    expect(deep?.position?.start).toEqual({ line: 7, column: 9, offset: text.indexOf('Deep') });
  });
});
