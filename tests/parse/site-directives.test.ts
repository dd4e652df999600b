// Site generators' directives (mdBook, Jekyll, Hugo) are printed as written,
// and each kind pointed out once, at its first place, with how many follow.
import { describe, expect, it } from 'vitest';
import { documentOf, messages, parse, withTitle } from '../helpers/parse.ts';

describe('site generators’ directives', () => {
  it('are printed as written, each kind warned about once at its first place', () => {
    const body = [
      '```rust',
      '{{#include ../listings/ch02/main.rs:all}}',
      '```',
      '',
      '{% highlight ruby %}',
      'def hi; end',
      '{% endhighlight %}',
      '',
      '{{< figure src="a.png" >}} and {{% note %}}x{{% /note %}}',
      '',
      '```rust',
      '{{#rustdoc_include ../listings/ch02/lib.rs}}',
      '```',
    ].join('\n');
    const result = parse(withTitle(body));
    expect(messages(result)).toEqual([
      'book.md:5:1: warning: mdBook\'s "{{#include …}}" (the file is not read in): this one, and 1 more after it, printed as written; Galley reads Markdown, not a site generator\'s templates',
      'book.md:8:1: warning: Jekyll\'s Liquid tags ("{% highlight %}", "{% include %}"): this one, and 1 more after it, printed as written; Galley reads Markdown, not a site generator\'s templates',
      'book.md:12:1: warning: Hugo\'s shortcodes ("{{< figure >}}"): this one, and 2 more after it, printed as written; Galley reads Markdown, not a site generator\'s templates',
    ]);
    expect(JSON.stringify(documentOf(result).blocks)).toContain('{{#include ../listings/ch02/main.rs:all}}');
  });

  it('are no warning in code showing them, nor in text without them', () => {
    expect(messages(parse(withTitle('Write `{% include nav.html %}` or:\n\n```liquid\n{% for p in site.posts %}\n```\n\nA {{ variable }} and {braces}.\n')))).toEqual([]);
  });
});
