// The EPUB container's ZIP, written from finished entries. JSZip deflates with
// pako, in JavaScript on the main thread: most of the EPUB step for a book
// with embedded fonts. Here every entry is deflated by Node's zlib on the
// libuv threadpool, all at once. The format is the plain subset OCF needs:
// entries in the order given, no extra fields, no data descriptors, no ZIP64,
// every date the same and in UTC (yazl, the usual Node writer, writes local
// time, so the bytes would depend on the time zone). Files stored as they are
// (a book's figures) are read from disk straight into the finished archive,
// so a book's images are never held twice.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';

/** A file on disk, stored in the archive as it is. */
export interface StoredFile {
  readonly file: string;
}

export interface ZipInput {
  /** Path inside the archive; a folder's ends with "/". */
  readonly name: string;
  /** The file's bytes, a file to store as it is, or null for a folder. */
  readonly data: Uint8Array | StoredFile | null;
  readonly deflate: boolean;
}

const deflateRawAsync = promisify(deflateRaw);
/**
 * zlib's default output chunk: 16 KB. One chunk as large as the input (which
 * deflated data hardly ever exceeds) costs one pass back to the main thread per
 * entry instead of one per 16 KB.
 */
const MIN_CHUNK = 16 * 1024;

/**
 * Entries deflated in this process, by their content and level: a watch's
 * rebuild, or a batch's next book, packs the same fonts, stylesheet and most
 * chapters again. Deflating is deterministic, so a remembered body is the
 * bytes deflating would give.
 */
const deflated = new Map<string, Promise<Buffer>>();
/** Bodies remembered; past this the memory starts again. */
const MAX_DEFLATED = 256;

function deflateRemembered(data: Uint8Array, level: number): Promise<Buffer> {
  const key = `${level}:${createHash('sha256').update(data).digest('base64')}`;
  let body = deflated.get(key);
  if (body === undefined) {
    if (deflated.size >= MAX_DEFLATED) deflated.clear();
    body = deflateRawAsync(data, { level, chunkSize: Math.max(MIN_CHUNK, data.length) });
    deflated.set(key, body);
    // A failure is not remembered: the next build tries again.
    body.catch(() => deflated.delete(key));
  }
  return body;
}

const STORE = 0;
const DEFLATE = 8;
/** 2.0: deflate and folders. */
const VERSION = 20;
/** Set when a name is not ASCII: names are always UTF-8. */
const UTF8_NAMES = 0x0800;
/** The MS-DOS folder attribute; "version made by" says MS-DOS, so no Unix modes. */
const DOS_FOLDER = 0x10;
const LOCAL_HEADER = 30;
const CENTRAL_HEADER = 46;
const END_OF_CENTRAL_DIRECTORY = 22;
const MAX_32 = 0xffff_ffff;
const MAX_16 = 0xffff;
const TOO_LARGE = 'an EPUB this large (over 65,535 files or 4 GB) needs ZIP64, which Galley does not write';

interface Written {
  readonly name: Buffer;
  readonly flags: number;
  readonly folder: boolean;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  /** The bytes to write, or the file they are read from (crc is then found as it is read). */
  readonly body: Uint8Array | { readonly file: string; readonly length: number };
}

/** The archive: entries in order, deflated at `level` where asked, every one dated `date`. */
export async function writeZip(entries: readonly ZipInput[], date: Date, level: number): Promise<Buffer> {
  const stamp = dosDateTime(date);
  return assemble(await Promise.all(entries.map((entry) => writeEntry(entry, level))), stamp);
}

