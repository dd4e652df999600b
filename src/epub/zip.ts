// The EPUB container's ZIP, written from finished entries. JSZip deflates with
// pako, in JavaScript on the main thread: most of the EPUB step for a book
// with embedded fonts. Here every entry is deflated by Node's zlib on the
// libuv threadpool, all at once. The format is the plain subset OCF needs:
// entries in the order given, no extra fields, no data descriptors, no ZIP64,
// every date the same and in UTC (yazl, the usual Node writer, writes local
// time, so the bytes would depend on the time zone).
import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';

export interface ZipInput {
  /** Path inside the archive; a folder's ends with "/". */
  readonly name: string;
  /** The file's bytes, or null for a folder. */
  readonly data: Uint8Array | null;
  readonly deflate: boolean;
}

const deflateRawAsync = promisify(deflateRaw);
/**
 * zlib's default output chunk: 16 KB. One chunk as large as the input (which
 * deflated data hardly ever exceeds) costs one pass back to the main thread per
 * entry instead of one per 16 KB.
 */
const MIN_CHUNK = 16 * 1024;

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
  readonly body: Uint8Array;
}

/** The archive: entries in order, deflated at `level` where asked, every one dated `date`. */
export async function writeZip(entries: readonly ZipInput[], date: Date, level: number): Promise<Buffer> {
  const stamp = dosDateTime(date);
  const written = await Promise.all(entries.map((entry) => writeEntry(entry, level)));
  if (written.length > MAX_16 || written.some((entry) => entry.size > MAX_32)) throw new Error(TOO_LARGE);

  const parts: Uint8Array[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of written) {
    if (offset > MAX_32 || entry.body.length > MAX_32) throw new Error(TOO_LARGE);
    const local = Buffer.alloc(LOCAL_HEADER);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(entry.flags, 6);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt16LE(stamp.time, 10);
    local.writeUInt16LE(stamp.date, 12);
    local.writeUInt32LE(entry.crc, 14);
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

    parts.push(local, entry.name, entry.body);
    offset += LOCAL_HEADER + entry.name.length + entry.body.length;
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  if (offset + centralSize > MAX_32) throw new Error(TOO_LARGE);
  const end = Buffer.alloc(END_OF_CENTRAL_DIRECTORY);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0, 4);
  end.writeUInt16LE(0, 6);
  end.writeUInt16LE(written.length, 8);
  end.writeUInt16LE(written.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(0, 20);
  return Buffer.concat([...parts, ...central, end]);
}

async function writeEntry(entry: ZipInput, level: number): Promise<Written> {
  const name = Buffer.from(entry.name, 'utf8');
  if (name.length > MAX_16) throw new Error(`the EPUB path ${entry.name.slice(0, 80)}… is too long for a ZIP`);
  const flags = /^[\x20-\x7e]*$/u.test(entry.name) ? 0 : UTF8_NAMES;
  if (entry.data === null) return { name, flags, folder: true, method: STORE, crc: 0, size: 0, body: new Uint8Array(0) };
  return {
    name,
    flags,
    folder: false,
    method: entry.deflate ? DEFLATE : STORE,
    crc: crc32(entry.data),
    size: entry.data.length,
    body: entry.deflate ? await deflateRawAsync(entry.data, { level, chunkSize: Math.max(MIN_CHUNK, entry.data.length) }) : entry.data,
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
