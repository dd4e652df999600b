// A <style> (or <script>) with blank lines inside, as nbconvert writes a
// DataFrame's, is left out whole: none of its CSS is printed as code.
import { describe, expect, it } from 'vitest';
import { documentOf, messages, parse, withTitle } from '../helpers/parse.ts';

const NBCONVERT = `<div>
<style scoped>
    .a { color: red; }

    .dataframe thead th {
        text-align: right;
    }
</style>
<table>
  <tr><th>name</th><td>CO2</td></tr>
</table>
</div>

After.
`;

describe('a style element with blank lines inside', () => {
  it('is left out whole, the table after it kept, with the one warning', () => {
    const result = parse(withTitle(NBCONVERT));
    const blocks = documentOf(result).blocks;
    expect(blocks.map((block) => block.type)).toEqual(['table', 'paragraph']);
    expect(JSON.stringify(blocks)).not.toMatch(/dataframe|text-align/u);
    expect(messages(result)).toEqual(['book.md:5:1: warning: a <style> element is left out of the output']);
  });

  it('a script likewise; text after a closed style, and a style never closed, stay as they are', () => {
    expect(documentOf(parse(withTitle('<script>\nvar a = 1;\n\n    var b = 2;\n</script>\n\nText.\n'))).blocks.map((block) => block.type)).toEqual(['paragraph']);
    expect(documentOf(parse(withTitle('<style>p {}</style>\n\n    code stays\n'))).blocks.map((block) => block.type)).toEqual(['code']);
    expect(documentOf(parse(withTitle('<div><style>\n\nText never closed.\n'))).blocks.map((block) => block.type)).toEqual(['paragraph']);
  });
});
