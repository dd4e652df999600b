// MyST's directives: admonitions as callouts (a named one's argument its first
// line, `{admonition}`'s its title, `:class:` its kind), `{code-block}` as a
// listing, `{math}` as display math, options left out; colon fences too;
// others as written, pointed out once per name (site-directives.test.ts).
import type { FencedDiv, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.ts';
import { parseMarkdown } from '../../src/parse/markdown.ts';
import { blocksOf, messages, parse, withTitle } from '../helpers/parse.ts';

const bold = (value: string) => ({ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value }] }] });
const para = (value: string) => ({ type: 'paragraph', children: [{ type: 'text', value }] });

describe('MyST directives', () => {
  it('print admonitions as callouts, their bodies parsed as Markdown', () => {
    const body = ['```{note}', 'Body **bold**.', '```', '', '```{warning} First line', 'Second line.', '```', '', '```{admonition} My title', ':class: tip', 'Body.', '```', '', '```{hint}', '---', 'class: x', '---', '- item', '```', '', '```{seealso} Lead', ':class: dropdown', 'Rest.', '```'].join('\n');
    expect(blocksOf(body)).toEqual([
      { type: 'callout', kind: 'note', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Body ' }, { type: 'strong', children: [{ type: 'text', value: 'bold' }] }, { type: 'text', value: '.' }] }] },
      { type: 'callout', kind: 'warning', children: [para('First line Second line.')] },
      { type: 'callout', kind: 'tip', children: [bold('My title'), para('Body.')] },
      { type: 'callout', kind: 'tip', children: [{ type: 'list', ordered: false, start: 1, spread: false, items: [{ checked: null, children: [para('item')] }] }] },
      { type: 'callout', kind: 'note', children: [para('Lead'), para('Rest.')] },
    ]);
  });

  it('read a colon fence, and an admonition nested in one with more backticks', () => {
    expect(blocksOf(':::{danger}\nRun.\n:::\n\n````{note}\n```{tip}\nInner.\n```\n````\n')).toEqual([
      { type: 'callout', kind: 'caution', children: [para('Run.')] },
      { type: 'callout', kind: 'note', children: [{ type: 'callout', kind: 'tip', children: [para('Inner.')] }] },
    ]);
  });

  it('print {code-block} as a listing in its language and {math} as display math, without their options', () => {
    expect(blocksOf('```{code-block} python\n:linenos:\n:caption: Demo\nprint(1)\n```\n\n```{math}\n:label: mass\nE = mc^2\n```\n')).toEqual([
      { type: 'code', lang: 'python', value: 'print(1)' },
      { type: 'paragraph', children: [{ type: 'math', tex: 'E = mc^2', display: true }] },
    ]);
  });

  it('leave another directive as written, with one warning per name', () => {
    const result = parse(withTitle('```{figure} a.png\n:width: 50%\n```\n\n```{toctree}\nintro\n```\n\n```{figure} b.png\n```\n'));
    expect(messages(result)).toEqual([
      'book.md:4:1: warning: MyST\'s "{figure}" directive: this one, and 1 more after it, printed as written; Galley reads Markdown, not a site generator\'s templates',
      'book.md:8:1: warning: MyST\'s "{toctree}" directive: this one printed as written; Galley reads Markdown, not a site generator\'s templates',
    ]);
    expect(result.document?.blocks[0]).toEqual({ type: 'code', lang: '{figure}', value: ':width: 50%' });
  });

  it('place a body paragraph, and a named admonition’s first line, where they stand', () => {
    const text = '- item\n\n  ```{note} Lead\n  Body.\n  ```\n';
    const root = parseMarkdown(text, new Diagnostics('m.md')) as Root;
    const list = root.children[0] as unknown as { children: { children: FencedDiv[] }[] };
    const box = list.children[0]?.children[1] as FencedDiv;
    expect(box.children[0]?.position?.start).toEqual({ line: 3, column: 13, offset: text.indexOf('Lead') });
    expect(box.children[0]?.position?.end).toEqual({ line: 4, column: 8, offset: text.indexOf('Body.') + 5 });
  });
});
