// Pandoc's attribute blocks after inline code, links and images, as its
// inline_code_attributes and link_attributes extensions read them: never
// printed, the id a place links lead to; braces that are no attribute block,
// or that stand after a space or an escape, stay text.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksOf, documentOf, FIXTURES, messages, parse, withTitle } from '../helpers/parse.ts';

const text = (value: string) => ({ type: 'text', value }) as const;
const para = (...children: unknown[]) => ({ type: 'paragraph', children });
const link = (url: string, ...children: unknown[]) => ({ type: 'link', url, children });

describe('attributes after inline code and links', () => {
  it('are read and not printed, as in the jekyll docs (`white`{.white}, [button](…){.button})', () => {
    const result = parse(withTitle('Use `white`{.white} and [button](https://example.org){.button key="a value"}.\n'));
    expect(documentOf(result).blocks).toEqual([para(text('Use '), { type: 'code', value: 'white' }, text(' and '), link('https://example.org', text('button')), text('.'))]);
    expect(messages(result)).toEqual([]);
  });

  it('after a full or collapsed reference link, an autolink, and an empty block {}', () => {
    const blocks = blocksOf('[text][ref]{.x} [ref][]{#r} <https://example.org>{.y} `z`{}\n\n[ref]: https://example.org\n');
    expect(blocks).toEqual([
      para(link('https://example.org', text('text')), text(' '), { type: 'anchor', id: 'r' }, link('https://example.org', text('ref')), text(' '), link('https://example.org', text('https://example.org')), text(' '), { type: 'code', value: 'z' }),
    ]);
  });

  it('make the id a place links lead to, as a span’s is, with no warning', () => {
    const result = parse(withTitle('See [the flag](#flag).\n\nThe `--flag`{#flag .sh} option.\n'));
    expect(messages(result)).toEqual([]);
    expect(documentOf(result).blocks[1]).toEqual(para(text('The '), { type: 'anchor', id: 'flag' }, { type: 'code', value: '--flag' }, text(' option.')));
  });

  it('leave braces that are no attribute block, or stand after a space or an escape, as text', () => {
    expect(blocksOf('`a`{not attrs} `b` {.c} `d`\\{.e} [f](https://example.org){#}, `g`{.h}\n')).toEqual([
      para({ type: 'code', value: 'a' }, text('{not attrs} '), { type: 'code', value: 'b' }, text(' {.c} '), { type: 'code', value: 'd' }, text('{.e} '), link('https://example.org', text('f')), text('{#}, '), { type: 'code', value: 'g' }),
    ]);
  });

  it('are read inside links, tables and headings, and over a line ending; a heading’s own block still follows', () => {
    const blocks = blocksOf('# The `x`{.c} option {#opt}\n\n| [a](https://example.org){.b} | `c`{.d} |\n|---|---|\n\nText [`e`{.f}](https://example.org){.g\nkey=v}.\n');
    expect(blocks[0]).toEqual({ type: 'heading', depth: 1, id: 'opt', children: [text('The '), { type: 'code', value: 'x' }, text(' option')] });
    expect(blocks[1]).toMatchObject({ type: 'table', rows: [{ cells: [{ children: [link('https://example.org', text('a'))] }, { children: [{ type: 'code', value: 'c' }] }] }] });
    expect(blocks[2]).toEqual(para(text('Text '), link('https://example.org', { type: 'code', value: 'e' }), text('.')));
  });
});

describe('malformed attribute blocks', () => {
  it('never stop the parse: unclosed, nested or odd braces stay text', () => {
    const source = '`a`{ `b`{.c `d`{{.e}} `f`{.g}} [h](https://example.org){key="open} `i`{#x #y} `j`{=html}\n';
    const result = parse(withTitle(source));
    const [paragraph] = documentOf(result).blocks;
    expect(paragraph?.type === 'paragraph' && paragraph.children.filter((child) => child.type === 'text').map((child) => child.type === 'text' && child.value)).toEqual([
      '{ ', '{.c ', '{{.e}} ', '} ', '{key=“open} ', ' ', '{=html}',
    ]);
    expect(messages(result)).toEqual([]);
  });
});

describe('attributes after images', () => {
  const folder = join(FIXTURES, 'images');
  it('are read and not printed after an inline image and a linked figure; an inline image’s id is an anchor', () => {
    const result = parse(withTitle('[![A](wide.png)](https://example.org){.link}\n\nText ![b](wide.png){#pic width=50%} more.\n'), join(folder, 'book.md'));
    const [figure, paragraph] = documentOf(result).blocks;
    expect(figure).toMatchObject({ type: 'figure', link: { url: 'https://example.org' }, caption: [text('A')] });
    expect(paragraph).toMatchObject(para(text('Text '), { type: 'anchor', id: 'pic' }, { type: 'image' }, text(' more.')));
    expect(messages(result)).toEqual([]);
  });
});

describe('the id after an image alone in its paragraph', () => {
  const folder = join(FIXTURES, 'images');
  it('is the figure’s, and links to it lead there', () => {
    const result = parse(withTitle('See [the map](#fig:map).\n\n![A map](wide.png){#fig:map width=50%}\n\n[![Linked](wide.png){#linked}](https://example.org)\n'), join(folder, 'book.md'));
    const [paragraph, figure, linked] = documentOf(result).blocks;
    expect(paragraph).toEqual(para(text('See '), link('#fig:map', text('the map')), text('.')));
    // pandoc-crossref's fig: label numbers it, too (crossref-targets.ts).
    expect(figure).toMatchObject({ type: 'figure', id: 'fig:map', caption: [text('Figure 1: '), text('A map')] });
    expect(linked).toMatchObject({ type: 'figure', id: 'linked', link: { url: 'https://example.org' } });
    expect(messages(result)).toEqual([]);
  });

  it('already taken is left out with a warning at the image; a missing picture’s stand-in text takes it', () => {
    const result = parse(withTitle('# Map {#map}\n\n![A map](wide.png){#map}\n\n![Gone](none.png){#gone}\n\n[back](#gone)\n'), join(folder, 'book.md'));
    const [, figure, missing] = documentOf(result).blocks;
    expect(figure).not.toHaveProperty('id');
    expect(missing).toEqual(para({ type: 'anchor', id: 'gone' }, text('Gone')));
    expect(messages(result)).toEqual([
      expect.stringMatching(/:6:1: warning: figure id "#map" is not used because an earlier heading or anchor has that id$/u),
      expect.stringMatching(/:8:1: warning: image "none\.png" not found/u),
    ]);
  });
});
