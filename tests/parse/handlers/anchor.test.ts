// HTML anchors, `<a id>` and `<a name>`, as places `#` links lead to: inside a
// heading, on a line of their own above one, in an HTML block, beside a link.
import { describe, expect, it } from 'vitest';
import { blocksOf, documentOf, messages, parse, withTitle } from '../../helpers/parse.ts';

describe('anchor', () => {
  it('an <a name> inside a heading makes it a target by that name too, printing nothing', () => {
    const result = parse(withTitle('See [there](#considerations).\n\n### <a name="considerations"></a>Önemli noktalar\n'));
    const [paragraph, heading] = documentOf(result).blocks;
    expect(heading).toEqual({ type: 'heading', depth: 3, id: 'önemli-noktalar', children: [{ type: 'anchor', id: 'considerations' }, { type: 'text', value: 'Önemli noktalar' }] });
    expect(paragraph).toMatchObject({ children: [{ type: 'text' }, { type: 'link', url: '#considerations' }, { type: 'text' }] });
    expect(messages(result)).toEqual([]);
  });

  it('an <a id> in an HTML block, or beside a link’s href, is a target; an <a> without href is no link', () => {
    const result = parse(withTitle('<p><a name="c3"></a>Para in HTML.</p>\n\nText <a id="d4" href="https://example.com/">site</a>.\n'));
    const [html, text] = documentOf(result).blocks;
    expect(html).toEqual({ type: 'paragraph', children: [{ type: 'anchor', id: 'c3' }, { type: 'text', value: 'Para in HTML.' }] });
    expect(text).toMatchObject({ children: [{ type: 'text', value: 'Text ' }, { type: 'anchor', id: 'd4' }, { type: 'link', url: 'https://example.com/' }, { type: 'text' }] });
    expect(messages(result)).toEqual([]);
  });

  it('an anchor whose id is taken, or not an id, is left out with a warning', () => {
    const result = parse(withTitle('## Intro\n\nA <a id="intro"></a> and <a name="two words"></a>.\n'));
    expect(documentOf(result).blocks[1]).toEqual({ type: 'paragraph', children: [{ type: 'text', value: 'A ' }, { type: 'text', value: ' and ' }, { type: 'text', value: '.' }] });
    expect(messages(result)).toEqual([
      expect.stringMatching(/:6:3: warning: anchor "intro" is left out because an earlier heading or anchor has that id$/u),
      expect.stringMatching(/:6:26: warning: anchor "two words" is left out because it is not a valid id/u),
    ]);
  });

  it('a heading after an anchor of its name takes the next free id', () => {
    expect(blocksOf('<a id="intro"></a>\n## Intro\n')).toEqual([{ type: 'heading', depth: 2, id: 'intro-1', children: [{ type: 'anchor', id: 'intro' }, { type: 'text', value: 'Intro' }] }]);
  });
});
