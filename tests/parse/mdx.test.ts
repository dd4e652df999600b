// MDX read as GitHub shows it, without what MDX never prints: comments are
// left out (a heading's `{/* #id */}` is its id), import and export
// statements are left out with a warning, and each component is pointed out.
import { describe, expect, it } from 'vitest';
import { blocksOf, documentOf, messages, parse, withTitle } from '../helpers/parse.ts';

describe('MDX', () => {
  it('a comment is left out; at a heading’s end it is the heading’s id', () => {
    const [heading, paragraph] = blocksOf('## Requirements {/* #reqs */}\n\nText {/* a note to editors */} here.\n');
    expect(heading).toMatchObject({ type: 'heading', id: 'reqs', children: [{ type: 'text', value: 'Requirements' }] });
    expect(JSON.stringify(paragraph)).not.toContain('/*');
  });

  it('import and export statements are left out, with one warning at the first', () => {
    const body = ['```mdx-code-block', "import Tabs from '@theme/Tabs';", '```', '', 'Prose.', '', "import UpgradeGuide from '@site/src/components/UpgradeGuide';", "export const year = 2026;"].join('\n');
    const result = parse(withTitle(body));
    expect(messages(result)).toEqual(['book.md:4:1: warning: MDX import or export statement: this one, and 1 more after it, is JavaScript, not text, and is left out']);
    expect(JSON.stringify(documentOf(result).blocks)).not.toMatch(/import|export|Tabs/u);
  });

  it('a paragraph that only mentions importing is prose', () => {
    expect(JSON.stringify(blocksOf('Import the data from the archive, then export it.\n'))).toContain('Import the data');
  });

  it('a generic type in prose, read as a tag, is pointed out: its words are missing', () => {
    expect(messages(parse(withTitle('A List<String> of names.\n')))).toEqual([
      'book.md:4:7: warning: <String> is no HTML element (an MDX component?): this one is left out, as GitHub leaves it out, the Markdown between its tags kept; to print it, put it in backticks',
    ]);
  });

  it('a component is pointed out once per name, its Markdown content kept', () => {
    const result = parse(withTitle('<Tabs>\n\nInside the tabs.\n\n</Tabs>\n\n<UpgradeGuide />\n\n<Tabs>\n\nAgain.\n\n</Tabs>\n'));
    expect(messages(result)).toEqual([
      "book.md:4:1: warning: <Tabs> is no HTML element (an MDX component?): this one, and 1 more after it, is left out, as GitHub leaves it out, the Markdown between its tags kept; to print it, put it in backticks",
      "book.md:10:1: warning: <UpgradeGuide> is no HTML element (an MDX component?): this one is left out, as GitHub leaves it out, the Markdown between its tags kept; to print it, put it in backticks",
    ]);
    expect(JSON.stringify(documentOf(result).blocks)).toContain('Inside the tabs.');
  });
});
