// The one door to pdfkit. Its shipped types lag the library (no `features`,
// no `font: null`, no structure tree, no `relationship` on files), so the calls
// Galley makes are typed here once and nowhere else touches pdfkit.
// Coordinates: points from the top-left corner of the page's MediaBox.
import { passThroughPng, type PassThroughImage } from './png-image.ts';
import PDFDocument from 'pdfkit';
import type { Font } from 'fontkit';

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

/** PDF standard structure types Galley writes (ISO 32000-1, 14.8.4). */
export type StructType =
  | 'Document'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'H4'
  | 'H5'
  | 'H6'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'BlockQuote'
  | 'Table'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Figure'
  | 'Caption'
  | 'Note'
  | 'Reference'
  | 'Link'
  | 'Code';

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

interface KitStructElement extends StructElement {
  add(child: KitStructElement | StructContent): this;
  end(): void;
}

interface KitOutline {
  readonly children: KitOutline[];
  readonly outlineData: { Count?: number };
  addItem(title: string, options: { pageNumber: number; top: number; left: number; expanded: boolean }): KitOutline;
}

/** Where fontkit put a glyph, in thousandths of the font size. */
export interface GlyphPosition {
  readonly xAdvance: number;
  readonly xOffset: number;
  readonly yOffset: number;
  /** The glyph's own width, which the font's widths array gives the viewer. */
  readonly advanceWidth: number;
}

/** pdfkit's embedded font, as the text writer uses it. */
export interface TextFont {
  /** Its resource name on the page (F1, F2…). */
  readonly id: string;
  /**
   * Lays `text` out (kerned, ligated), adds its glyphs to the subset, and gives
   * their 4-hex-digit codes with their positions.
   */
  encode(text: string): [string[], GlyphPosition[]];
}

interface KitFont extends TextFont {
  ref(): unknown;
  /** Runs already shaped, by text: pdfkit shapes only what it does not find here. */
  layoutCache: object;
}

interface KitAnnotationOptions {
  readonly structParent?: KitStructElement;
  /** A String object: pdfkit writes a primitive string as a name. */
  readonly Contents?: String;
}

/** The part of pdfkit's PDFDocument that Galley calls. */
interface KitDocument {
  readonly outline: KitOutline;
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
  struct(type: StructType, options: { alt?: string; scope?: 'Column' | 'Row' }): KitStructElement;
  addStructure(element: KitStructElement): this;
  markStructureContent(tag: StructType): StructContent;
  markContent(tag: 'Artifact', options: { type: ArtifactType }): this;
  endMarkedContent(): this;
  file(
    src: Buffer,
    options: { name: string; type: string; relationship: string; description: string; creationDate: Date; modifiedDate: Date },
  ): unknown;
  on(event: 'end', listener: () => void): this;
  on(event: 'error', listener: (error: Error) => void): this;
  end(): void;
}

interface KitOptions {
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

export type PdfVersion = '1.4' | '1.6' | '1.7';

export interface WriterOptions {
  readonly info: PdfInfo;
  readonly lang: string;
  readonly version: PdfVersion;
  /** A PDF/A conformance level: pdfkit adds the sRGB output intent, the pdfaid XMP and font CIDSets. */
  readonly pdfa?: 'PDF/A-1b' | 'PDF/A-3b';
  /** rdf:Description elements for the XMP packet, in place of pdfkit's own (see KitDocument._addInfo). */
  readonly xmp: string;
}

/** A page box in the page's own top-left coordinates. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface OutlineItem {
  readonly add: (title: string, pageIndex: number, top: number) => OutlineItem;
}

export class PdfWriter {
  private readonly doc: KitDocument;
  private readonly chunks: Uint8Array[] = [];
  /** The current page's content operators, written to it in one piece when the page ends. */
  private readonly content: string[] = [];
  private readonly done: Promise<Buffer>;
  private pageWidth = 0;
  private pageHeight = 0;
  /** The fill colour set on the current page, if any. */
  private fill: string | undefined;
  /** Images by path: a PNG pdfkit need not decode, or the path for pdfkit to read. */
  private readonly images = new Map<string, PassThroughImage | string>();
  private readonly fonts = new Map<string, { readonly kit: KitFont; readonly text: TextFont }>();
  private readonly shaped = new Map<string, object>();

