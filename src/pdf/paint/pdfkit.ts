// The one door to pdfkit. Its shipped types lag the library (no `features`,
// no `font: null`, outline options), so the calls Galley makes are typed here
// once and nowhere else touches pdfkit. Coordinates: points from the top-left.
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

interface KitOutline {
  addItem(title: string, options: { pageNumber: number; top: number; left: number; expanded: boolean }): KitOutline;
}

interface KitTextOptions {
  readonly lineBreak: false;
  readonly baseline: 'alphabetic';
  readonly wordSpacing?: number;
}

/** The part of pdfkit's PDFDocument that Galley calls. */
interface KitDocument {
  readonly outline: KitOutline;
  registerFont(name: string, font: Font): this;
  addPage(options: { size: [number, number]; margin: number }): this;
  font(name: string, size: number): this;
  fillColor(color: string): this;
  strokeColor(color: string): this;
  text(text: string, x: number, y: number, options: KitTextOptions): this;
  lineWidth(width: number): this;
  moveTo(x: number, y: number): this;
  lineTo(x: number, y: number): this;
  stroke(): this;
  image(path: string, x: number, y: number, options: { width: number; height: number }): this;
  link(x: number, y: number, w: number, h: number, url: string): this;
  goTo(x: number, y: number, w: number, h: number, name: string): this;
  addNamedDestination(name: string, fit: 'XYZ', left: number, top: number, zoom: null): void;
  on(event: 'data', listener: (chunk: Buffer) => void): this;
  on(event: 'end', listener: () => void): this;
  on(event: 'error', listener: (error: Error) => void): this;
  end(): void;
}

interface KitOptions {
  readonly pdfVersion: '1.7';
  readonly autoFirstPage: false;
  /** null: load no default font, so Helvetica can never slip into the file. */
  readonly font: null;
  readonly info: PdfInfo;
  readonly lang: string;
  readonly displayTitle: true;
  readonly compress: true;
}

const Kit = PDFDocument as unknown as new (options: KitOptions) => KitDocument;

export interface OutlineItem {
  readonly add: (title: string, pageIndex: number, top: number) => OutlineItem;
}

export class PdfWriter {
  private readonly doc: KitDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;
  private pageWidth = 0;

  constructor(info: PdfInfo, lang: string) {
    this.doc = new Kit({ pdfVersion: '1.7', autoFirstPage: false, font: null, info, lang, displayTitle: true, compress: true });
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
    this.doc.addPage({ size: [width, height], margin: 0 });
  }

  /** Draws text with its baseline at y, exactly where given; never wraps. */
  text(text: string, x: number, baseline: number, font: string, size: number, color: string, wordSpacing: number): void {
    this.doc.font(font, size).fillColor(color);
    this.doc.text(text, x, baseline, wordSpacing === 0 ? { lineBreak: false, baseline: 'alphabetic' } : { lineBreak: false, baseline: 'alphabetic', wordSpacing });
  }

  /** A horizontal rule whose centre line is at y. */
  rule(x: number, y: number, width: number, thickness: number, color: string): void {
    this.doc.lineWidth(thickness).strokeColor(color).moveTo(x, y).lineTo(x + width, y).stroke();
  }

  image(path: string, x: number, y: number, width: number, height: number): void {
    this.doc.image(path, x, y, { width, height });
  }

  link(x: number, y: number, width: number, height: number, url: string): void {
    this.doc.link(x, y, width, height, url);
  }

  goTo(x: number, y: number, width: number, height: number, destination: string): void {
    this.doc.goTo(x, y, width, height, destination);
  }

  destination(name: string, x: number, y: number): void {
    this.doc.addNamedDestination(name, 'XYZ', x, y, null);
  }

  /** The outline's root; items point at a page and a height on it. */
  outlineRoot(): OutlineItem {
    const wrap = (node: KitOutline): OutlineItem => ({
      // pdfkit stores the Dest's left as (page width − left): pass the width for 0.
      add: (title, pageIndex, top) => wrap(node.addItem(title, { pageNumber: pageIndex, top, left: this.pageWidth, expanded: true })),
    });
    return wrap(this.doc.outline);
  }

  async finish(): Promise<Buffer> {
    this.doc.end();
    return this.done;
  }
}
