// pdfkit's private API, typed once: its shipped types lag the library (no
// `features`, no `font: null`, no structure tree, no `relationship` on files),
// and Galley replaces a few of its internals (XMP info, content and file
// writing, outline counts). Only the writer facade (pdfkit.ts) uses this.
import PDFDocument from 'pdfkit';
import type { Font } from 'fontkit';
import type { PassThroughImage } from './png-image.ts';
import type { TextFont } from './content-stream.ts';
import type { StructType as LayoutStructType } from '../page-model.ts';

export interface PdfInfo {
  readonly Title: string;
  readonly Author?: string;
  readonly Subject?: string;
  readonly Keywords?: string;
  readonly CreationDate: Date;
  readonly ModDate: Date;
  readonly Producer: string;
  readonly Creator: string;
}

/** PDF standard structure types Galley writes (ISO 32000-1, 14.8.4): layout's, and those paint adds itself. */
export type StructType = LayoutStructType | 'Document' | 'Reference' | 'Link' | 'Formula';

/** Artifact kinds: running heads and folios are pagination, rules are layout, printer's marks belong to the page. */
export type ArtifactType = 'Pagination' | 'Layout' | 'Page';

/** A structure element; opaque outside this module. */
export interface StructElement {
  readonly __brand: 'StructElement';
}

/** A marked-content sequence, to be added to the element it belongs to. */
interface StructContent {
  readonly __brand: 'StructContent';
}

export interface KitStructElement extends StructElement {
  add(child: KitStructElement | StructContent): this;
  end(): void;
  /** The element's dictionary, written when it ends; `A` its attributes. */
  readonly dictionary: { readonly data: { A?: Record<string, unknown> } };
}

export interface KitOutline {
  readonly children: KitOutline[];
  readonly outlineData: { Count?: number };
  addItem(title: string, options: { pageNumber: number; top: number; left: number; expanded: boolean }): KitOutline;
}

export interface KitFont extends TextFont {
  ref(): unknown;
  /** Runs already shaped, by text: pdfkit shapes only what it does not find here. */
  layoutCache: object;
  /** The parsed font and fontkit's subset of it that pdfkit embeds (absent for the standard 14 fonts). */
  readonly font?: Font;
  readonly subset?: { readonly glyphs: readonly number[]; encode(): Uint8Array; includeGlyph(glyph: number): number };
  /** Font units → thousandths of the font size. */
  readonly scale?: number;
  /** By subset glyph id: the widths and the text (ToUnicode) pdfkit writes for the font. */
  readonly widths?: number[];
  readonly unicode?: number[][];
}

export interface KitAnnotationOptions {
  readonly structParent?: KitStructElement;
  /** A String object: pdfkit writes a primitive string as a name. */
  readonly Contents?: String;
}

/** A name tree (named destinations, embedded files): pdfkit sorts its keys with this. */
interface KitNameTree {
  _compareKeys(a: string, b: string): number;
}

/** The part of pdfkit's PDFDocument that Galley calls. */
export interface KitDocument {
  readonly outline: KitOutline;
  /** The document catalog (page labels are set on it; its name dictionary holds the named destinations). */
  readonly _root: { readonly data: Record<string, unknown> & { readonly Names: { readonly data: { readonly Dests: KitNameTree } } } };
  readonly page: {
    readonly dictionary: { readonly data: Record<string, unknown> };
    readonly fonts: Record<string, unknown>;
    /** Appends bytes to the page's content stream (a string would be copied one character at a time, a newline added). */
    write(chunk: Uint8Array): void;
  };
  /** The font the last font() call chose. */
  readonly _font: KitFont;
  /** Writes the info part of the XMP packet; replaced, as pdfkit neither escapes it nor dates the change. */
  _addInfo: () => void;
  appendXML(xml: string): void;
  registerFont(name: string, font: Font): this;
  addPage(options: { size: [number, number]; margin: number }): this;
  font(name: string): this;
  fillColor(color: string): this;
  strokeColor(color: string): this;
  /** Every content operator pdfkit writes goes through here. */
  addContent: (operators: string) => KitDocument;
  /** Every byte of the file goes through here: a string is written as Latin-1 with a newline. */
  _write: (data: string | Uint8Array) => void;
  /** Bytes written so far (where the next object starts, for the xref table). */
  _offset: number;
  /** What the document's stream holds (its header, before anything is drawn). */
  read(): Buffer | null;
  resume(): this;
  lineWidth(width: number): this;
  moveTo(x: number, y: number): this;
  lineTo(x: number, y: number): this;
  stroke(): this;
  translate(x: number, y: number): this;
  image(src: string | Buffer | PassThroughImage, x: number, y: number, options: { width: number; height: number }): this;
  link(x: number, y: number, w: number, h: number, url: string, options: KitAnnotationOptions): this;
  goTo(x: number, y: number, w: number, h: number, name: string, options: KitAnnotationOptions): this;
  addNamedDestination(name: string, fit: 'XYZ', left: number, top: number, zoom: null): void;
  struct(type: StructType, options: { alt?: string; actual?: string; scope?: 'Column' | 'Row' }): KitStructElement;
  addStructure(element: KitStructElement): this;
  markStructureContent(tag: StructType): StructContent;
  markContent(tag: 'Artifact', options: { type: ArtifactType }): this;
  markContent(tag: 'Span', options: { actual: string }): this;
  save(): this;
  restore(): this;
  transform(a: number, b: number, c: number, d: number, e: number, f: number): this;
  path(d: string): this;
  fill(color: string): this;
  endMarkedContent(): this;
  file(
    src: Buffer,
    options: { name: string; type: string; relationship: string; description: string; creationDate: Date; modifiedDate: Date },
  ): unknown;
  on(event: 'end', listener: () => void): this;
  on(event: 'error', listener: (error: Error) => void): this;
  end(): void;
}

