// A ZIP reader for the EPUB preflight (PKWARE APPNOTE 4.3): the central
// directory for the file list, each local header for how an entry is really
// stored (the OCF rules are about local headers: the first entry, its method,
// its extra field).
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  readonly name: string;
  /** 0: stored, 8: deflated. */
  readonly method: number;
  readonly extraFieldLength: number;
  /** Position in the file, for the order of entries. */
  readonly offset: number;
  readonly compressedSize: number;
  readonly encrypted: boolean;
}

export class ZipError extends Error {}

export class ZipFile {
  /** In the order they appear in the file. */
  readonly entries: readonly ZipEntry[];
  private readonly byName: Map<string, ZipEntry>;

  constructor(private readonly bytes: Buffer) {
    const end = this.findEndOfCentralDirectory();
    const count = bytes.readUInt16LE(end + 10);
    let at = bytes.readUInt32LE(end + 16);
    const entries: ZipEntry[] = [];
    for (let i = 0; i < count; i++) {
      if (bytes.readUInt32LE(at) !== 0x02014b50) throw new ZipError(`central directory entry ${i + 1} is damaged`);
      const flags = bytes.readUInt16LE(at + 8);
      const compressedSize = bytes.readUInt32LE(at + 20);
      const nameLength = bytes.readUInt16LE(at + 28);
      const extraLength = bytes.readUInt16LE(at + 30);
      const commentLength = bytes.readUInt16LE(at + 32);
      const offset = bytes.readUInt32LE(at + 42);
      const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
      if (bytes.readUInt32LE(offset) !== 0x04034b50) throw new ZipError(`${name}: local header missing`);
      entries.push({
        name,
        method: bytes.readUInt16LE(offset + 8),
        extraFieldLength: bytes.readUInt16LE(offset + 28),
        offset,
        compressedSize,
        encrypted: (flags & 1) === 1,
      });
      at += 46 + nameLength + extraLength + commentLength;
    }
    this.entries = entries.sort((a, b) => a.offset - b.offset);
    this.byName = new Map(entries.map((e) => [e.name, e]));
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** The entry's bytes, or null when it is absent. */
  read(name: string): Buffer | null {
    const entry = this.byName.get(name);
    if (entry === undefined) return null;
    if (entry.encrypted) throw new ZipError(`${name} is encrypted`);
    const nameLength = this.bytes.readUInt16LE(entry.offset + 26);
    const start = entry.offset + 30 + nameLength + entry.extraFieldLength;
    const data = this.bytes.subarray(start, start + entry.compressedSize);
    if (entry.method === 0) return Buffer.from(data);
    if (entry.method === 8) return inflateRawSync(data);
    throw new ZipError(`${name}: unsupported compression method ${entry.method}`);
  }

  text(name: string): string | null {
    return this.read(name)?.toString('utf8') ?? null;
  }

  private findEndOfCentralDirectory(): number {
    const b = this.bytes;
    // The record is 22 bytes plus a comment of up to 65535.
    for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 65_535); at--) {
      if (b.readUInt32LE(at) === 0x06054b50) return at;
    }
    throw new ZipError('not a ZIP file (no end of central directory)');
  }
}
