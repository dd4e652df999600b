// Site generators' directives (mdBook outside code blocks, Jekyll, Hugo) are
// printed as written, and each kind pointed out once, at its first place, with
// how many follow. mdBook's includes in code blocks are read in:
// mdbook-includes.test.ts.
import { describe, expect, it } from 'vitest';
import { documentOf, messages, parse, withTitle } from '../helpers/parse.ts';

describe('site generators’ directives', () => {
  it('are printed as written, each kind warned about once at its first place', () => {
    const body = [
      '{{#include ../listings/ch02/intro.md}}',
      '',
      '{% highlight ruby %}',
      'def hi; end',
      '{% endhighlight %}',
      '',
      '{{< figure src="a.png" >}} and {{% note %}}x{{% /note %}}',
      '',
      'See {{#rustdoc_include ../listings/ch02/lib.rs}}.',
    ].join('\n');
    const result = parse(withTitle(body));
    expect(messages(result)).toEqual([
      'book.md:4:1: warning: mdBook\'s "{{#include …}}" outside a code block (read in only inside one): this one, and 1 more after it, printed as written; Galley reads Markdown, not a site generator\'s templates',
      'book.md:6:1: warning: Jekyll\'s Liquid tags ("{% highlight %}", "{% include %}"): this one, and 1 more after it, printed as written; Galley reads Markdown, not a site generator\'s templates',
      'book.md:10:1: warning: Hugo\'s shortcodes ("{{< figure >}}"): this one, and 2 more after it, printed as written; Galley reads Markdown, not a site generator\'s templates',
    ]);
    expect(JSON.stringify(documentOf(result).blocks)).toContain('{{#include ../listings/ch02/intro.md}}');
  });

  it('are no warning in code showing them, nor in text without them', () => {
    expect(messages(parse(withTitle('Write `{% include nav.html %}` or:\n\n```liquid\n{% for p in site.posts %}\n```\n\nA {{ variable }} and {braces}.\n')))).toEqual([]);
  });

  it('point out each MyST directive left as written once, by name, those printed as what they stand for not at all', () => {
    const result = parse(withTitle('```{note}\nRead.\n```\n\n:::{figure} a.png\nA caption.\n:::\n\n```{figure} b.png\n```\n\n```{toctree}\nintro\n```\n'));
    expect(messages(result)).toEqual([
      'book.md:8:1: warning: MyST\'s "{figure}" directive: this one, and 1 more after it, printed as written; Galley reads Markdown, not a site generator\'s templates',
      'book.md:15:1: warning: MyST\'s "{toctree}" directive: this one printed as written; Galley reads Markdown, not a site generator\'s templates',
    ]);
  });
});
