// An HTML <figure> with one image and a <figcaption>: one figure, captioned by
// the <figcaption>, its alt text the <img>'s; anything else stays as it was.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentOf, FIXTURES, messages, parse, withTitle } from '../../helpers/parse.ts';

const manuscript = join(FIXTURES, 'images', 'book.md');
const blocks = (body: string) => documentOf(parse(withTitle(body), manuscript)).blocks;

describe('an HTML figure', () => {
  it('is one figure: the <figcaption> its caption, the <img> alt its alt text', () => {
    const [figure, after] = blocks('<figure>\n    <img src="wide.png" width="650" alt="Code Compilation and Code Interpretation" align="center">\n    <figcaption><em>Fig. 1: Compiled vs. Interpreted Code</em></figcaption>\n    <br><br>\n</figure>\n\nFigure 1 illustrates it.\n');
    expect(figure).toMatchObject({
      type: 'figure',
      image: { alt: 'Code Compilation and Code Interpretation' },
      caption: [{ type: 'emphasis', children: [{ type: 'text', value: 'Fig. 1: Compiled vs. Interpreted Code' }] }],
    });
    expect(after).toMatchObject({ type: 'paragraph', children: [{ type: 'text', value: 'Figure 1 illustrates it.' }] });
  });

  it('keeps a link around its image, and runs a caption’s paragraphs on as one line', () => {
    const [figure] = blocks('<figure>\n  <a href="https://example.com/"><img src="wide.png" alt="Linked"></a>\n  <figcaption><p>Two</p><p>paragraphs</p></figcaption>\n</figure>\n');
    expect(figure).toMatchObject({ type: 'figure', image: { alt: 'Linked' }, link: { url: 'https://example.com/' } });
    expect(figure?.type === 'figure' && figure.caption.map((inline) => ('value' in inline ? inline.value : '')).join('')).toBe('Two paragraphs');
  });

  it('whose picture is missing shows its alt text, then its caption on the next line of one paragraph (no page turn parts them), with a warning', () => {
    const result = parse(withTitle('<figure>\n  <img src="none.png" alt="Missing picture">\n  <figcaption>Caption of a missing one</figcaption>\n</figure>\n'), manuscript);
    expect(documentOf(result).blocks).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'Missing picture' }, { type: 'break' }, { type: 'text', value: 'Caption of a missing one' }] },
    ]);
    // At the <img>, on the figure's second line.
    expect(messages(result)).toEqual([expect.stringMatching(/book\.md:5:3: warning: image "none\.png" not found/u)]);
  });

  it('with two images, or none, is read as its content', () => {
    const two = blocks('<figure>\n<img src="wide.png" alt="A">\n<img src="tiny.gif" alt="B">\n<figcaption>Both</figcaption>\n</figure>\n');
    expect(two.some((block) => block.type === 'figure' && block.caption.some((inline) => 'value' in inline && inline.value === 'Both'))).toBe(false);
    expect(blocks('<figure>\n<blockquote>Quoted</blockquote>\n<figcaption>Someone</figcaption>\n</figure>\n')).toMatchObject([
      { type: 'blockquote' },
      { type: 'paragraph', children: [{ type: 'text', value: 'Someone' }] },
    ]);
  });
});
