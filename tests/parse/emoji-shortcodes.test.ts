// GitHub's emoji shortcodes print as the emoji, as GitHub and Pandoc's gfm
// reader print them; unknown names, times and code stay as written.
import { describe, expect, it } from 'vitest';
import { documentOf, messages, parse, withTitle } from '../helpers/parse.ts';

const text = (markdown: string): string => JSON.stringify(documentOf(parse(withTitle(markdown))).blocks);

describe('emoji shortcodes', () => {
  it('print GitHub\'s emoji for its names, +1 and -1 too, in text, links and headings', () => {
    expect(text('Shipped! :tada: We :heart: Markdown :+1: and :-1:')).toContain('Shipped! 🎉 We ❤️ Markdown 👍 and 👎');
    expect(text('## Done :white_check_mark:\n\n[Read :book:](https://example.org)')).toMatch(/Done ✅.*Read 📖/u);
  });

  it('leave unknown names, times, code and raw text as written, with no warning', () => {
    const markdown = 'See :ref: at 10:30:45 and `:tada:`:\n\n```\n:tada:\n```\n';
    expect(text(markdown)).toContain('See :ref: at 10:30:45 and ');
    expect(text(markdown)).not.toContain('🎉');
    expect(messages(parse(withTitle(markdown)))).toEqual([]);
  });
});
