// Link targets as the writers receive them: valid URIs, places in the book by
// their anchor's id, or no link at all.
import { describe, expect, test } from 'vitest';
import type { Block, Inline } from '../../../src/document.ts';
import { safeUrl } from '../../../src/parse/handlers/link.ts';
import { documentOf, messages, parse, withTitle } from '../../helpers/parse.ts';

describe('safeUrl', () => {
  test.each([
    ['https://example.com?find=\\*', 'https://example.com?find=%5C*'],
    ['https://exämple.com/ü', 'https://xn--exmple-cua.com/%C3%BC'],
    ['http://127.0.0.1:8080/a b', 'http://127.0.0.1:8080/a%20b'],
    ['mailto:a@example.com', 'mailto:a@example.com'],
    ['#m%C3%A9ta', '#méta'],
    ['#грамматика', '#грамматика'],
  ])('%s becomes %s', (url, expected) => {
    expect(safeUrl(url)).toEqual({ url: expected });
  });

  test.each([
    ['https://foo.bar.`baz', '"foo.bar.`baz" is not a valid host name'],
    ['https://../', '".." is not a valid host name'],
    ['javascript:alert(1)', '"javascript:" links are not allowed in a book'],
  ])('%s is no link: %s', (url, reason) => {
    expect(safeUrl(url)).toEqual({ reason });
  });
});

/** Each link's target in the paragraphs, in order; text where a link was dropped. */
function targets(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => (b.type === 'paragraph' || b.type === 'list' ? [b] : [])).flatMap(function urls(b: Block): string[] {
    if (b.type === 'list') return b.items.flatMap((item) => item.children.flatMap(urls));
    return b.type === 'paragraph' ? b.children.filter((i): i is Extract<Inline, { type: 'link' }> => i.type === 'link').map((i) => i.url) : [];
  });
}

describe('links to places in the book', () => {
  test('a table of contents of non-ASCII headings finds them, written as typed or percent-encoded', () => {
    const result = parse(withTitle('- [Méta](#méta)\n- [Грамматика](#%D0%B3%D1%80%D0%B0%D0%BC%D0%BC%D0%B0%D1%82%D0%B8%D0%BA%D0%B0)\n\n## Méta\n\n## Грамматика\n'));
    expect(targets(documentOf(result).blocks)).toEqual(['#méta', '#грамматика']);
    expect(messages(result)).toEqual([]);
  });

  test('a fragment differing from the id only in case finds it, as on GitHub', () => {
    expect(targets(documentOf(parse(withTitle('[a](#Codzienny-u%C5%BCytek)\n\n## Codzienny użytek\n'))).blocks)).toEqual(['#codzienny-użytek']);
  });

  test('the id Pandoc gives a heading finds it too', () => {
    expect(targets(documentOf(parse(withTitle('[a](#introduction) [b](#1-introduction)\n\n## 1. Introduction\n'))).blocks)).toEqual(['#1-introduction', '#1-introduction']);
  });

  test('a link to a place that does not exist keeps its text, with a warning showing the link decoded', () => {
    const result = parse(withTitle('[Más](#m%C3%A1s-recursos) here.\n\n## Otros\n'));
    expect(targets(documentOf(result).blocks)).toEqual([]);
    expect(messages(result)).toEqual([expect.stringMatching(/:4:1: warning: link to "#más-recursos" is dropped because this book has no heading, anchor or item with that id; its text is kept$/u)]);
  });
});
