import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { closest } from '../../src/parse/closest.ts';
import { documentOf, FIXTURES, messages, parse } from './helpers.ts';

const body = '\nBody.\n';
const withFrontMatter = (yaml: string): string => `---\n${yaml}---\n${body}`;

describe('front matter', () => {
  it('reads every supported key into the metadata', () => {
    const document = documentOf(
      parse(
        withFrontMatter(
          [
            'title: "Harbour & Tides"',
            'subtitle: A study',
            'author: [Ann Lee, Bo Chen]',
            'publisher: Sea Press',
            'source: https://example.org/harbour',
            'lang: fr-ca',
            'identifier: urn:isbn:9780000000000',
            'rights: CC BY 4.0',
            'date: 2024-02-29',
            'keywords: sea, tides ,  harbour',
            'description: About tides.',
            '',
          ].join('\n'),
        ),
      ),
    );
    expect(document.metadata).toEqual({
      title: 'Harbour & Tides',
      subtitle: 'A study',
      authors: ['Ann Lee', 'Bo Chen'],
      publisher: 'Sea Press',
      source: 'https://example.org/harbour',
      lang: 'fr-CA',
      identifier: 'urn:isbn:9780000000000',
      rights: 'CC BY 4.0',
      date: '2024-02-29',
      keywords: ['sea', 'tides', 'harbour'],
      description: 'About tides.',
    });
  });

  it('fills defaults: language en-US, a stable identifier from the title, description from the subtitle', () => {
    const first = documentOf(parse(withFrontMatter('title: Tides\nsubtitle: On the sea\nauthor: Ann Lee\n')));
    const again = documentOf(parse(withFrontMatter('title: Tides\nsubtitle: On the sea\nauthor: Ann Lee\n')));
    const sha = createHash('sha256').update('Tides').digest('hex');
    expect(first.metadata).toEqual({
      title: 'Tides',
      subtitle: 'On the sea',
      description: 'On the sea',
      authors: ['Ann Lee'],
      keywords: [],
      lang: 'en-US',
      identifier: `urn:galley:${sha}`,
    });
    expect(again.metadata.identifier).toBe(first.metadata.identifier);
    const other = documentOf(parse(withFrontMatter('title: Other\n')));
    expect(other.metadata.identifier).not.toBe(first.metadata.identifier);
  });

  it('keeps a number written as a title as it was written', () => {
    expect(documentOf(parse(withFrontMatter('title: 1984.10\n'))).metadata.title).toBe('1984.10');
  });

  it('requires a title, reported at 1:1', () => {
    expect(messages(parse(withFrontMatter('subtitle: No title\n')))).toEqual([
      'book.md:1:1: error: the front matter has no "title"; every manuscript needs one',
    ]);
    expect(messages(parse('Just text.\n'))).toEqual([
      'book.md:1:1: error: the front matter has no "title"; every manuscript needs one',
    ]);
  });

  it('reports a wrong type at the value, naming the key', () => {
    const result = parse(withFrontMatter('title: T\nauthor:\n  - Ann\n  - [nested]\nsubtitle: {a: 1}\nrights: true\n'));
    expect(result.document).toBeNull();
    expect(messages(result)).toEqual([
      'book.md:5:5: error: front matter "author" must be text (in the list)',
      'book.md:6:11: error: front matter "subtitle" must be text',
      'book.md:7:9: error: front matter "rights" must be text',
    ]);
  });

  it('rejects an empty title and a key with no value', () => {
    expect(messages(parse(withFrontMatter('title: "  "\nsubtitle:\n')))).toEqual([
      'book.md:1:1: error: the front matter has no "title"; every manuscript needs one',
      'book.md:2:8: error: front matter "title" must not be empty',
      'book.md:3:1: error: front matter "subtitle" has no value',
    ]);
  });

  it('checks the source URL, the language tag and the date', () => {
    const result = parse(withFrontMatter('title: T\nsource: ftp://example.org/x\nlang: english please\ndate: 2023-02-29\n'));
    expect(result.document).toBeNull();
    expect(messages(result)).toEqual([
      'book.md:3:9: error: front matter "source" must be an http(s) URL, not "ftp://example.org/x"',
      'book.md:4:7: error: front matter "lang" must be a BCP 47 language tag such as "en-US", not "english please"',
      'book.md:5:7: error: front matter "date" must be a date written YYYY-MM-DD',
    ]);
    expect(messages(parse(withFrontMatter('title: T\ndate: 12/03/2024\nlang: english\n')))).toEqual([
      'book.md:3:7: error: front matter "date" must be a date written YYYY-MM-DD',
      'book.md:4:7: error: front matter "lang" must be a BCP 47 language tag such as "en-US", not "english"',
    ]);
    expect(documentOf(parse(withFrontMatter('title: T\nlang: zh-hant-tw\n'))).metadata.lang).toBe('zh-Hant-TW');
  });

  it('warns about an unknown key and suggests the closest known one', () => {
    const result = parse(withFrontMatter('title: T\ntitel: Typo\nauthors: Ann\nflavour: vanilla\n'));
    expect(result.document).not.toBeNull();
    expect(messages(result)).toEqual([
      'book.md:3:1: warning: unknown front matter key "titel"; did you mean "title"?',
      'book.md:4:1: warning: unknown front matter key "authors"; did you mean "author"?',
      'book.md:5:1: warning: unknown front matter key "flavour"',
    ]);
  });

  it('accepts the key reserved for a later feature, saying it is ignored for now', () => {
    const result = parse(withFrontMatter('title: T\ntheme: default\n'));
    expect(result.document).not.toBeNull();
    expect(messages(result)).toEqual([
      'book.md:3:1: warning: front matter key "theme" is reserved for a later version and is ignored for now',
    ]);
  });

  it('resolves a cover image next to the manuscript, checked like any image', () => {
    const manuscript = join(FIXTURES, 'images', 'book.md');
    const document = documentOf(parse(withFrontMatter('title: T\ncover: sub/tall.png\n'), manuscript));
    expect(document.metadata.cover).toEqual({
      path: join(FIXTURES, 'images', 'sub', 'tall.png'),
      alt: '',
      mediaType: 'image/png',
      width: 5,
      height: 7,
    });
    const result = parse(withFrontMatter('title: T\ncover:   https://example.org/c.jpg\n'), manuscript);
    expect(result.document).toBeNull();
    expect(messages(result).map((m) => m.replace(`${manuscript}:`, ''))).toEqual([
      '3:10: error: front matter "cover": remote images are not fetched at build time; download it next to the manuscript and link it relatively',
    ]);
  });

  it('maps YAML syntax errors to manuscript lines, after the opening ---', () => {
    const result = parse(withFrontMatter('title: T\nkeywords: [a, b\nlang: en\n'));
    expect(result.document).toBeNull();
    // The unclosed list opened on line 3 is noticed on the next line, "lang: en" (manuscript line 4).
    expect(messages(result)).toEqual([
      'book.md:4:1: error: front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  it('reports a key given twice at the second one', () => {
    expect(messages(parse(withFrontMatter('title: A\nsubtitle: S\ntitle: B\n')))).toEqual([
      'book.md:4:1: error: front matter key "title" appears twice',
    ]);
  });

  it('requires key: value pairs', () => {
    expect(messages(parse(withFrontMatter('- just\n- a list\n')))).toEqual([
      'book.md:2:1: error: front matter must be a list of "key: value" lines',
    ]);
  });
});

describe('closest', () => {
  it('suggests near misses only', () => {
    expect(closest('titel', ['title', 'subtitle'])).toBe('title');
    expect(closest('Keyword', ['keywords', 'lang'])).toBe('keywords');
    expect(closest('x', ['csl', 'lang'])).toBeUndefined();
    expect(closest('bibliograpy', ['bibliography', 'csl'])).toBe('bibliography');
  });
});