  constructor(options: WriterOptions) {
    this.doc = new Kit({
      pdfVersion: options.version,
      ...(options.pdfa !== undefined ? { subset: options.pdfa } : {}),
      tagged: true,
      autoFirstPage: false,
      font: null,
      info: options.info,
      lang: options.lang,
      displayTitle: true,
      compress: true,
    });
    this.doc._addInfo = () => this.doc.appendXML(options.xmp);
    // pdfkit turns each operator into bytes of its own; a page's worth at once is
    // far less work and garbage, and gives the same stream.
    this.doc.addContent = (operators) => {
      this.content.push(operators);
      return this.doc;
    };
    // pdfkit pushes each piece of the file (several per object) through its
    // stream, as a typed array it then wraps again: keep the pieces here instead.
    const header = this.doc.read();
    if (header !== null) this.chunks.push(header);
    this.doc._write = (data) => {
      const bytes = data instanceof Uint8Array ? data : Buffer.from(`${data}\n`, 'latin1');
      this.chunks.push(bytes);
      this.doc._offset += bytes.length;
    };
    this.done = new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
      // Flowing, so the stream's end (after the trailer) is seen.
      this.doc.resume();
    });
  }

  /** `shaped`, if given, is pdfkit's layout cache for the face: runs layout has shaped already, drawn without shaping them again. */
  registerFont(name: string, font: Font, shaped?: object): void {
    this.doc.registerFont(name, font);
    if (shaped !== undefined) this.shaped.set(name, shaped);
  }

  addPage(width: number, height: number): void {
    this.flushContent();
    this.fill = undefined;
    this.pageWidth = width;
    this.pageHeight = height;
    this.doc.addPage({ size: [width, height], margin: 0 });
  }

  /** Sets the page's TrimBox and BleedBox (its MediaBox is the page size). */
  pageBoxes(trim: Box, bleed: Box): void {
    const data = this.doc.page.dictionary.data;
    data.TrimBox = this.pdfRect(trim);
    data.BleedBox = this.pdfRect(bleed);
  }

  /** Moves the origin of everything drawn after it on this page. */
  translate(x: number, y: number): void {
    this.doc.translate(x, y);
  }

  /** Draws text with its baseline at y, exactly where given, each space widened by `wordSpacing`; never wraps. */
  text(text: string, x: number, baseline: number, font: string, size: number, color: string, wordSpacing: number): void {
    const { kit, text: textFont } = this.font(font);
    const pageFonts = this.doc.page.fonts;
    if (pageFonts[kit.id] === undefined) pageFonts[kit.id] = kit.ref();
    // The fill colour holds to the end of the page: no text is drawn inside q…Q.
    if (color !== this.fill) {
      this.doc.fillColor(color);
      this.fill = color;
    }
    this.content.push(textObject(textFont, text, x, baseline, size, wordSpacing));
  }

  /** A straight line of the given thickness from (x1, y1) to (x2, y2). */
  line(x1: number, y1: number, x2: number, y2: number, thickness: number, color: string): void {
    this.doc.lineWidth(thickness).strokeColor(color).moveTo(x1, y1).lineTo(x2, y2).stroke();
  }

  image(src: string | Buffer, x: number, y: number, width: number, height: number): void {
    if (typeof src !== 'string') {
      this.doc.image(src, x, y, { width, height });
      return;
    }
    let image = this.images.get(src);
    if (image === undefined) {
      image = passThroughPng(src, `GI${this.images.size + 1}`) ?? src;
      this.images.set(src, image);
    }
    this.doc.image(image, x, y, { width, height });
  }

  /** A link annotation to a URL; `element` is the Link structure element that owns it. */
  link(x: number, y: number, width: number, height: number, url: string, element: StructElement, contents: string): void {
    this.doc.link(x, y, width, height, url, { structParent: element as KitStructElement, Contents: new String(contents) });
  }

  /** A link annotation to a named destination. */
  goTo(x: number, y: number, width: number, height: number, destination: string, element: StructElement, contents: string): void {
    this.doc.goTo(x, y, width, height, destination, { structParent: element as KitStructElement, Contents: new String(contents) });
  }

  destination(name: string, x: number, y: number): void {
    this.doc.addNamedDestination(name, 'XYZ', x, y, null);
  }

  /** The outline's root; items point at a page and a height on it, all open. */
  outlineRoot(): OutlineItem {
    const wrap = (node: KitOutline): OutlineItem => ({
      // pdfkit stores the Dest's left as (page width − left): pass the width for 0.
      add: (title, pageIndex, top) => wrap(node.addItem(title, { pageNumber: pageIndex, top, left: this.pageWidth, expanded: false })),
    });
    return wrap(this.doc.outline);
  }

  /** A structure element, not yet in the tree. */
  structure(type: StructType, options: { alt?: string; scope?: 'Column' | 'Row' } = {}): StructElement {
    return this.doc.struct(type, options);
  }

  /** Puts `element` at the root of the structure tree. */
  addRootStructure(element: StructElement): void {
    this.doc.addStructure(element as KitStructElement);
  }

  /** Makes `child` the next child of `parent`. */
  addChild(parent: StructElement, child: StructElement): void {
    (parent as KitStructElement).add(child as KitStructElement);
  }

  /** Ends an element: written out now, so its annotations are recorded on the current page. */
  endStructure(element: StructElement): void {
    (element as KitStructElement).end();
  }

  /** Draws `draw` as marked content belonging to `element`. */
  marked(element: StructElement, type: StructType, draw: () => void): void {
    const content = this.doc.markStructureContent(type);
    draw();
    this.doc.endMarkedContent();
    (element as KitStructElement).add(content);
  }

  /** Draws `draw` as an artifact: on the page, but not part of the document's content. */
  artifact(type: ArtifactType, draw: () => void): void {
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
  }

  /** Embeds a file as an associated file of the document (PDF/A-3's /AF). */
  attach(bytes: Buffer, options: { name: string; type: string; relationship: 'Source' | 'Data'; description: string; date: Date }): void {
    this.doc.file(bytes, {
      name: options.name,
      type: options.type,
      relationship: options.relationship,
      description: options.description,
      creationDate: options.date,
      modifiedDate: options.date,
    });
  }

  async finish(): Promise<Buffer> {
    countOpenItems(this.doc.outline);
    this.flushContent();
    this.doc.end();
    return this.done;
  }

  /**
   * pdfkit's font by its registered name, and the same font encoding each run
   * of text once: prose repeats its words, and a run's glyphs, once in the
   * subset, encode the same every time.
   */
  private font(name: string): { readonly kit: KitFont; readonly text: TextFont } {
    let font = this.fonts.get(name);
    if (font === undefined) {
      const kit = this.doc.font(name)._font;
      const shaped = this.shaped.get(name);
      if (shaped !== undefined) kit.layoutCache = shaped;
      const encoded = new Map<string, [string[], GlyphPosition[]]>();
      const encode = (run: string): [string[], GlyphPosition[]] => {
        let codes = encoded.get(run);
        if (codes === undefined) encoded.set(run, (codes = kit.encode(run)));
        return codes;
      };
      font = { kit, text: { id: kit.id, encode } };
      this.fonts.set(name, font);
    }
    return font;
  }

  private flushContent(): void {
    if (this.content.length === 0) return;
    this.doc.page.write(Buffer.from(`${this.content.join('\n')}\n`, 'latin1'));
    this.content.length = 0;
  }

  /** [llx lly urx ury] in PDF's bottom-up coordinates. */
  private pdfRect(box: Box): number[] {
    return [box.x, this.pageHeight - box.y - box.height, box.x + box.width, this.pageHeight - box.y];
  }
}

