// Front matter `date`: a calendar day, written YYYY-MM-DD or as a date-time
// (Hugo and Jekyll write `2023-09-27T11:50:51-04:00`), whose day is kept as
// written: never moved to UTC. Any other text ("March 2005", as Pandoc users
// write) is printed as written, as Pandoc prints it.
import { isScalar, type Node as YamlNode } from 'yaml';

// The day, then optionally a time and a zone: ISO 8601 / RFC 3339, or Jekyll's `2011-12-31 23:59:59 -0500`.
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/u;

/** The ISO day of `value`; or text that is no such day; or why it is neither (to follow `front matter "date"`). */
export function readDate(value: YamlNode): { date: string } | { text: string } | { problem: string } {
  if (!isScalar(value)) return { problem: ' must be a date written YYYY-MM-DD (or a date-time such as 2023-09-27T11:50:51-04:00)' };
  // With YAML 1.1 schemas a timestamp arrives as a Date in UTC; its source still says the day as written.
  const raw = value.value instanceof Date || typeof value.value === 'number' ? value.source : value.value;
  if (typeof raw !== 'string' || raw.trim() === '') return { problem: ' must be a date written YYYY-MM-DD' };
  const match = DATE.exec(raw.trim());
  if (!match) return { text: raw.trim() };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  const iso = `${match[1]}-${match[2]}-${match[3]}`;
  if (real) return { date: iso };
  const days = month >= 1 && month <= 12 ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 0;
  return { problem: `: ${iso} is not a real date (${days > 0 ? `that month has ${days} days` : 'months run from 01 to 12'})` };
}
