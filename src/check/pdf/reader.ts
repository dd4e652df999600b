// A small PDF object reader for the preflight's checks on raw objects: enough
// of ISO 32000-1 (7.2-7.5) to follow the cross-reference table or stream, read
// dictionaries, arrays, strings and references, and decode Flate streams.
// What pdf.js answers is read with pdf.js (layer.ts): the text with positions,
// page labels, marked content and the structure tree's roles, the embedded
// files' contents. Kept by hand is what its API does not expose: fonts'
// FontFile and ToUnicode entries, the Trim/Bleed/Art boxes, the output intent
// and its ICC profile, the XMP stream as written (filtered or not), file
// specifications' AFRelationship, Subtype and CheckSum, the trailer's ID and
// Encrypt, annotation flags, the whole role-mapped structure tree (pdf.js gives
// it page by page), and whether the file needed repair. pdf-lib reads raw
// objects but has had no release since 2021. One job, the object syntax, hence
// one file over 300 lines.
import { inflateSync } from 'node:zlib';

export class PdfName {
  constructor(readonly name: string) {}
}

export class PdfString {
  constructor(readonly bytes: Uint8Array) {}

  /** As text: UTF-16BE with its byte-order mark, else PDFDocEncoding (read as Latin-1, which agrees for text). */
  text(): string {
    const b = this.bytes;
    if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) {
      let out = '';
      for (let i = 2; i + 1 < b.length; i += 2) out += String.fromCharCode(((b[i] ?? 0) << 8) | (b[i + 1] ?? 0));
      return out;
    }
    return Buffer.from(b).toString('latin1');
  }
}

export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

export class PdfDict {
  constructor(readonly entries: ReadonlyMap<string, PdfValue>) {}

  get(key: string): PdfValue | undefined {
    return this.entries.get(key);
  }
}

export class PdfStream {
  constructor(
    readonly dict: PdfDict,
    readonly raw: Uint8Array,
  ) {}
}

export type PdfValue = null | boolean | number | PdfName | PdfString | PdfRef | PdfDict | PdfStream | readonly PdfValue[];

export class PdfSyntaxError extends Error {}

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);
const isRegular = (c: number | undefined): boolean => c !== undefined && !WHITESPACE.has(c) && !DELIMITERS.has(c);

type Token =
  | { readonly kind: 'value'; readonly value: PdfValue }
  | { readonly kind: 'keyword'; readonly word: string }
  | { readonly kind: 'open'; readonly bracket: '[' | '<<' }
  | { readonly kind: 'close'; readonly bracket: ']' | '>>' };

/** Reads tokens and objects from a position in the file. */
class Lexer {
  constructor(
    readonly bytes: Buffer,
    public pos: number,
  ) {}

  private skipSpace(): void {
    const b = this.bytes;
    while (this.pos < b.length) {
      const c = b[this.pos];
      if (c !== undefined && WHITESPACE.has(c)) this.pos++;
      else if (c === 0x25) while (this.pos < b.length && b[this.pos] !== 0x0a && b[this.pos] !== 0x0d) this.pos++;
      else break;
    }
  }

