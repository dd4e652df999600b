// What GitHub and Pandoc accept in manuscripts from the wild: linked figures,
// captions from alt text, heading attributes, ragged table rows.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksOf, documentOf, FIXTURES, messages, parse, withTitle } from '../../helpers/parse.ts';

const folder = join(FIXTURES, 'images');
const parseHere = (body: string) => parse(withTitle(body), join(folder, 'book.md'));

describe('figures', () => {
  it('makes a linked image alone in its paragraph a figure that keeps its link', () => {
    const result = parseHere('[![](wide.png)](https://example.com/chart)\n');
    const [figure] = documentOf(result).blocks;
    expect(figure).toMatchObject({ type: 'figure', image: { path: join(folder, 'wide.png') }, caption: [], link: { url: 'https://example.com/chart' } });
    expect(messages(result)).toEqual([]);
  });

  it('resolves reference links and images around a figure', () => {
    const [figure] = documentOf(parseHere('[![Chart][c]][l]\n\n[c]: wide.png\n[l]: https://example.com/\n')).blocks;
    expect(figure).toMatchObject({ type: 'figure', caption: [{ type: 'text', value: 'Chart' }], link: { url: 'https://example.com/' } });
  });

  it('keeps the figure but drops an unsafe link around it, naming the link', () => {
    const result = parseHere('[![A](wide.png)](javascript:alert(1))\n');
    const [figure] = documentOf(result).blocks;
    expect(figure?.type === 'figure' && figure.link).toBeUndefined();
    expect(messages(result)).toEqual([expect.stringMatching(/:4:1: warning: link to "javascript:alert\(1\)" around the image is dropped/)]);
  });

  it('captions a figure by its alt text as Pandoc does, the title staying the image title', () => {
    const [figure] = documentOf(parseHere('![Figure 1: growth](wide.png "hover text")\n')).blocks;
    expect(figure).toMatchObject({ caption: [{ type: 'text', value: 'Figure 1: growth' }], image: { title: 'hover text' } });
  });

  it('falls back on the title for the caption of an image with no alt text', () => {
    const [figure] = documentOf(parseHere('![](wide.png "Only a title")\n')).blocks;
    expect(figure).toMatchObject({ caption: [{ type: 'text', value: 'Only a title' }] });
  });
});

describe('image attributes', () => {
  it('reads Pandoc attributes after an image and does not print them, the image staying a figure', () => {
    const result = parseHere('![A figure](wide.png){#fig:one short-caption="A short one\nover two lines" width="50%"}\n\nText ![b](wide.png){.small} more.\n');
    const [figure, paragraph] = documentOf(result).blocks;
    expect(figure).toMatchObject({ type: 'figure', id: 'fig:one', caption: [{ type: 'text', value: 'Figure 1: ' }, { type: 'text', value: 'A figure' }] });
    expect(paragraph).toMatchObject({ type: 'paragraph', children: [{ type: 'text', value: 'Text ' }, { type: 'image' }, { type: 'text', value: ' more.' }] });
    expect(messages(result)).toEqual([]);
  });
});

describe('remote images', () => {
  it('keeps the alt text of a linked badge, still linked, and names the image it did not fetch', () => {
    const result = parse(withTitle('[![build status](https://ci.example/badge.svg)](https://ci.example/)\n'));
    expect(documentOf(result).blocks).toEqual([{ type: 'paragraph', children: [{ type: 'link', url: 'https://ci.example/', children: [{ type: 'text', value: 'build status' }] }] }]);
    expect(messages(result)).toEqual([expect.stringMatching(/:4:2: warning: remote image "https:\/\/ci\.example\/badge\.svg" is not fetched/)]);
  });
});

describe('heading attributes', () => {
  it('takes the id from {#id .class} and does not print the attributes; .unnumbered and - mark the heading unnumbered', () => {
    const blocks = blocksOf('# Beginning {#begin .unnumbered}\n\n## Setext {-}\n\n## Set {a}\n\nSee [here](#begin).\n');
    expect(blocks.slice(0, 3)).toEqual([
      { type: 'heading', depth: 1, id: 'begin', children: [{ type: 'text', value: 'Beginning' }], unnumbered: true },
      { type: 'heading', depth: 2, id: 'setext', children: [{ type: 'text', value: 'Setext' }], unnumbered: true },
      { type: 'heading', depth: 2, id: 'set-a', children: [{ type: 'text', value: 'Set {a}' }] },
    ]);
    expect(blocks[3]).toMatchObject({ type: 'paragraph', children: [{ type: 'text' }, { type: 'link', url: '#begin' }, { type: 'text' }] });
  });

  it('warns and slugs the text when the id is taken or invalid', () => {
    const result = parse(withTitle('# One {#x}\n\n# Two {#x}\n\n# Three {#50%}\n'));
    expect(documentOf(result).blocks.map((b) => (b.type === 'heading' ? b.id : ''))).toEqual(['x', 'two', 'three']);
    expect(messages(result)).toEqual([
      expect.stringMatching(/:6:1: warning: heading id "#x" is not used because an earlier heading or anchor has that id/),
      expect.stringMatching(/:8:1: warning: heading id "#50%" is not used because it is not a valid id/),
    ]);
  });
});

describe('tables', () => {
  it('gives every row the header column count, dropping extra cells with a warning that names them', () => {
    const result = parse(withTitle('| NOTE |\n| --- |\n| a | extra | more |\n| b | |\n\n| A | B | C |\n| - | - | - |\n| 1 |\n'));
    const tables = documentOf(result).blocks.filter((b) => b.type === 'table');
    expect(tables.map((t) => t.type === 'table' && t.rows.map((r) => r.cells.length))).toEqual([
      [1, 1, 1],
      [3, 3],
    ]);
    expect(messages(result)).toEqual([expect.stringMatching(/:6:5: warning: table row has 3 cells but the header has 1; left out, as GitHub does: "extra", "more"/)]);
  });
});
