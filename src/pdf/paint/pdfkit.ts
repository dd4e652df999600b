// The one door to pdfkit. Its shipped types lag the library (no `features`,
// no `font: null`, no structure tree, no `relationship` on files), so the calls
// Galley makes are typed here once and nowhere else touches pdfkit.
// Coordinates: points from the top-left corner of the page's MediaBox.
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

interface KitTextOptions {
  readonly lineBreak: false;
  readonly baseline: 'alphabetic';
}

interface KitAnnotationOptions {
  readonly structParent?: KitStructElement;
  /** A String object: pdfkit writes a primitive string as a name. */
  readonly Contents?: String;
}

/** The part of pdfkit's PDFDocument that Galley calls. */
interface KitDocument {
  readonly outline: KitOutline;
  readonly page: { readonly dictionary: { readonly data: Record<string, unknown> } };
  /** Writes the info part of the XMP packet; replaced, as pdfkit neither escapes it nor dates the change. */
  _addInfo: () => void;
  appendXML(xml: string): void;
  registerFont(name: string, font: Font): this;
  addPage(options: { size: [number, number]; margin: number }): this;
  font(name: string, size: number): this;
  fillColor(color: string): this;
  strokeColor(color: string): this;
  text(text: string, x: number, y: number, options: KitTextOptions): this;
  widthOfString(text: string): number;
  lineWidth(width: number): this;
  moveTo(x: number, y: number): this;
  lineTo(x: number, y: number): this;
  stroke(): this;
  translate(x: number, y: number): this;
  image(src: string | Buffer, x: number, y: number, options: { width: number; height: number }): this;
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
  on(event: 'data', listener: (chunk: Buffer) => void): this;
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
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;
  private pageWidth = 0;
  private pageHeight = 0;

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
    this.done = new Promise((resolve, reject) => {
      this.doc.on('data', (chunk) => this.chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
  }

  registerFont(name: string, font: Font): void {
    this.doc.registerFont(name, font);
  }

  addPage(width: number, height: number): void {
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
    const options: KitTextOptions = { lineBreak: false, baseline: 'alphabetic' };
    this.doc.font(font, size).fillColor(color);
    if (wordSpacing === 0) {
      this.doc.text(text, x, baseline, options);
      return;
    }
    // pdfkit's own wordSpacing drops the space glyphs, and the text layer and
    // structure tree lose their spaces: draw each word with its spaces instead,
    // where the widened spaces put it.
    let at = x;
    for (const chunk of text.match(/[^ ]+ *| +/gu) ?? []) {
      this.doc.text(chunk, at, baseline, options);
      at += this.doc.widthOfString(chunk) + (chunk.length - chunk.trimEnd().length) * wordSpacing;
    }
  }

  /** A straight line of the given thickness from (x1, y1) to (x2, y2). */
  line(x1: number, y1: number, x2: number, y2: number, thickness: number, color: string): void {
    this.doc.lineWidth(thickness).strokeColor(color).moveTo(x1, y1).lineTo(x2, y2).stroke();
  }

  image(src: string | Buffer, x: number, y: number, width: number, height: number): void {
    this.doc.image(src, x, y, { width, height });
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
  attach(bytes: Buffer, options: { name: string; type: string; relationship: 'Source'; description: string; date: Date }): void {
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
    this.doc.end();
    return this.done;
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