export interface KitOptions {
  readonly pdfVersion: PdfVersion;
  readonly subset?: 'PDF/A-1b' | 'PDF/A-3b';
  readonly tagged: true;
  readonly autoFirstPage: false;
  /** null: load no default font, so Helvetica can never slip into the file. */
  readonly font: null;
  readonly info: PdfInfo;
  readonly lang: string;
  readonly displayTitle: true;
  readonly compress: true;
}

const Kit = PDFDocument as unknown as new (options: KitOptions) => KitDocument;

/** Where the patched document puts what pdfkit would write itself. */
export interface KitSink {
  /** rdf:Description elements for the XMP packet, in place of pdfkit's own (see KitDocument._addInfo). */
  readonly xmp: string;
  /** The current page's content operators, for the writer to write to the page in one piece. */
  readonly content: string[];
  /** The file's bytes, in order. */
  readonly chunks: Uint8Array[];
}

/** A pdfkit document with Galley's replacements for its XMP info, content and file writing. */
export function openKit(options: KitOptions, sink: KitSink): KitDocument {
  const doc = new Kit(options);
  // pdfkit sorts a name tree's keys by localeCompare, but a reader finds a name
  // by binary search over the bytes written ("c1_a" before "c1-intro", "Results"
  // before "notes", "méta" after every ASCII name); pdf.js falls back to
  // reading them all, other readers need not. Set on the class, so every tree
  // of every file is in byte order; the same on every call.
  (Object.getPrototypeOf(doc._root.data.Names.data.Dests) as KitNameTree)._compareKeys = byWrittenBytes;
  doc._addInfo = () => doc.appendXML(sink.xmp);
  // pdfkit turns each operator into bytes of its own; a page's worth at once is
  // far less work and garbage, and gives the same stream.
  doc.addContent = (operators) => {
    sink.content.push(operators);
    return doc;
  };
  // pdfkit pushes each piece of the file (several per object) through its
  // stream, as a typed array it then wraps again: keep the pieces here instead.
  const header = doc.read();
  if (header !== null) sink.chunks.push(header);
  doc._write = (data) => {
    const bytes = data instanceof Uint8Array ? data : Buffer.from(`${data}\n`, 'latin1');
    sink.chunks.push(bytes);
    doc._offset += bytes.length;
  };
  return doc;
}

/** Two name tree keys in the order of the bytes pdfkit writes for them. */
function byWrittenBytes(a: string, b: string): number {
  const x = writtenBytes(a);
  const y = writtenBytes(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A string's bytes as pdfkit writes a String object, one character per byte: ASCII as is, anything else UTF-16BE after a byte order mark. */
function writtenBytes(key: string): string {
  if (!/[^\x00-\x7f]/u.test(key)) return key;
  let bytes = '\u00fe\u00ff';
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    bytes += String.fromCharCode(code >> 8, code & 0xff);
  }
  return bytes;
}

export type PdfVersion = '1.4' | '1.6' | '1.7';

/**
 * Every outline item is open, so each Count (the root's included, which PDF/A
 * requires) is the number of descendants shown; pdfkit counts children only.
 */
export function countOpenItems(node: KitOutline): number {
  let count = 0;
  for (const child of node.children) count += 1 + countOpenItems(child);
  if (count > 0) node.outlineData.Count = count;
  return count;
}