/**
 * Every outline item is open, so each Count (the root's included, which PDF/A
 * requires) is the number of descendants shown; pdfkit counts children only.
 */
function countOpenItems(node: KitOutline): number {
  let count = 0;
  for (const child of node.children) count += 1 + countOpenItems(child);
  if (count > 0) node.outlineData.Count = count;
  return count;
}

/** A number as pdfkit writes one: at most six decimals. */
const pdfNumber = (n: number): number => Math.round(n * 1e6) / 1e6;

/** The runs pdfkit lays text out in: kerning and ligatures within a run, none across; each ends at a space or tab. */
const LAYOUT_RUNS = /[^ \t]*[ \t]?/gu;

/**
 * One text object (BT…ET) drawing `text` in `font` at `size`, baseline at
 * (x, baseline) in pdfkit's top-down page space, each U+0020 widened by
 * `wordSpacing` points. The glyphs and kerning are pdfkit's own (its _fragment
 * writes the same TJ arrays); the widening is a TJ adjustment after each space
 * glyph, as Tw acts only on single-byte codes and pdfkit's wordSpacing option
 * drops the spaces from the text layer. The text matrix flips y back upright,
 * so no q/cm/Q is needed around it.
 */
export function textObject(font: TextFont, text: string, x: number, baseline: number, size: number, wordSpacing: number): string {
  const scale = size / 1000;
  const spacing = wordSpacing / scale;
  const origin = (at: number, rise: number): string => `1 0 0 -1 ${pdfNumber(at)} ${pdfNumber(baseline - rise)} Tm`;
  const out = ['BT', `/${font.id} ${pdfNumber(size)} Tf`, origin(x, 0)];
  // Glyph codes since the last adjustment, and the TJ array they go into.
  let codes = '';
  const array: string[] = [];
  const flush = (): void => {
    if (codes !== '') array.push(`<${codes}> 0`);
    codes = '';
    if (array.length > 0) out.push(`[${array.join(' ')}] TJ`);
    array.length = 0;
  };
  let at = x;
  let offset = false;
  for (const run of text.match(LAYOUT_RUNS) ?? []) {
    if (run === '') continue;
    const [hex, positions] = font.encode(run);
    const spaceAt = run.endsWith(' ') ? positions.length - 1 : -1;
    for (let i = 0; i < positions.length; i++) {
      const position = positions[i] as GlyphPosition;
      const extra = i === spaceAt ? spacing : 0;
      const adjustment = position.xAdvance - position.advanceWidth + extra;
      if (position.xOffset !== 0 || position.yOffset !== 0) {
        // A displaced glyph (a mark, a shaped cluster) gets a text matrix of its own.
        flush();
        out.push(origin(at + position.xOffset * scale, position.yOffset * scale), `[<${hex[i]}> ${pdfNumber(-adjustment)}] TJ`);
        offset = true;
      } else {
        if (offset) out.push(origin(at, 0));
        offset = false;
        codes += hex[i];
        if (adjustment !== 0) {
          array.push(`<${codes}> ${pdfNumber(-adjustment)}`);
          codes = '';
        }
      }
      at += (position.xAdvance + extra) * scale;
    }
  }
  flush();
  out.push('ET');
  return out.join('\n');
}
