// Obsidian's wikilinks and embeds print what its reading view shows: a link
// to a heading of this manuscript leads there, a link to another note is its
// text with one located warning, an embedded image is an image (its size in
// pixels after the bar); code and other brackets stay as written.
import { describe, expect, it } from 'vitest';
import { inlineText } from '../../src/text.ts';
import type { Block, Inline } from '../../src/document.ts';
import { documentOf, FIXTURES, messages, parse, withTitle } from '../helpers/parse.ts';

const paragraphOf = (blocks: readonly Block[], n = 0): readonly Inline[] => {
  const block = blocks.filter((b) => b.type === 'paragraph')[n];
  return block?.type === 'paragraph' ? block.children : [];
};
const strip = (inlines: readonly Inline[]): unknown => JSON.parse(JSON.stringify(inlines, (key, value: unknown) => (key === 'span' ? undefined : value)));

describe('wikilinks', () => {
  it('prints a link to another note as its shown text, else its name, a heading of it after ">"', () => {
    const result = parse(withTitle('See [[Page]], [[Page|the page]], [[Page#Part]], [[Page#Part#Sub]] and [[Page#Part|that part]].\n'));
    expect(inlineText(paragraphOf(documentOf(result).blocks))).toBe('See Page, the page, Page > Part, Page > Part > Sub and that part.');
  });

  it('warns once, at the first link to another note, with how many follow', () => {
    const result = parse(withTitle('# Top\n\nFirst [[#Top]], then\nthe *other* [[Notes/Page]] and [[Else]].\n\n- ![[Another note]]\n'));
    expect(messages(result)).toEqual([
      'book.md:7:13: warning: Obsidian\'s links to other notes ("[[Page]]", "![[Page]]"): this one, and 2 more after it, printed as text, the notes they name not being in the book',
    ]);
  });

  it('links a heading of this manuscript, shown by its heading text or the shown text', () => {
    const doc = documentOf(parse(withTitle('# Getting started\n\nBody.\n\n## Second part\n\nBack to [[#Getting started]] or [[#Second part|there]].\n')));
    const links = paragraphOf(doc.blocks, 1).filter((inline) => inline.type === 'link');
    const headings = doc.blocks.flatMap((b) => (b.type === 'heading' ? [b.id] : []));
    expect(links.map((link) => (link.type === 'link' ? [link.url, inlineText(link.children)] : []))).toEqual([
      [`#${headings[0]}`, 'Getting started'],
      [`#${headings[1]}`, 'there'],
    ]);
  });

  it('drops a link to a heading this manuscript lacks, as it drops [text](#nowhere), its text kept', () => {
    const result = parse(withTitle('Go [[#Nowhere]].\n'));
    expect(inlineText(paragraphOf(documentOf(result).blocks))).toBe('Go Nowhere.');
    expect(messages(result)).toEqual([expect.stringContaining('book.md:4:4: warning: link to "#nowhere" is dropped')]);
  });

  it('leaves code, footnotes, reference links, task lists and other brackets as written', () => {
    const body = 'A `[[code]]` span[^n], [text][ref], [[1], [2]] and [[ ]] and [x].\n\n```\n[[block]] ![[x.png]]\n```\n\n- [ ] task\n- [x] done\n\n[^n]: Note.\n\n[ref]: https://example.org\n';
    const result = parse(withTitle(body));
    const doc = documentOf(result);
    expect(inlineText(paragraphOf(doc.blocks))).toBe('A [[code]] span, text, [[1], [2]] and [[ ]] and [x].');
    expect(doc.blocks[1]).toMatchObject({ type: 'code', value: '[[block]] ![[x.png]]' });
    expect(doc.blocks[2]).toMatchObject({ type: 'list', items: [{ checked: false }, { checked: true }] });
    expect(messages(result)).toEqual([]);
  });
});

describe('embeds', () => {
  const file = `${FIXTURES}images/book.md`;

  it('embeds an image found beside the manuscript, its width in pixels or its description after the bar', () => {
    const doc = documentOf(parse(withTitle('Icons ![[wide.png|300]] and ![[wide.png|100x50]] and ![[wide.png|A wide one]] and ![[wide.png#interface]].\n'), file));
    const images = paragraphOf(doc.blocks).flatMap((inline) => (inline.type === 'image' ? [inline.image] : []));
    expect(images.map(({ url, alt, size }) => ({ url, alt, size }))).toEqual([
      { url: 'wide.png', alt: '', size: { width: { value: 225, unit: 'pt' } } },
      { url: 'wide.png', alt: '', size: { width: { value: 75, unit: 'pt' }, height: { value: 37.5, unit: 'pt' } } },
      { url: 'wide.png', alt: 'A wide one', size: undefined },
      { url: 'wide.png', alt: '', size: undefined },
    ]);
    expect(images[0]?.at).toEqual({ line: 4, column: 7 });
  });

  it('makes an embed alone in its paragraph a figure with no caption, its description the alt text alone, as Obsidian prints it', () => {
    const [figure] = documentOf(parse(withTitle('![[wide.png|A wide one|300]]\n'), file)).blocks;
    expect(figure).toMatchObject({ type: 'figure', caption: [], image: { alt: 'A wide one', size: { width: { value: 225, unit: 'pt' } } } });
  });

  it('finds an image by name in a subfolder, as Obsidian finds attachments', () => {
    const result = parse(withTitle('![[tall.png]]\n'), file);
    const [figure] = documentOf(result).blocks;
    expect(figure).toMatchObject({ type: 'figure', image: { url: 'sub/tall.png' } });
    expect(messages(result)).toEqual([]);
  });

  it('reads a wikilink and an embed in a table cell, their bars written \\|, located where written', () => {
    const result = parse(withTitle('| a | b |\n|---|---|\n| [[Page\\|shown]] | ![[absent.png\\|200]] |\n'), file);
    const [table] = documentOf(result).blocks;
    expect(table?.type === 'table' ? table.rows[1]?.cells.map((cell) => inlineText(cell.children)) : table).toEqual(['shown', '']);
    expect(messages(result)).toEqual([
      expect.stringMatching(/book\.md:6:3: warning: Obsidian's links to other notes/u),
      expect.stringMatching(/book\.md:6:21: warning: image "absent\.png" not found/u),
    ]);
  });

  it('leaves an image found nowhere to the usual warning, and a note embedded as its text', () => {
    const result = parse(withTitle('![[absent.png]]\n\nAnd ![[Chapter two#Start|the start]].\n'), file);
    expect(inlineText(paragraphOf(documentOf(result).blocks))).toBe('And the start.');
    expect(messages(result)).toEqual([
      expect.stringMatching(/book\.md:4:1: warning: image "absent\.png" not found/u),
      expect.stringMatching(/book\.md:6:5: warning: Obsidian's links to other notes/u),
    ]);
  });
});
