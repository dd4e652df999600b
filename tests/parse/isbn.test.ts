// Front matter `isbn`: a number with a wrong check digit is refused with the
// digit it should have, so a typo never reaches the book's colophon or EPUB.
import { parseDocument, type Node as YamlNode } from 'yaml';
import { describe, expect, it } from 'vitest';
import { isbnProblem, readIsbn } from '../../src/parse/isbn.ts';

const read = (yaml: string): { result: ReturnType<typeof readIsbn>; failures: string[] } => {
  const failures: string[] = [];
  const result = readIsbn(parseDocument(yaml).contents as YamlNode, (message) => failures.push(message));
  return { result, failures };
};

describe('isbnProblem', () => {
  it('takes valid ISBN-13 and ISBN-10, with hyphens, spaces, a prefix or a final X', () => {
    for (const text of ['978-0-306-40615-7', '9780306406157', 'ISBN 978 0 306 40615 7', 'ISBN-10: 0-306-40615-2', '0-8044-2957-X']) {
      expect(isbnProblem(text), text).toBeUndefined();
    }
  });

  it('names the check digit a mistyped ISBN would have', () => {
    expect(isbnProblem('978-0-306-40615-6')).toBe('is not a valid ISBN: its check digit would be 7, not 6');
    expect(isbnProblem('0-306-40615-3')).toBe('is not a valid ISBN: its check digit would be 2, not 3');
  });

  it('refuses a 13-digit number outside 978/979 and a number of the wrong length', () => {
    expect(isbnProblem('1234567890128')).toMatch(/begin with 978 or 979/u);
    expect(isbnProblem('978-0-306')).toMatch(/13 digits/u);
  });
});

describe('readIsbn', () => {
  it('uses one ISBN for both editions, kept as written, with its URN', () => {
    expect(read('978-0-306-40615-7').result).toEqual({
      print: { text: '978-0-306-40615-7', urn: 'urn:isbn:9780306406157' },
      ebook: { text: '978-0-306-40615-7', urn: 'urn:isbn:9780306406157' },
    });
  });

  it('keeps an unquoted ISBN-13, which YAML reads as a number, digit for digit', () => {
    expect(read('9780306406157').result?.print?.urn).toBe('urn:isbn:9780306406157');
  });

  it('reads print: and ebook: editions and suggests the key a typo meant', () => {
    expect(read('print: 978-0-306-40615-7\nebook: 0-8044-2957-X').result?.ebook?.urn).toBe('urn:isbn:080442957X');
    const typo = read('ebok: 978-0-306-40615-7');
    expect(typo.result).toBeUndefined();
    expect(typo.failures).toEqual(['front matter "isbn" has "print:" and "ebook:", not "ebok:"; did you mean "ebook"?']);
  });
});