  token(): Token | null {
    this.skipSpace();
    const b = this.bytes;
    const c = b[this.pos];
    if (c === undefined) return null;
    if (c === 0x5b) return this.pos++, { kind: 'open', bracket: '[' };
    if (c === 0x5d) return this.pos++, { kind: 'close', bracket: ']' };
    if (c === 0x3c && b[this.pos + 1] === 0x3c) return (this.pos += 2), { kind: 'open', bracket: '<<' };
    if (c === 0x3e && b[this.pos + 1] === 0x3e) return (this.pos += 2), { kind: 'close', bracket: '>>' };
    if (c === 0x2f) return { kind: 'value', value: this.name() };
    if (c === 0x28) return { kind: 'value', value: this.literalString() };
    if (c === 0x3c) return { kind: 'value', value: this.hexString() };
    const start = this.pos;
    while (isRegular(b[this.pos])) this.pos++;
    if (this.pos === start) throw new PdfSyntaxError(`unexpected byte 0x${c.toString(16)} at offset ${start}`);
    const word = b.toString('latin1', start, this.pos);
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/u.test(word)) return { kind: 'value', value: Number(word) };
    if (word === 'true' || word === 'false') return { kind: 'value', value: word === 'true' };
    if (word === 'null') return { kind: 'value', value: null };
    return { kind: 'keyword', word };
  }

  private name(): PdfName {
    const b = this.bytes;
    this.pos++;
    let name = '';
    while (isRegular(b[this.pos])) {
      if (b[this.pos] === 0x23) {
        name += String.fromCharCode(parseInt(b.toString('latin1', this.pos + 1, this.pos + 3), 16));
        this.pos += 3;
      } else {
        name += String.fromCharCode(b[this.pos] ?? 0);
        this.pos++;
      }
    }
    return new PdfName(name);
  }

  private literalString(): PdfString {
    const b = this.bytes;
    const out: number[] = [];
    let depth = 0;
    this.pos++;
    const escapes: Record<number, number> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c };
    while (this.pos < b.length) {
      const c = b[this.pos++] ?? 0;
      if (c === 0x5c) {
        const e = b[this.pos++] ?? 0;
        if (e >= 0x30 && e <= 0x37) {
          let octal = e - 0x30;
          for (let i = 0; i < 2 && (b[this.pos] ?? 0) >= 0x30 && (b[this.pos] ?? 0) <= 0x37; i++) octal = octal * 8 + ((b[this.pos++] ?? 0) - 0x30);
          out.push(octal & 0xff);
        } else if (e === 0x0d) {
          if (b[this.pos] === 0x0a) this.pos++;
        } else if (e !== 0x0a) {
          out.push(escapes[e] ?? e);
        }
      } else if (c === 0x28) {
        depth++;
        out.push(c);
      } else if (c === 0x29) {
        if (depth === 0) break;
        depth--;
        out.push(c);
      } else {
        out.push(c);
      }
    }
    return new PdfString(Uint8Array.from(out));
  }

  private hexString(): PdfString {
    const end = this.bytes.indexOf(0x3e, this.pos);
    if (end < 0) throw new PdfSyntaxError(`unterminated hex string at offset ${this.pos}`);
    const hex = this.bytes.toString('latin1', this.pos + 1, end).replace(/\s+/gu, '');
    this.pos = end + 1;
    return new PdfString(Uint8Array.from(Buffer.from(hex.length % 2 === 1 ? `${hex}0` : hex, 'hex')));
  }

  /** One object: a value, an array, a dictionary, or `n g R`. */
  object(): PdfValue {
    const token = this.token();
    if (token === null) throw new PdfSyntaxError('unexpected end of file');
    return this.fromToken(token);
  }

  private fromToken(token: Token): PdfValue {
    if (token.kind === 'value') {
      if (typeof token.value === 'number' && Number.isInteger(token.value)) return this.maybeRef(token.value);
      return token.value;
    }
    if (token.kind === 'open' && token.bracket === '[') {
      const items: PdfValue[] = [];
      for (;;) {
        const next = this.token();
        if (next === null) throw new PdfSyntaxError('unterminated array');
        if (next.kind === 'close' && next.bracket === ']') return items;
        items.push(this.fromToken(next));
      }
    }
    if (token.kind === 'open') {
      const entries = new Map<string, PdfValue>();
      for (;;) {
        const key = this.token();
        if (key === null) throw new PdfSyntaxError('unterminated dictionary');
        if (key.kind === 'close' && key.bracket === '>>') return new PdfDict(entries);
        if (key.kind !== 'value' || !(key.value instanceof PdfName)) throw new PdfSyntaxError(`dictionary key is not a name at offset ${this.pos}`);
        entries.set(key.value.name, this.object());
      }
    }
    throw new PdfSyntaxError(`unexpected ${token.kind === 'keyword' ? token.word : token.bracket} at offset ${this.pos}`);
  }

  /** After an integer: `n g R` is a reference; otherwise put the lexer back. */
  private maybeRef(num: number): PdfValue {
    const save = this.pos;
    const gen = this.token();
    if (gen?.kind === 'value' && typeof gen.value === 'number' && Number.isInteger(gen.value)) {
      const r = this.token();
      if (r?.kind === 'keyword' && r.word === 'R') return new PdfRef(num, gen.value);
    }
    this.pos = save;
    return num;
  }
}

type XrefEntry = { readonly kind: 'offset'; readonly offset: number } | { readonly kind: 'compressed'; readonly stream: number; readonly index: number };

export class PdfFile {
  readonly trailer: PdfDict;
  readonly version: string;
  /** Problems found while reading that did not stop it (a rebuilt cross-reference table). */
  readonly repairs: string[] = [];
  private readonly xref = new Map<number, XrefEntry>();
  private readonly cache = new Map<number, PdfValue>();

