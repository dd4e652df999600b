import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from '../../src/parse/input.ts';
import { documentOf, messages, parse, withTitle } from '../helpers/parse.ts';

describe('input checks', () => {
  it('reports invalid UTF-8 at the line and column of the first bad byte, with its byte offset', () => {
    const bytes = Buffer.concat([Buffer.from(withTitle('Caf\u00e9 ok\nbad '), 'utf8'), Buffer.from([0xe9]), Buffer.from(' here\n')]);
    const result = parse(bytes);
    expect(result.document).toBeNull();
    // 17 bytes of front matter, "Café ok\n" (é is two bytes), then "bad ": the stray Latin-1 é is byte 30.
    expect(messages(result)).toEqual([
      'book.md:5:5: error: invalid UTF-8 at byte offset 30 (byte 0xe9); save the manuscript as UTF-8',
    ]);
  });

  it('finds truncated sequences, overlong forms and encoded surrogates', () => {
    expect(firstInvalidUtf8(Buffer.from('ok \u20ac', 'utf8'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xe2, 0x82]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0xc0, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xed, 0xa0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
  });

  it('rejects a file with NUL bytes as binary', () => {
    // A PNG signature: "\x89PNG\r\n" ends line 1, "\x1a\n" line 2, so the NUL opens line 3.
    const result = parse(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    expect(result.document).toBeNull();
    expect(messages(result)).toEqual([
      'book.md:3:1: error: binary file, not a Markdown manuscript (NUL byte at byte offset 8)',
    ]);
  });

  it('tells a UTF-16 file from a binary one', () => {
    const result = parse(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# T', 'utf16le')]));
    expect(messages(result)).toEqual(['book.md:1:1: error: the manuscript is UTF-16 text; save it as UTF-8']);
  });

  it('rejects an empty or blank file', () => {
    expect(messages(parse(''))).toEqual(['book.md:1:1: error: the manuscript is empty; there is nothing to typeset']);
    expect(messages(parse(' \n\n\t\n'))).toEqual([
      'book.md:1:1: error: the manuscript is empty; there is nothing to typeset',
    ]);
  });

  it('rejects front matter with no body, pointing where the body should begin', () => {
    const result = parse('---\ntitle: Only metadata\n---\n\n');
    expect(result.document).toBeNull();
    expect(messages(result)).toEqual([
      'book.md:4:1: error: the manuscript has no body text; there is nothing to typeset',
    ]);
  });

  it('strips a UTF-8 byte order mark and keeps positions as the editor shows them', () => {
    const result = parse(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(withTitle('Body [^x].\n'))]));
    expect(messages(result)).toEqual(['book.md:4:6: warning: note [^x] is cited but never defined; printed as written']);
    const ok = documentOf(parse(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(withTitle('Body.\n'))])));
    expect(ok.metadata.title).toBe('T');
    expect(ok.blocks).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: 'Body.' }] }]);
  });

  it('keeps the raw bytes and the path as given', () => {
    const bytes = Buffer.from(withTitle('Body.\r\n'));
    const document = documentOf(parse(bytes, 'some/dir/../book.md'));
    expect(document.path).toBe('some/dir/../book.md');
    expect(document.source.equals(bytes)).toBe(true);
  });

  it('reads front matter that is never closed as Pandoc does, a rule and text, with a warning', () => {
    const result = parse('---\ntitle: Open\n\nBody text.\n');
    expect(messages(result)).toEqual([
      'book.md:1:1: warning: the front matter is never closed, so it is printed as text: end it with a line of three dashes (---)',
      'book.md:1:1: warning: the manuscript has no "title" in its front matter; the file name, "book", is the title',
    ]);
    expect(documentOf(result).blocks.map((b) => b.type)).toEqual(['thematicBreak', 'paragraph', 'paragraph']);
  });
});
