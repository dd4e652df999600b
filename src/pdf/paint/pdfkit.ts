// The one door to pdfkit: the writer paint draws through. Coordinates are
// points from the top-left corner of the page's MediaBox. pdfkit's private API
// is typed and patched in pdfkit-private.ts; text operators are written by
// content-stream.ts. About 360 lines: it is every pdfkit call Galley
// makes, and splitting the one class would only scatter them.
import { passThroughPng, type PassThroughImage, type SplitPng } from './png-image.ts';
import type { Font } from 'fontkit';
import { textObject, type GlyphPosition, type TextFont, type TextSetting } from './content-stream.ts';
import { shapedOutlines, unshapedFont } from './reordered-text.ts';
import {
  countOpenItems,
  openKit,
  type ArtifactType,
  type KitDocument,
  type KitFont,
  type KitOutline,
  type KitStructElement,
  type PdfInfo,
  type PdfVersion,
  type StructElement,
  type StructType,
} from './pdfkit-private.ts';

export type { ArtifactType, PdfInfo, PdfVersion, StructElement, StructType } from './pdfkit-private.ts';

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

/** Encoded font subsets by parsed font and glyph list (see rememberSubsets). */
const subsets = new WeakMap<object, Map<string, Uint8Array>>();
/** Subsets remembered per font; past this the memory starts again. */
const MAX_SUBSETS = 64;

/**
 * The font program of a subset is the same bytes for the same font and the
 * same glyphs in the same order. A watch keeps its fonts between rebuilds (see
 * build.ts's BuildSession), and an edit seldom brings a new glyph: the subset
 * made for the last build is embedded again instead of encoded again.
 */
function rememberSubsets(kit: KitFont): void {
  const { font, subset } = kit;
  if (font === undefined || subset === undefined) return;
  let known = subsets.get(font);
  if (known === undefined || known.size > MAX_SUBSETS) subsets.set(font, (known = new Map()));
  const memory = known;
  const encode = subset.encode.bind(subset);
  subset.encode = () => {
    const key = subset.glyphs.join(',');
    let bytes = memory.get(key);
    if (bytes === undefined) memory.set(key, (bytes = encode()));
    return bytes;
  };
}

export class PdfWriter {
  private readonly doc: KitDocument;
  private readonly chunks: Uint8Array[] = [];
  /** The current page's content operators, written to it in one piece when the page ends. */
  private readonly content: string[] = [];
  private readonly done: Promise<void>;
  /** The finished file, between the document's end and finish() handing it over. */
  private bytes: Buffer | null = null;
  private pageWidth = 0;
  private pageHeight = 0;
  /** The fill colour set on the current page, if any. */
  private fill: string | undefined;
  /** Images by path: a PNG pdfkit need not decode, or the path for pdfkit to read. */
  private readonly images = new Map<string, PassThroughImage | Buffer | string>();
  private readonly fonts = new Map<string, { readonly kit: KitFont; readonly text: TextFont }>();
  private readonly shaped = new Map<string, object>();