  constructor(readonly bytes: Buffer) {
    const header = /^%PDF-(\d\.\d)/u.exec(bytes.toString('latin1', 0, 16));
    if (header?.[1] === undefined) throw new PdfSyntaxError('no %PDF- header: not a PDF file');
    this.version = header[1];
    let trailer: PdfDict | null = null;
    try {
      trailer = this.readXrefChain();
    } catch (error) {
      this.repairs.push(`cross-reference table unreadable (${(error as Error).message}); objects found by scanning`);
    }
    this.trailer = trailer ?? this.scan();
  }

  /** The value, with a reference followed (once; PDF allows no chains of bare references). */
  resolve(value: PdfValue | undefined): PdfValue | undefined {
    return value instanceof PdfRef ? this.object(value.num) : value;
  }

  dict(value: PdfValue | undefined): PdfDict | undefined {
    const v = this.resolve(value);
    return v instanceof PdfDict ? v : v instanceof PdfStream ? v.dict : undefined;
  }

  array(value: PdfValue | undefined): readonly PdfValue[] {
    const v = this.resolve(value);
    return Array.isArray(v) ? v : [];
  }

  name(value: PdfValue | undefined): string | undefined {
    const v = this.resolve(value);
    return v instanceof PdfName ? v.name : undefined;
  }

  number(value: PdfValue | undefined): number | undefined {
    const v = this.resolve(value);
    return typeof v === 'number' ? v : undefined;
  }

  text(value: PdfValue | undefined): string | undefined {
    const v = this.resolve(value);
    return v instanceof PdfString ? v.text() : undefined;
  }

  stream(value: PdfValue | undefined): PdfStream | undefined {
    const v = this.resolve(value);
    return v instanceof PdfStream ? v : undefined;
  }

  /** A stream's decoded bytes; null when a filter is not one this reader knows. */
  decode(stream: PdfStream): Uint8Array | null {
    const filters = this.filterNames(stream.dict.get('Filter'));
    let data = stream.raw;
    for (const [i, filter] of filters.entries()) {
      if (filter !== 'FlateDecode') return null;
      data = inflateSync(data);
      const parms = this.dict(this.array(stream.dict.get('DecodeParms'))[i] ?? stream.dict.get('DecodeParms'));
      const predictor = this.number(parms?.get('Predictor')) ?? 1;
      if (predictor >= 10) data = unpredictPng(data, this.number(parms?.get('Columns')) ?? 1, this.number(parms?.get('Colors')) ?? 1);
      else if (predictor !== 1) return null;
    }
    return data;
  }

  /** The catalog (/Root). */
  catalog(): PdfDict {
    const root = this.dict(this.trailer.get('Root'));
    if (root === undefined) throw new PdfSyntaxError('the trailer names no document catalog');
    return root;
  }

  /** Every page dictionary in order, with inherited attributes looked up through /Parent. */
  pages(): PdfDict[] {
    const pages: PdfDict[] = [];
    const seen = new Set<PdfDict>();
    const walk = (node: PdfDict | undefined): void => {
      if (node === undefined || seen.has(node)) return;
      seen.add(node);
      if (this.name(node.get('Type')) === 'Page' || !node.entries.has('Kids')) pages.push(node);
      else for (const kid of this.array(node.get('Kids'))) walk(this.dict(kid));
    };
    walk(this.dict(this.catalog().get('Pages')));
    return pages;
  }

  /** A page attribute, inherited from the page tree when the page lacks it (Resources, MediaBox, CropBox, Rotate). */
  inherited(page: PdfDict, key: string): PdfValue | undefined {
    for (let node: PdfDict | undefined = page, depth = 0; node !== undefined && depth < 64; node = this.dict(node.get('Parent')), depth++) {
      const value = node.get(key);
      if (value !== undefined) return this.resolve(value);
    }
    return undefined;
  }

  object(num: number): PdfValue | undefined {
    if (this.cache.has(num)) return this.cache.get(num);
    const entry = this.xref.get(num);
    let value: PdfValue | undefined;
    if (entry?.kind === 'offset') value = this.objectAt(entry.offset).value;
    else if (entry?.kind === 'compressed') value = this.fromObjectStream(entry.stream, entry.index);
    this.cache.set(num, value ?? null);
    return value;
  }

