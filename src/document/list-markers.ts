// Numbered lists' markers as Pandoc reads and writes them (its `fancy_lists`
// and `startnum`): decimal numbers, letters and roman numerals, each followed
// by `.` or `)` or enclosed in parentheses. Reading a marker's number is the
// parser's job (parse/fancy-list-construct.ts); writing one the writers'. Both
// live here so that what is read is written back the same way.

export type ListStyle = 'decimal' | 'lower-alpha' | 'upper-alpha' | 'lower-roman' | 'upper-roman';
/** `1.`, `1)` or `(1)`. */
export type ListDelimiter = 'period' | 'paren' | 'parens';

export interface MarkerNumber {
  readonly style: ListStyle;
  readonly value: number;
}

const ROMAN = /^m{0,4}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/u;
const ROMAN_VALUES: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
const DIGITS = /^\d{1,9}$/u;

/** The value of a well-formed roman numeral (either case), or null. */
export function romanValue(text: string): number | null {
  const lower = text.toLowerCase();
  if (lower === '' || !ROMAN.test(lower)) return null;
  let total = 0;
  for (let i = 0; i < lower.length; i++) {
    const value = ROMAN_VALUES[lower[i] ?? ''] ?? 0;
    const next = ROMAN_VALUES[lower[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

const isLower = (text: string): boolean => /^[a-z]+$/u.test(text);
const isUpper = (text: string): boolean => /^[A-Z]+$/u.test(text);

/**
 * A marker's number in the style of the list it would continue, or null when
 * it does not continue it; `#` continues any list (0: it takes the next
 * number). Only a list's first number counts, as in CommonMark; the others
 * matter to `needsTwoSpaces`.
 */
export function continuingNumber(text: string, style: ListStyle): MarkerNumber | null {
  if (text === '#') return { style, value: 0 };
  let value: number | null = null;
  switch (style) {
    case 'decimal':
      value = DIGITS.test(text) ? Number(text) : null;
      break;
    case 'lower-alpha':
    case 'upper-alpha':
      value = text.length === 1 && (style === 'lower-alpha' ? isLower(text) : isUpper(text)) ? text.toLowerCase().charCodeAt(0) - 96 : null;
      break;
    case 'lower-roman':
    case 'upper-roman':
      value = (style === 'lower-roman' ? isLower(text) : isUpper(text)) ? romanValue(text) : null;
      break;
  }
  return value === null ? null : { style, value };
}

/**
 * The number a marker opening a list gives it, as Pandoc decides: digits are
 * decimal, `#` counts from 1, `i` and `I` are roman one, another single letter
 * a letter (`c.` is 3, not 100), and more letters a roman numeral (`iv.`).
 */
export function openingNumber(text: string): MarkerNumber | null {
  if (DIGITS.test(text)) return { style: 'decimal', value: Number(text) };
  if (text === '#') return { style: 'decimal', value: 1 };
  if (text === 'i' || text === 'I') return { style: text === 'i' ? 'lower-roman' : 'upper-roman', value: 1 };
  const lower = isLower(text);
  if (!lower && !isUpper(text)) return null;
  if (text.length === 1) return { style: lower ? 'lower-alpha' : 'upper-alpha', value: text.toLowerCase().charCodeAt(0) - 96 };
  const value = romanValue(text);
  return value === null ? null : { style: lower ? 'lower-roman' : 'upper-roman', value };
}

/**
 * Whether a marker must be followed by two spaces, as Pandoc asks of a capital
 * letter (or a one-letter roman numeral) and a period: "B. Russell" and
 * "C. S. Lewis" are names, not lists.
 */
export function needsTwoSpaces(number: MarkerNumber, delimiter: ListDelimiter): boolean {
  if (delimiter !== 'period') return false;
  return number.style === 'upper-alpha' || (number.style === 'upper-roman' && [1, 5, 10, 50, 100, 500, 1000].includes(number.value));
}

const ROMAN_DIGITS: readonly (readonly [number, string])[] = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

function roman(value: number): string {
  let rest = value;
  let out = '';
  for (const [amount, digits] of ROMAN_DIGITS) {
    while (rest >= amount) {
      out += digits;
      rest -= amount;
    }
  }
  return out;
}

/** `n` in a style: letters go on past z as aa, ab (as CSS counts); roman numerals and letters below 1 fall back to digits. */
export function formatNumber(value: number, style: ListStyle): string {
  if (style === 'decimal' || value < 1 || (style.endsWith('roman') && value >= 4000)) return String(value);
  if (style.endsWith('roman')) return style === 'upper-roman' ? roman(value).toUpperCase() : roman(value);
  let letters = '';
  for (let rest = value; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(97 + ((rest - 1) % 26)) + letters;
  return style === 'upper-alpha' ? letters.toUpperCase() : letters;
}

/** The marker as printed: `3.`, `c)`, `(iv)`. */
export function formatMarker(value: number, style: ListStyle, delimiter: ListDelimiter): string {
  const number = formatNumber(value, style);
  return delimiter === 'parens' ? `(${number})` : `${number}${delimiter === 'paren' ? ')' : '.'}`;
}