/** Headers and bodies in one buffer, files read into their place in it. */
function assemble(written: readonly Written[], stamp: { date: number; time: number }): Buffer {
  if (written.length > MAX_16 || written.some((entry) => entry.size > MAX_32)) throw new Error(TOO_LARGE);
  const total = written.reduce((sum, entry) => sum + 2 * entry.name.length + LOCAL_HEADER + CENTRAL_HEADER + entry.body.length, END_OF_CENTRAL_DIRECTORY);
  if (total > MAX_32) throw new Error(TOO_LARGE);
  const archive = Buffer.allocUnsafe(total);
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of written) {
    const at = offset + LOCAL_HEADER + entry.name.length;
    const crc = entry.body instanceof Uint8Array ? entry.crc : readInto(entry.body, archive, at);
    const local = Buffer.alloc(LOCAL_HEADER);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(entry.flags, 6);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt16LE(stamp.time, 10);
    local.writeUInt16LE(stamp.date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(entry.body.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(entry.name.length, 26);
    local.writeUInt16LE(0, 28);

    const header = Buffer.alloc(CENTRAL_HEADER);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(VERSION, 4);
    // From "version needed" to the name's length, the central header repeats the local one.
    local.copy(header, 6, 4, 28);
    header.writeUInt16LE(0, 30);
    header.writeUInt16LE(0, 32);
    header.writeUInt16LE(0, 34);
    header.writeUInt16LE(0, 36);
    header.writeUInt32LE(entry.folder ? DOS_FOLDER : 0, 38);
    header.writeUInt32LE(offset, 42);
    central.push(header, entry.name);

    local.copy(archive, offset);
    entry.name.copy(archive, offset + LOCAL_HEADER);
    if (entry.body instanceof Uint8Array) archive.set(entry.body, at);
    offset = at + entry.body.length;
  }
  for (const part of central) offset += part.copy(archive, offset);
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(END_OF_CENTRAL_DIRECTORY);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0, 4);
  end.writeUInt16LE(0, 6);
  end.writeUInt16LE(written.length, 8);
  end.writeUInt16LE(written.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset - centralSize, 16);
  end.writeUInt16LE(0, 20);
  end.copy(archive, offset);
  return archive;
}

/** Reads a file whole into `archive` at `at`; its CRC-32. */
function readInto(stored: { readonly file: string; readonly length: number }, archive: Buffer, at: number): number {
  const fd = openSync(stored.file, 'r');
  try {
    for (let done = 0; done < stored.length; ) {
      const read = readSync(fd, archive, at + done, stored.length - done, done);
      if (read === 0) throw new Error(`${stored.file} changed while the EPUB was written`);
      done += read;
    }
  } finally {
    closeSync(fd);
  }
  return crc32(archive.subarray(at, at + stored.length));
}

async function writeEntry(entry: ZipInput, level: number): Promise<Written> {
  const name = Buffer.from(entry.name, 'utf8');
  if (name.length > MAX_16) throw new Error(`the EPUB path ${entry.name.slice(0, 80)}… is too long for a ZIP`);
  const flags = /^[\x20-\x7e]*$/u.test(entry.name) ? 0 : UTF8_NAMES;
  if (entry.data === null) return { name, flags, folder: true, method: STORE, crc: 0, size: 0, body: new Uint8Array(0) };
  if (!(entry.data instanceof Uint8Array)) {
    const length = statSync(entry.data.file).size;
    return { name, flags, folder: false, method: STORE, crc: 0, size: length, body: { file: entry.data.file, length } };
  }
  return {
    name,
    flags,
    folder: false,
    method: entry.deflate ? DEFLATE : STORE,
    crc: crc32(entry.data),
    size: entry.data.length,
    body: entry.deflate ? await deflateRemembered(entry.data, level) : entry.data,
  };
}

/** MS-DOS date and time fields, in UTC; DOS dates start in 1980 and end in 2107. */
function dosDateTime(date: Date): { date: number; time: number } {
  const clamped = new Date(Math.min(Math.max(date.getTime(), Date.UTC(1980, 0, 1)), Date.UTC(2107, 11, 31, 23, 59, 58)));
  return {
    date: ((clamped.getUTCFullYear() - 1980) << 9) | ((clamped.getUTCMonth() + 1) << 5) | clamped.getUTCDate(),
    time: (clamped.getUTCHours() << 11) | (clamped.getUTCMinutes() << 5) | Math.floor(clamped.getUTCSeconds() / 2),
  };
}