  private filterNames(filter: PdfValue | undefined): string[] {
    const f = this.resolve(filter);
    if (f instanceof PdfName) return [f.name];
    return Array.isArray(f) ? f.flatMap((x: PdfValue) => (x instanceof PdfName ? [x.name] : [])) : [];
  }

  /** `n g obj … endobj` at an offset; streams keep their raw bytes. */
  private objectAt(offset: number): { num: number; value: PdfValue } {
    const lexer = new Lexer(this.bytes, offset);
    const num = lexer.token();
    lexer.token();
    const keyword = lexer.token();
    if (num?.kind !== 'value' || typeof num.value !== 'number' || keyword?.kind !== 'keyword' || keyword.word !== 'obj') {
      throw new PdfSyntaxError(`no object at offset ${offset}`);
    }
    const value = lexer.object();
    const save = lexer.pos;
    const next = lexer.token();
    if (!(value instanceof PdfDict) || next?.kind !== 'keyword' || next.word !== 'stream') {
      lexer.pos = save;
      return { num: num.value, value };
    }
    let start = lexer.pos;
    if (this.bytes[start] === 0x0d) start++;
    if (this.bytes[start] === 0x0a) start++;
    const declared = this.lengthOf(value);
    const end =
      declared !== undefined && this.bytes.toString('latin1', start + declared, start + declared + 12).trimStart().startsWith('endstream')
        ? start + declared
        : this.bytes.indexOf('endstream', start, 'latin1');
    if (end < 0) throw new PdfSyntaxError(`unterminated stream at offset ${offset}`);
    return { num: num.value, value: new PdfStream(value, this.bytes.subarray(start, end)) };
  }

  private lengthOf(dict: PdfDict): number | undefined {
    const length = dict.get('Length');
    if (typeof length === 'number') return length;
    // An indirect length: resolved from the table only if it points at a plain object (no recursion into streams).
    if (length instanceof PdfRef) {
      const entry = this.xref.get(length.num);
      if (entry?.kind === 'offset') {
        const v = this.objectAt(entry.offset).value;
        return typeof v === 'number' ? v : undefined;
      }
    }
    return undefined;
  }

  private fromObjectStream(streamNum: number, index: number): PdfValue | undefined {
    const stream = this.stream(this.object(streamNum));
    const data = stream === undefined ? null : this.decode(stream);
    if (stream === undefined || data === null) return undefined;
    const count = this.number(stream.dict.get('N')) ?? 0;
    const first = this.number(stream.dict.get('First')) ?? 0;
    const buffer = Buffer.from(data);
    const header = new Lexer(buffer, 0);
    const offsets: number[] = [];
    for (let i = 0; i < count; i++) {
      header.object();
      const at = header.object();
      offsets.push(typeof at === 'number' ? at : 0);
    }
    const at = offsets[index];
    return at === undefined ? undefined : new Lexer(buffer, first + at).object();
  }

  private readXrefChain(): PdfDict {
    const tail = this.bytes.toString('latin1', Math.max(0, this.bytes.length - 1024));
    const match = /startxref\s+(\d+)\s+%%EOF\s*$/u.exec(tail) ?? /startxref\s+(\d+)/u.exec(tail);
    if (match?.[1] === undefined) throw new PdfSyntaxError('no startxref');
    let offset: number | undefined = Number(match[1]);
    let newest: PdfDict | null = null;
    const visited = new Set<number>();
    while (offset !== undefined && !visited.has(offset)) {
      visited.add(offset);
      const trailer: PdfDict = this.bytes.toString('latin1', offset, offset + 4) === 'xref' ? this.readXrefTable(offset) : this.readXrefStream(offset);
      newest ??= trailer;
      const prev: PdfValue | undefined = trailer.get('Prev');
      offset = typeof prev === 'number' ? prev : undefined;
    }
    if (newest === null) throw new PdfSyntaxError('empty cross-reference chain');
    return newest;
  }

  private readXrefTable(offset: number): PdfDict {
    const lexer = new Lexer(this.bytes, offset + 4);
    for (;;) {
      const save = lexer.pos;
      const first = lexer.token();
      if (first?.kind === 'keyword' && first.word === 'trailer') {
        const trailer = lexer.object();
        if (!(trailer instanceof PdfDict)) throw new PdfSyntaxError('trailer is not a dictionary');
        return trailer;
      }
      const count = lexer.token();
      if (first?.kind !== 'value' || count?.kind !== 'value' || typeof first.value !== 'number' || typeof count.value !== 'number') {
        throw new PdfSyntaxError(`bad cross-reference subsection at offset ${save}`);
      }
      for (let i = 0; i < count.value; i++) {
        const at = lexer.token();
        lexer.token();
        const type = lexer.token();
        const num = first.value + i;
        if (at?.kind === 'value' && typeof at.value === 'number' && type?.kind === 'keyword' && type.word === 'n' && !this.xref.has(num)) {
          this.xref.set(num, { kind: 'offset', offset: at.value });
        }
      }
    }
  }

