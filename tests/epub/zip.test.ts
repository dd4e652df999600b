// The container writer, read back byte by byte and by JSZip (a different
// reader than the one Galley writes with): order, methods, headers, dates.
import { describe, expect, test } from 'vitest';
import JSZip from 'jszip';
import { writeZip } from '../../src/epub/zip.ts';
import type { ZipInput } from '../../src/epub/zip.ts';

const DATE = new Date('2026-03-04T05:06:07.890Z');
const text = (s: string): Uint8Array => new TextEncoder().encode(s);

const ENTRIES: ZipInput[] = [
  { name: 'mimetype', data: text('application/epub+zip'), deflate: false },
  { name: 'OEBPS/', data: null, deflate: false },
  { name: 'OEBPS/text.xhtml', data: text('<p>Words, words, words.</p>\n'.repeat(500)), deflate: true },
  { name: 'OEBPS/empty.css', data: new Uint8Array(0), deflate: true },
  { name: 'OEBPS/images/cover.png', data: Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919) % 251), deflate: false },
];

interface LocalHeader {
  readonly name: string;
  readonly version: number;
  readonly flags: number;
  readonly method: number;
  readonly time: number;
  readonly date: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly extraLength: number;
}

function localHeaders(bytes: Buffer): LocalHeader[] {
  const headers: LocalHeader[] = [];
  let at = 0;
  while (bytes.readUInt32LE(at) === 0x04034b50) {
    const nameLength = bytes.readUInt16LE(at + 26);
    const extraLength = bytes.readUInt16LE(at + 28);
    const compressedSize = bytes.readUInt32LE(at + 18);
    headers.push({
      name: bytes.toString('utf8', at + 30, at + 30 + nameLength),
      version: bytes.readUInt16LE(at + 4),
      flags: bytes.readUInt16LE(at + 6),
      method: bytes.readUInt16LE(at + 8),
      time: bytes.readUInt16LE(at + 10),
      date: bytes.readUInt16LE(at + 12),
      compressedSize,
      size: bytes.readUInt32LE(at + 22),
      extraLength,
    });
    at += 30 + nameLength + extraLength + compressedSize;
  }
  return headers;
}

describe('writeZip', () => {
  test('entries in the order given, stored or deflated as asked, no extra fields, no data descriptors', async () => {
    const headers = localHeaders(await writeZip(ENTRIES, DATE, 6));
    expect(headers.map((h) => [h.name, h.method, h.extraLength, h.flags])).toEqual([
      ['mimetype', 0, 0, 0],
      ['OEBPS/', 0, 0, 0],
      ['OEBPS/text.xhtml', 8, 0, 0],
      ['OEBPS/empty.css', 8, 0, 0],
      ['OEBPS/images/cover.png', 0, 0, 0],
    ]);
    const xhtml = headers[2];
    expect(xhtml?.compressedSize).toBeLessThan((xhtml?.size ?? 0) / 10);
    expect(headers[0]?.compressedSize).toBe(20);
  });

  test('another reader gets every file back, checksums checked, and the folder as a folder', async () => {
    const zip = await JSZip.loadAsync(await writeZip(ENTRIES, DATE, 6), { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(ENTRIES.map((entry) => entry.name));
    expect(zip.files['OEBPS/']?.dir).toBe(true);
    for (const entry of ENTRIES.filter((e) => e.data !== null)) {
      expect(await zip.file(entry.name)?.async('uint8array')).toEqual(entry.data);
    }
  });

  test('every entry has the given date, in UTC, whatever the time zone', async () => {
    const headers = localHeaders(await writeZip(ENTRIES, DATE, 6));
    // 2026-03-04 05:06:07 UTC; DOS times count seconds in twos.
    const dosDate = ((2026 - 1980) << 9) | (3 << 5) | 4;
    const dosTime = (5 << 11) | (6 << 5) | 3;
    expect(new Set(headers.map((h) => `${h.date}:${h.time}`))).toEqual(new Set([`${dosDate}:${dosTime}`]));
  });

  test('a date before 1980, which DOS dates cannot hold, is written as 1980-01-01', async () => {
    const [header] = localHeaders(await writeZip(ENTRIES.slice(0, 1), new Date(0), 6));
    expect([header?.date, header?.time]).toEqual([(1 << 5) | 1, 0]);
  });

  test('a name beyond ASCII is flagged as UTF-8', async () => {
    const [header] = localHeaders(await writeZip([{ name: 'OEBPS/café.xhtml', data: text('x'), deflate: true }], DATE, 6));
    expect(header?.name).toBe('OEBPS/café.xhtml');
    expect(header?.flags).toBe(0x0800);
  });

  test('the same entries give the same bytes', async () => {
    expect((await writeZip(ENTRIES, DATE, 6)).equals(await writeZip(ENTRIES, DATE, 6))).toBe(true);
  });
});
