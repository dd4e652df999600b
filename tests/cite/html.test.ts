// citeproc's HTML → Document Inlines.
import { describe, expect, it } from 'vitest';
import { htmlToInlines } from '../../src/cite/html.ts';
import { show } from '../helpers/cite.ts';

describe('htmlToInlines', () => {
  it('maps italic and bold, with the style’s roman inside italic', () => {
    expect(show(htmlToInlines('<i>Tides of <span style="font-style:normal;">Hull</span> Bay</i>, <b>2</b>'))).toBe('*Tides of *Hull* Bay*, **2**');
  });

  it('decodes entities and links the URL citeproc wraps', () => {
    const inlines = htmlToInlines('A &#38; B, <a href="https://example.com/?a=1&#38;b=2">https://example.com/?a=1&#38;b=2</a>.');
    expect(show(inlines)).toBe('A & B, [https://example.com/?a=1&b=2](https://example.com/?a=1&b=2).');
  });

  it('links a URL in plain text, leaving the sentence’s punctuation out, and never a non-web address', () => {
    expect(show(htmlToInlines('Seen at https://example.org/x. Or <a href="javascript:alert(1)">here</a>.'))).toBe(
      'Seen at [https://example.org/x](https://example.org/x). Or here.',
    );
  });

  it('links a span of the HTML to a place in the book, leaving inner URLs their own links', () => {
    const html = 'Doe, <i>Tides</i>, https://example.org; Ames.';
    const inlines = htmlToInlines(html, [
      { start: 0, end: html.indexOf(';'), url: '#src-doe' },
      { start: html.indexOf('Ames'), end: html.length, url: '#src-ames' },
    ]);
    expect(show(inlines)).toBe('[Doe, *Tides*, ](#src-doe)[https://example.org](https://example.org/); [Ames.](#src-ames)');
  });

  it('reads a bibliography entry without its wrapper and spacing', () => {
    expect(show(htmlToInlines('  <div class="csl-entry">Doe, Jane. <i>Tides</i>.</div>\n'))).toBe('Doe, Jane. *Tides*.');
  });
});