  private readXrefStream(offset: number): PdfDict {
    const { value } = this.objectAt(offset);
    if (!(value instanceof PdfStream) || this.name(value.dict.get('Type')) !== 'XRef') throw new PdfSyntaxError(`no cross-reference at offset ${offset}`);
    const data = this.decode(value);
    if (data === null) throw new PdfSyntaxError('cross-reference stream uses an unknown filter');
    const widths = this.array(value.dict.get('W')).map((w) => (typeof w === 'number' ? w : 0));
    const size = this.number(value.dict.get('Size')) ?? 0;
    const index = this.array(value.dict.get('Index')).map((n) => (typeof n === 'number' ? n : 0));
    const sections = index.length > 0 ? index : [0, size];
    const field = (pos: number, width: number): number => {
      let n = 0;
      for (let i = 0; i < width; i++) n = n * 256 + (data[pos + i] ?? 0);
      return n;
    };
    const rowWidth = widths.reduce((a, b) => a + b, 0);
    let pos = 0;
    for (let s = 0; s + 1 < sections.length; s += 2) {
      const start = sections[s] ?? 0;
      for (let i = 0; i < (sections[s + 1] ?? 0); i++, pos += rowWidth) {
        const type = (widths[0] ?? 0) === 0 ? 1 : field(pos, widths[0] ?? 0);
        const a = field(pos + (widths[0] ?? 0), widths[1] ?? 0);
        const b = field(pos + (widths[0] ?? 0) + (widths[1] ?? 0), widths[2] ?? 0);
        const num = start + i;
        if (this.xref.has(num)) continue;
        if (type === 1) this.xref.set(num, { kind: 'offset', offset: a });
        else if (type === 2) this.xref.set(num, { kind: 'compressed', stream: a, index: b });
      }
    }
    return value.dict;
  }

  /** Rebuilds the table from every `n g obj` in the file; the trailer is the last one found, or made from the catalog. */
  private scan(): PdfDict {
    const text = this.bytes.toString('latin1');
    this.xref.clear();
    for (const match of text.matchAll(/(?<![\d])(\d+)\s+\d+\s+obj\b/gu)) this.xref.set(Number(match[1]), { kind: 'offset', offset: match.index });
    const trailerAt = text.lastIndexOf('trailer');
    if (trailerAt >= 0) {
      const trailer = new Lexer(this.bytes, trailerAt + 7).object();
      if (trailer instanceof PdfDict) return trailer;
    }
    for (const num of this.xref.keys()) {
      const value = this.safeObject(num);
      if (value instanceof PdfDict && this.name(value.get('Type')) === 'Catalog') return new PdfDict(new Map([['Root', new PdfRef(num, 0)]]));
    }
    throw new PdfSyntaxError('no document catalog found');
  }

  private safeObject(num: number): PdfValue | undefined {
    try {
      return this.object(num);
    } catch {
      return undefined;
    }
  }
}

/** Undoes PNG row predictors (ISO 32000-1, 7.4.4.4). */
function unpredictPng(data: Uint8Array, columns: number, colors: number): Uint8Array {
  const stride = columns * colors;
  const rows = Math.floor(data.length / (stride + 1));
  const out = new Uint8Array(rows * stride);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (stride + 1)] ?? 0;
    for (let i = 0; i < stride; i++) {
      const raw = data[r * (stride + 1) + 1 + i] ?? 0;
      const left = i >= colors ? (out[r * stride + i - colors] ?? 0) : 0;
      const up = r > 0 ? (out[(r - 1) * stride + i] ?? 0) : 0;
      const upLeft = r > 0 && i >= colors ? (out[(r - 1) * stride + i - colors] ?? 0) : 0;
      let predicted = 0;
      if (type === 1) predicted = left;
      else if (type === 2) predicted = up;
      else if (type === 3) predicted = Math.floor((left + up) / 2);
      else if (type === 4) {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        predicted = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      out[r * stride + i] = (raw + predicted) & 0xff;
    }
  }
  return out;
}
