// Front matter `date`: the day as written (never moved by a time zone), free
// text printed as it is, and an impossible day refused with the reason.
import { parseDocument, type Node as YamlNode } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readDate } from '../../src/parse/date.ts';

const date = (yaml: string, version: '1.1' | '1.2' = '1.2') => readDate(parseDocument(yaml, { version }).contents as YamlNode);

describe('readDate', () => {
  it('keeps the day of a date or a date-time as written, whatever its zone', () => {
    expect(date('2024-04-26')).toEqual({ date: '2024-04-26' });
    expect(date('2023-09-27T23:50:51-04:00')).toEqual({ date: '2023-09-27' });
    expect(date('2011-12-31 23:59:59 -0500')).toEqual({ date: '2011-12-31' });
    // YAML 1.1 makes a timestamp a Date in UTC; the day is still the one written.
    expect(date('2023-09-27T23:50:51-04:00', '1.1')).toEqual({ date: '2023-09-27' });
  });

  it('keeps other text to print as written, as Pandoc does', () => {
    expect(date('March 2005')).toEqual({ text: 'March 2005' });
  });

  it('refuses a day that does not exist, saying why', () => {
    expect(date('2023-02-29')).toEqual({ problem: ': 2023-02-29 is not a real date (that month has 28 days)' });
    expect(date('2024-02-29')).toEqual({ date: '2024-02-29' });
    expect(date('2024-13-01')).toEqual({ problem: ': 2024-13-01 is not a real date (months run from 01 to 12)' });
  });

  it('refuses a list or an empty value', () => {
    expect(date('[2024, 2025]')).toHaveProperty('problem');
    expect(date('""')).toHaveProperty('problem');
  });
});
