// Front matter `isbn`: one ISBN, or `print:` and `ebook:` ones, each checked
// by its ISBN-13 or ISBN-10 check digit.
import { isMap, isScalar, type Node as YamlNode } from 'yaml';
import type { Isbn } from '../document.ts';
import { closest } from '../util/closest.ts';

type Fail = (message: string, at?: YamlNode | null) => void;
export type Isbns = { print?: Isbn; ebook?: Isbn };

const EDITIONS = ['print', 'ebook'] as const;
/** `ISBN`, `ISBN:`, `ISBN-13:` before the number, as books print it. */
const PREFIX = /^ISBN(?:-1[03])?:?/iu;

/** The ISBNs of `value`, or undefined after reporting what is wrong. */
export function readIsbn(value: YamlNode, fail: Fail): Isbns | undefined {
  if (!isMap(value)) {
    const isbn = oneIsbn(value, fail);
    return isbn === undefined ? undefined : { print: isbn, ebook: isbn };
  }
  const result: Isbns = {};
  let ok = true;
  for (const pair of value.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const edition = EDITIONS.find((e) => e === key);
    if (edition === undefined) {
      const suggestion = closest(key, EDITIONS);
      fail(`front matter "isbn" has "print:" and "ebook:", not "${key}:"${suggestion ? `; did you mean "${suggestion}"?` : ''}`, pair.key as YamlNode);
      ok = false;
      continue;
    }
    const isbn = oneIsbn((pair.value ?? null) as YamlNode | null, fail);
    if (isbn === undefined) ok = false;
    else result[edition] = isbn;
  }
  if (ok && result.print === undefined && result.ebook === undefined) {
    fail('front matter "isbn" is empty: give an ISBN, or "print:" and "ebook:" ones');
    return undefined;
  }
  return ok ? result : undefined;
}

function oneIsbn(value: YamlNode | null, fail: Fail): Isbn | undefined {
  // Written unquoted, a bare ISBN-13 or ISBN-10 is a YAML number; its source is as written.
  const text = isScalar(value) && (typeof value.value === 'string' || typeof value.value === 'number') ? (value.source ?? String(value.value)).trim() : undefined;
  if (text === undefined || text === '') {
    fail('front matter "isbn" must be an ISBN such as 978-0-306-40615-7, or "print:" and "ebook:" ones', value);
    return undefined;
  }
  const problem = isbnProblem(text);
  if (problem !== undefined) {
    fail(`front matter "isbn": "${text}" ${problem}`, value);
    return undefined;
  }
  return { text: text.replace(PREFIX, '').trim(), urn: `urn:isbn:${compact(text)}` };
}

/** The digits (and a final X) of an ISBN, without an `ISBN` prefix, hyphens or spaces. */
function compact(text: string): string {
  return text.replace(PREFIX, '').replace(/[\s-]/gu, '').toUpperCase();
}

/** Why `text` is no ISBN, or undefined when it is one. */
export function isbnProblem(text: string): string | undefined {
  const digits = compact(text);
  if (/^\d{13}$/u.test(digits)) {
    if (!/^97[89]/u.test(digits)) return 'is not an ISBN-13: those begin with 978 or 979';
    const sum = [...digits.slice(0, 12)].reduce((total, d, i) => total + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
    const check = (10 - (sum % 10)) % 10;
    return String(check) === digits[12] ? undefined : `is not a valid ISBN: its check digit would be ${check}, not ${digits[12]}`;
  }
  if (/^\d{9}[\dX]$/u.test(digits)) {
    const sum = [...digits.slice(0, 9)].reduce((total, d, i) => total + Number(d) * (10 - i), 0);
    const value = (11 - (sum % 11)) % 11;
    const check = value === 10 ? 'X' : String(value);
    return check === digits[9] ? undefined : `is not a valid ISBN: its check digit would be ${check}, not ${digits[9]}`;
  }
  return 'is not an ISBN: an ISBN-13 has 13 digits, an ISBN-10 has 10 (hyphens and spaces are allowed)';
}
