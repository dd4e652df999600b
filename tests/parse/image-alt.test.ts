// An image's description keeps what Markdown wrote in it: a figure's caption
// has its emphasis, math and citations, as Pandoc's has, and its alt text the
// words the reader sees.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentOf as citedDocument, messages as citedMessages, parseBook, showBlock } from '../helpers/cite.ts';
import { documentOf, FIXTURES, messages, parse, withTitle } from '../helpers/parse.ts';

const manuscript = join(FIXTURES, 'images', 'book.md');
const parseHere = (body: string) => parse(withTitle(body), manuscript);

describe('an image’s description', () => {
  it('captions a figure with its emphasis, code and math; the alt text is their words', () => {
    const [figure] = documentOf(parseHere('![A *red* field, `code` and $x^2$](wide.png)\n')).blocks;
    expect(figure).toMatchObject({
      type: 'figure',
      caption: [
        { type: 'text', value: 'A ' },
        { type: 'emphasis', children: [{ type: 'text', value: 'red' }] },
        { type: 'text', value: ' field, ' },
        { type: 'code', value: 'code' },
        { type: 'text', value: ' and ' },
        { type: 'math', tex: 'x^2', display: false },
      ],
    });
    expect(figure?.type === 'figure' && figure.image.alt).toBe('A red field, code and x^2');
  });

  it('keeps a plain description as it was, and a title captions an image without one', () => {
    const [plain, titled] = documentOf(parseHere('![A red field](wide.png)\n\n![](wide.png "Figure one")\n')).blocks;
    expect(plain).toMatchObject({ type: 'figure', caption: [{ type: 'text', value: 'A red field' }], image: { alt: 'A red field' } });
    expect(titled).toMatchObject({ type: 'figure', caption: [{ type: 'text', value: 'Figure one' }] });
  });

  it('cites a source named in a caption, which is then no source left uncited', () => {
    const result = parseBook('![Harbours, after @doe.](missing.png)\n');
    expect(citedMessages(result).filter((m) => m.includes('"doe"'))).toEqual([]);
    expect(citedMessages(result).some((m) => m.includes('"ames" is never cited'))).toBe(true);
    const document = citedDocument(result);
    expect(showBlock(document.blocks[0]!)).toBe('Harbours, after Jane Doe.^1');
    expect(document.notes.map((note) => note.label)).toEqual(['@doe']);
  });

  it('stands in for a missing image with its inlines, and a remote one’s too', () => {
    const result = parseHere('Before ![a *red* field](https://example.org/f.png) after.\n');
    expect(messages(result)).toEqual([expect.stringMatching(/remote image "https:\/\/example\.org\/f\.png" is not fetched .* its alt text is shown instead/u)]);
    expect(documentOf(result).blocks[0]).toMatchObject({ children: [{ value: 'Before ' }, { value: 'a ' }, { type: 'emphasis' }, { value: ' field' }, { value: ' after.' }] });
  });
});
