// Link targets as the writers receive them: valid URIs, or no link at all.
import { describe, expect, test } from 'vitest';
import { safeUrl } from '../../../src/parse/handlers/link.ts';

describe('safeUrl', () => {
  test.each([
    ['https://example.com?find=\\*', 'https://example.com?find=%5C*'],
    ['https://exämple.com/ü', 'https://xn--exmple-cua.com/%C3%BC'],
    ['http://127.0.0.1:8080/a b', 'http://127.0.0.1:8080/a%20b'],
    ['mailto:a@example.com', 'mailto:a@example.com'],
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
