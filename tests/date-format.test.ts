// A manuscript's date as readers of its language write it, and never a day off
// whatever the machine's time zone.
import { describe, expect, it } from 'vitest';
import { formatDate } from '../src/date-format.ts';

describe('formatDate', () => {
  it('writes the date the way the language does', () => {
    expect(formatDate('2024-04-26', 'en-GB')).toBe('26 April 2024');
    expect(formatDate('2024-04-26', 'en-US')).toBe('April 26, 2024');
    expect(formatDate('2024-04-26', 'de')).toBe('26. April 2024');
  });

  it('keeps the first and last day of the year on their own day (no time-zone shift)', () => {
    expect(formatDate('2024-01-01', 'en-GB')).toBe('1 January 2024');
    expect(formatDate('2023-12-31', 'en-GB')).toBe('31 December 2023');
  });

  it('falls back to the ISO date for a tag Intl cannot take', () => {
    expect(formatDate('2024-04-26', 'x-not-a-locale-tag-at-all-123456789')).toBe('2024-04-26');
  });
});