  constructor(options: WriterOptions) {
    this.doc = openKit(
      {
        pdfVersion: options.version,
        ...(options.pdfa !== undefined ? { subset: options.pdfa } : {}),
        tagged: true,
        autoFirstPage: false,
        font: null,
        info: options.info,
        lang: options.lang,
        displayTitle: true,
        compress: true,
      },
      { xmp: options.xmp, content: this.content, chunks: this.chunks },
    );
    this.done = new Promise((resolve, reject) => {
      this.doc.on('end', () => {
        this.bytes = Buffer.concat(this.chunks);
        // The file is made: its pieces and images need not wait for the writer to be collected.
        this.chunks.length = 0;
        this.images.clear();
        resolve();
      });
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

  /**
   * Draws text with its baseline at y, exactly where given, set as `setting`
   * says (spaces widened, glyphs scaled and spaced, a line-end soft hyphen);
   * never wraps.
   */
  text(text: string, x: number, baseline: number, font: string, size: number, color: string, setting: TextSetting): void {
    const { kit, text: textFont } = this.font(font);
    const pageFonts = this.doc.page.fonts;
    if (pageFonts[kit.id] === undefined) pageFonts[kit.id] = kit.ref();
    // The fill colour holds to the end of the page: no text is drawn inside q…Q.
    if (color !== this.fill) {
      this.doc.fillColor(color);
      this.fill = color;
    }
    this.content.push(textObject(textFont, text, x, baseline, size, setting));
  }

  /** A straight line of the given thickness from (x1, y1) to (x2, y2). */
  line(x1: number, y1: number, x2: number, y2: number, thickness: number, color: string): void {
    this.doc.lineWidth(thickness).strokeColor(color).moveTo(x1, y1).lineTo(x2, y2).stroke();
  }

  /**
   * Filled outlines (a formula's): each SVG path under its own transform, all
   * placed by `matrix` [a b c d e f] in page space, in its own colour or
   * `color`; inside q…Q, so the fill colour the text uses is untouched.
   */
  shapes(shapes: readonly { readonly d: string; readonly transform: readonly number[]; readonly color?: string }[], matrix: readonly number[], color: string): void {
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = matrix;
    this.doc.save().transform(a, b, c, d, e, f);
    for (const shape of shapes) {
      const [sa = 1, sb = 0, sc = 0, sd = 1, se = 0, sf = 0] = shape.transform;
      this.doc.save().transform(sa, sb, sc, sd, se, sf).path(shape.d).fill(shape.color ?? color);
      this.doc.restore();
    }
    this.doc.restore();
  }

  /**
   * Text in render mode 3 (invisible), `hscale` times its width: the text
   * layer of something drawn as outlines, for search, copy and extraction.
   */
  invisibleText(text: string, x: number, baseline: number, font: string, size: number, hscale: number): void {
    const { kit, text: textFont } = this.font(font);
    this.invisible(kit, textFont, text, x, baseline, size, { wordSpacing: 0, hscale });
  }

  private invisible(kit: KitFont, textFont: TextFont, text: string, x: number, baseline: number, size: number, setting: TextSetting): void {
    const pageFonts = this.doc.page.fonts;
    if (pageFonts[kit.id] === undefined) pageFonts[kit.id] = kit.ref();
    // Render mode is text state, which outlives ET: q…Q keeps it to this text.
    this.content.push('q', textObject(textFont, text, x, baseline, size, setting).replace(/^BT\n/, 'BT\n3 Tr\n'), 'Q');
  }

  /**
   * Text in a script whose shaping reorders its glyphs: their outlines, over
   * the text as written in invisible unshaped glyphs (reordered-text.ts).
   */
  reorderedText(text: string, x: number, baseline: number, font: string, size: number, color: string, setting: TextSetting & { readonly spaceAfter?: number }): void {
    const { kit } = this.font(font);
    const { font: parsed, subset, scale, widths, unicode } = kit;
    if (parsed === undefined || subset === undefined || scale === undefined || widths === undefined || unicode === undefined) {
      this.text(text, x, baseline, font, size, color, setting);
      return;
    }
    const hscale = setting.hscale ?? 1;
    const { shapes, width } = shapedOutlines(parsed, text, x, baseline, size, hscale, setting.wordSpacing);
    this.shapes(shapes, [1, 0, 0, 1, 0, 0], color);
    const letters = unshapedFont({ id: kit.id, font: parsed, scale, subset, widths, unicode });
    const [, positions] = letters.encode(text);
    const natural = (positions.reduce((sum, p) => sum + p.xAdvance, 0) * size) / 1000;
    if (natural <= 0) return;
    // Where words meet with no space (Thai, Khmer), the gap justification opens
    // after the run is covered too: extraction would read a gap as a space.
    const gap = /\s$/u.test(text) ? 0 : (setting.spaceAfter ?? 0);
    // A hyphen added at the line's end stays a soft hyphen in the text, as in any other script.
    this.invisible(kit, letters, text, x, baseline, size, { wordSpacing: 0, hscale: (width + gap) / natural, ...(setting.softHyphen === true ? { softHyphen: true } : {}) });
  }

  /** Draws `draw` inside a Span whose ActualText is `text`: what copying and extraction give for what it draws. */
  actualText(text: string, draw: () => void): void {
    this.doc.markContent('Span', { actual: text });
    draw();
    this.doc.endMarkedContent();
  }

  /** The image file at `path`, or `replacement` for it; embedded once however often it is drawn. */
  image(path: string, x: number, y: number, width: number, height: number, replacement?: Buffer | SplitPng): void {
    let image = this.images.get(path);
    if (image === undefined) {
      const source = replacement ?? path;
      image = passThroughPng(source, `GI${this.images.size + 1}`) ?? (Buffer.isBuffer(source) || typeof source === 'string' ? source : path);
      this.images.set(path, image);
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

  /**
   * A structure element, not yet in the tree. A table cell's spans are Table
   * attributes (ISO 32000-1 14.8.5.7), beside its scope: pdfkit's `struct`
   * writes the scope only.
   */
  structure(type: StructType, options: { alt?: string; actual?: string; scope?: 'Column' | 'Row'; colSpan?: number; rowSpan?: number } = {}): StructElement {
    const { colSpan, rowSpan, ...rest } = options;
    const element = this.doc.struct(type, rest);
    if (colSpan !== undefined || rowSpan !== undefined) {
      const data = element.dictionary.data;
      data.A = { ...data.A, O: 'Table', ...(colSpan !== undefined ? { ColSpan: colSpan } : {}), ...(rowSpan !== undefined ? { RowSpan: rowSpan } : {}) };
    }
    return element;
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

  /**
   * Page labels, so viewers show a book's folios: the first `front` pages in
   * lower-case roman (i, ii, …), the rest in arabic from 1.
   */
  pageLabels(front: number): void {
    // pdfkit writes a JS string as a PDF name: /S /r.
    this.doc._root.data.PageLabels = { Nums: front > 0 ? [0, { S: 'r' }, front, { S: 'D' }] : [0, { S: 'D' }] };
  }

  /** Embeds a file as an associated file of the document (PDF/A-3's /AF). */
  attach(bytes: Buffer, options: { name: string; type: string; relationship: 'Source' | 'Data' | 'Supplement'; description: string; date: Date }): void {
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
    await this.done;
    const bytes = this.bytes ?? Buffer.alloc(0);
    this.bytes = null;
    return bytes;
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
      rememberSubsets(kit);
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
