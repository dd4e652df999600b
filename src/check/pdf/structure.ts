// Checks on a PDF's objects: fonts, page boxes, print-shop rules, PDF/A
// identification and XMP, tagging, and the embedded manuscript. Over 300
// lines because it is one short check per rule family, each a walk over the
// same raw objects (reader.ts) with no state between them; a family that grows
// past a screen moves to its own file.
import { createHash } from 'node:crypto';
import { GALLEY_NS } from '../../pdf/paint/xmp.ts';
import type { CheckResult } from '../types.ts';
import { result } from '../types.ts';
import { elementsNS, parseXml } from '../xml.ts';
import type { XmlDocument } from '../xml.ts';
import { PdfDict, PdfName, PdfString } from './reader.ts';
import type { PdfFile, PdfValue } from './reader.ts';

const STANDARD_ENCODINGS = new Set(['WinAnsiEncoding', 'MacRomanEncoding', 'StandardEncoding', 'PDFDocEncoding']);
const FONT_FILES = ['FontFile', 'FontFile2', 'FontFile3'];
// What print services call bleed: 0.125 in (KDP, IngramSpark), with a little slack for rounding.
const PRINT_BLEED = 9;
const BOX_SLACK = 0.01;

/** Every font a page (or a form it draws) uses, once each. */
function pageFonts(pdf: PdfFile): Map<PdfDict, string> {
  const fonts = new Map<PdfDict, string>();
  const seen = new Set<PdfDict>();
  const visitResources = (resources: PdfDict | undefined): void => {
    if (resources === undefined || seen.has(resources)) return;
    seen.add(resources);
    const fontDict = pdf.dict(resources.get('Font'));
    for (const value of fontDict?.entries.values() ?? []) {
      const font = pdf.dict(value);
      if (font !== undefined) fonts.set(font, pdf.name(font.get('BaseFont')) ?? '(unnamed)');
    }
    for (const value of pdf.dict(resources.get('XObject'))?.entries.values() ?? []) {
      const xobject = pdf.stream(value);
      if (xobject !== undefined && pdf.name(xobject.dict.get('Subtype')) === 'Form') visitResources(pdf.dict(xobject.dict.get('Resources')));
    }
  };
  for (const page of pdf.pages()) visitResources(pdf.dict(pdf.inherited(page, 'Resources')));
  return fonts;
}

function fontProblems(pdf: PdfFile, font: PdfDict, name: string): string[] {
  const subtype = pdf.name(font.get('Subtype'));
  const problems: string[] = [];
  const descriptorOf = (f: PdfDict | undefined): PdfDict | undefined => pdf.dict(f?.get('FontDescriptor'));
  const embedded = (descriptor: PdfDict | undefined): boolean => FONT_FILES.some((key) => pdf.stream(descriptor?.get(key)) !== undefined);
  const hasToUnicode = pdf.stream(font.get('ToUnicode')) !== undefined;
  if (subtype === 'Type3') {
    if (!hasToUnicode) problems.push(`${name} (Type 3): no ToUnicode map, so its text cannot be read back`);
    return problems;
  }
  if (subtype === 'Type0') {
    const descendant = pdf.dict(pdf.array(font.get('DescendantFonts'))[0]);
    if (!embedded(descriptorOf(descendant))) problems.push(`${name}: not embedded`);
    const encoding = pdf.name(font.get('Encoding')) ?? '';
    if (!hasToUnicode && !encoding.startsWith('Uni')) problems.push(`${name}: no ToUnicode map, so its text cannot be read back`);
    return problems;
  }
  if (!embedded(descriptorOf(font))) problems.push(`${name}: not embedded`);
  const encoding = pdf.resolve(font.get('Encoding'));
  const base = encoding instanceof PdfName ? encoding.name : encoding instanceof PdfDict ? pdf.name(encoding.get('BaseEncoding')) : undefined;
  if (!hasToUnicode && (base === undefined || !STANDARD_ENCODINGS.has(base))) problems.push(`${name}: no ToUnicode map and no standard encoding`);
  return problems;
}

export function checkFonts(pdf: PdfFile): CheckResult {
  const fonts = pageFonts(pdf);
  const problems = [...fonts].flatMap(([font, name]) => fontProblems(pdf, font, name));
  const title = 'Fonts embedded, with Unicode maps';
  if (fonts.size === 0) return result('pdf.fonts', title, 'pass', 'no fonts (no text)');
  if (problems.length > 0) return result('pdf.fonts', title, 'fail', `${problems.length} problem(s) in ${fonts.size} font(s)`, problems);
  return result('pdf.fonts', title, 'pass', `${fonts.size} font(s), all embedded, all mapped to Unicode`);
}

interface Rect {
  readonly llx: number;
  readonly lly: number;
  readonly urx: number;
  readonly ury: number;
}

function rect(pdf: PdfFile, value: PdfValue | undefined): Rect | undefined {
  const numbers = pdf.array(value).map((v) => pdf.number(v));
  if (numbers.length !== 4 || numbers.some((n) => n === undefined)) return undefined;
  const [a = 0, b = 0, c = 0, d = 0] = numbers as number[];
  return { llx: Math.min(a, c), lly: Math.min(b, d), urx: Math.max(a, c), ury: Math.max(b, d) };
}

const inside = (inner: Rect, outer: Rect): boolean =>
  inner.llx >= outer.llx - BOX_SLACK && inner.lly >= outer.lly - BOX_SLACK && inner.urx <= outer.urx + BOX_SLACK && inner.ury <= outer.ury + BOX_SLACK;
const size = (r: Rect): string => `${round(r.urx - r.llx)} × ${round(r.ury - r.lly)} pt`;
const round = (n: number): number => Math.round(n * 100) / 100;

interface PageBoxes {
  readonly media: Rect;
  readonly crop: Rect;
  readonly bleed: Rect;
  readonly trim?: Rect;
}

/** Each page's boxes, defaults applied (ISO 32000-1, 14.11.2); problems for missing or misplaced ones. */
function readBoxes(pdf: PdfFile): { boxes: PageBoxes[]; problems: string[] } {
  const problems: string[] = [];
  const boxes: PageBoxes[] = [];
  pdf.pages().forEach((page, i) => {
    const n = i + 1;
    const media = rect(pdf, pdf.inherited(page, 'MediaBox'));
    if (media === undefined || media.urx - media.llx <= 0 || media.ury - media.lly <= 0) {
      problems.push(`page ${n}: no valid MediaBox`);
      return;
    }
    const crop = rect(pdf, pdf.inherited(page, 'CropBox')) ?? media;
    const bleed = rect(pdf, page.get('BleedBox')) ?? crop;
    const trim = rect(pdf, page.get('TrimBox'));
    const art = rect(pdf, page.get('ArtBox'));
    if (!inside(crop, media)) problems.push(`page ${n}: CropBox extends beyond the MediaBox`);
    if (!inside(bleed, media)) problems.push(`page ${n}: BleedBox extends beyond the MediaBox`);
    if (trim !== undefined && !inside(trim, bleed)) problems.push(`page ${n}: TrimBox extends beyond the BleedBox`);
    if (art !== undefined && !inside(art, bleed)) problems.push(`page ${n}: ArtBox extends beyond the BleedBox`);
    boxes.push({ media, crop, bleed, ...(trim !== undefined ? { trim } : {}) });
  });
  return { boxes, problems };
}

export function checkBoxes(pdf: PdfFile): CheckResult {
  const title = 'Page boxes';
  const { boxes, problems } = readBoxes(pdf);
  const trimmed = boxes.filter((b) => b.trim !== undefined).length;
  if (trimmed > 0 && trimmed < boxes.length) problems.push(`${boxes.length - trimmed} of ${boxes.length} pages have no TrimBox`);
  const trims = new Set(boxes.flatMap((b) => (b.trim !== undefined ? [size(b.trim)] : [])));
  if (trims.size > 1) problems.push(`pages are trimmed to different sizes: ${[...trims].join(', ')}`);
  if (problems.length > 0) return result('pdf.boxes', title, 'fail', `${problems.length} problem(s)`, problems);
  const media = [...new Set(boxes.map((b) => size(b.media)))].join(', ');
  if (trimmed === 0) return result('pdf.boxes', title, 'pass', `${boxes.length} page(s), ${media}; no TrimBox (not prepared for print)`);
  return result('pdf.boxes', title, 'pass', `${boxes.length} page(s), MediaBox ${media}, TrimBox ${[...trims].join('')} within BleedBox on every page`);
}

/**
 * What print-on-demand services (KDP, IngramSpark) refuse, checked on files
 * prepared for print (a TrimBox on every page): bleed other than none or
 * 0.125 in, links and other annotations, bookmarks, an odd page count.
 */
export function checkPrintRules(pdf: PdfFile): CheckResult {
  const title = 'Print-shop rules';
  const { boxes } = readBoxes(pdf);
  if (boxes.length === 0 || boxes.some((b) => b.trim === undefined)) {
    return result('pdf.print', title, 'skip', 'not prepared for print (no TrimBox on every page): print rules do not apply');
  }
  const problems: string[] = [];
  const warnings: string[] = [];
  boxes.forEach((b, i) => {
    const trim = b.trim as Rect;
    const sides = [trim.llx - b.bleed.llx, b.bleed.urx - trim.urx, trim.lly - b.bleed.lly, b.bleed.ury - trim.ury];
    if (sides.some((s) => s > BOX_SLACK && s < PRINT_BLEED - BOX_SLACK)) problems.push(`page ${i + 1}: bleed of ${sides.map(round).join('/')} pt; print services ask for none or at least 9 pt (0.125 in)`);
  });
  pdf.pages().forEach((page, i) => {
    const annotations = pdf.array(page.get('Annots')).length;
    if (annotations > 0) problems.push(`page ${i + 1}: ${annotations} annotation(s) (links); KDP rejects interactive elements`);
  });
  const outline = pdf.dict(pdf.catalog().get('Outlines'));
  if (outline?.get('First') !== undefined) problems.push('the file has bookmarks (an outline); KDP rejects them');
  if (pdf.catalog().get('AcroForm') !== undefined) problems.push('the file has form fields');
  if (boxes.length % 2 === 1) warnings.push(`${boxes.length} pages: a printed book has an even count (services add a blank page)`);
  if (problems.length > 0) return result('pdf.print', title, 'fail', `${problems.length} problem(s)`, [...problems, ...warnings]);
  if (warnings.length > 0) return result('pdf.print', title, 'warn', warnings.join('; '));
  return result('pdf.print', title, 'pass', `${boxes.length} pages, no annotations or bookmarks, bleed none or 0.125 in`);
}

const NS = {
  pdfaid: 'http://www.aiim.org/pdfa/ns/id/',
  dc: 'http://purl.org/dc/elements/1.1/',
  xmp: 'http://ns.adobe.com/xap/1.0/',
  pdf: 'http://ns.adobe.com/pdf/1.3/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
} as const;

/** The first value of an XMP property, written as an element or as an attribute of rdf:Description. */
function xmpValue(doc: XmlDocument, ns: string, name: string): string | undefined {
  const element = elementsNS(doc, ns, name)[0];
  if (element !== undefined) {
    const item = elementsNS(element, NS.rdf, 'li')[0];
    return (item ?? element).textContent?.trim() ?? '';
  }
  for (const description of elementsNS(doc, NS.rdf, 'Description')) {
    const value = description.getAttributeNS(ns, name);
    if (value !== null && value !== '') return value;
  }
  return undefined;
}

/** The XMP packet, parsed; null when the file has none. */
export function readXmp(pdf: PdfFile): { text: string; parsed: ReturnType<typeof parseXml> } | null {
  const stream = pdf.stream(pdf.catalog().get('Metadata'));
  const bytes = stream === undefined ? null : pdf.decode(stream);
  if (bytes === null) return null;
  const text = Buffer.from(bytes).toString('utf8');
  return { text, parsed: parseXml(text) };
}

/** The PDF/A part and conformance the XMP claims, e.g. "3B". */
export function pdfaClaim(pdf: PdfFile): { part: number; conformance: string } | null {
  const xmp = readXmp(pdf);
  if (xmp === null || !xmp.parsed.ok) return null;
  const part = Number(xmpValue(xmp.parsed.doc, NS.pdfaid, 'part'));
  return Number.isInteger(part) && part > 0 ? { part, conformance: (xmpValue(xmp.parsed.doc, NS.pdfaid, 'conformance') ?? '').toUpperCase() } : null;
}

/** An info-dictionary date (D:YYYYMMDDHHmmSSOHH'mm) as an instant. */
function infoDate(value: string): number | undefined {
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz+-])?(\d{2})?'?(\d{2})?/u.exec(value);
  if (m === null) return undefined;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', sign, oh = '00', om = '00'] = m;
  const offset = sign === '+' || sign === '-' ? (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om)) : 0;
  return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) - offset * 60_000;
}

export function checkPdfA(pdf: PdfFile): CheckResult {
  const title = 'PDF/A identification and XMP';
  const xmp = readXmp(pdf);
  if (xmp === null) return result('pdf.pdfa', title, 'warn', 'no XMP metadata stream: not PDF/A');
  if (!xmp.parsed.ok) return result('pdf.pdfa', title, 'fail', `the XMP metadata is not well-formed XML: ${xmp.parsed.error}`);
  const doc = xmp.parsed.doc;
  const claim = pdfaClaim(pdf);
  if (claim === null) return result('pdf.pdfa', title, 'pass', 'well-formed XMP; no PDF/A claim');
  const problems: string[] = [];
  const catalog = pdf.catalog();
  const maxVersion = claim.part === 1 ? 1.4 : 1.7;
  if (Number(pdf.version) > maxVersion) problems.push(`PDF ${pdf.version} is newer than PDF/A-${claim.part} allows (${maxVersion})`);
  if (pdf.trailer.get('Encrypt') !== undefined) problems.push('the file is encrypted');
  if (pdf.array(pdf.trailer.get('ID')).length !== 2) problems.push('the trailer has no file ID');
  const metadata = pdf.stream(catalog.get('Metadata'));
  if (metadata?.dict.get('Filter') !== undefined && claim.part === 1) problems.push('the XMP stream is compressed (PDF/A-1 wants it readable)');
  const intent = pdf.array(catalog.get('OutputIntents')).map((v) => pdf.dict(v)).find((d) => pdf.name(d?.get('S')) === 'GTS_PDFA1');
  if (intent === undefined) problems.push('no GTS_PDFA1 output intent');
  else if (pdf.stream(intent.get('DestOutputProfile')) === undefined) problems.push('the output intent has no ICC profile');
  const files = embeddedFiles(pdf);
  if (claim.part === 1 && files.length > 0) problems.push(`${files.length} embedded file(s): PDF/A-1 allows none`);
  if (claim.part === 3) {
    for (const file of files) {
      if (file.relationship === undefined) problems.push(`embedded file ${file.name}: no AFRelationship`);
      if (file.mimeType === undefined) problems.push(`embedded file ${file.name}: no MIME type (Subtype)`);
    }
  }
  pdf.pages().forEach((page, i) => {
    for (const value of pdf.array(page.get('Annots'))) {
      const flags = pdf.number(pdf.dict(value)?.get('F')) ?? 0;
      // Print (bit 3) set; Hidden (2), Invisible (1), NoView (6) clear.
      if ((flags & 4) === 0 || (flags & 0b100011) !== 0) problems.push(`page ${i + 1}: an annotation is not set to print, or is hidden`);
    }
  });
  problems.push(...infoAgreesWithXmp(pdf, doc));
  const label = `PDF/A-${claim.part}${claim.conformance.toLowerCase()}`;
  if (problems.length > 0) return result('pdf.pdfa', title, 'fail', `claims ${label}; ${problems.length} problem(s)`, problems);
  return result('pdf.pdfa', title, 'pass', `claims ${label}: well-formed XMP agreeing with the document info, output intent, file ID, PDF ${pdf.version}`);
}

/** PDF/A requires the info dictionary and the XMP to say the same. */
function infoAgreesWithXmp(pdf: PdfFile, doc: XmlDocument): string[] {
  const info = pdf.dict(pdf.trailer.get('Info'));
  const problems: string[] = [];
  const pairs: readonly [string, string, string][] = [
    ['Title', NS.dc, 'title'],
    ['Author', NS.dc, 'creator'],
    ['Subject', NS.dc, 'description'],
    ['Keywords', NS.pdf, 'Keywords'],
    ['Creator', NS.xmp, 'CreatorTool'],
    ['Producer', NS.pdf, 'Producer'],
  ];
  for (const [key, ns, name] of pairs) {
    const fromInfo = pdf.text(info?.get(key));
    const fromXmp = xmpValue(doc, ns, name);
    if (fromInfo !== undefined && fromInfo !== fromXmp) problems.push(`info ${key} "${fromInfo}" differs from XMP ${name} "${fromXmp ?? '(missing)'}"`);
  }
  for (const [key, name] of [['CreationDate', 'CreateDate'], ['ModDate', 'ModifyDate']] as const) {
    const fromInfo = pdf.text(info?.get(key));
    const fromXmp = xmpValue(doc, NS.xmp, name);
    if (fromInfo === undefined) continue;
    const xmpTime = fromXmp === undefined ? undefined : Date.parse(fromXmp);
    if (xmpTime === undefined || infoDate(fromInfo) !== xmpTime) problems.push(`info ${key} ${fromInfo} differs from xmp:${name} ${fromXmp ?? '(missing)'}`);
  }
  return problems;
}

export interface EmbeddedFile {
  readonly name: string;
  readonly relationship?: string;
  readonly mimeType?: string;
  readonly bytes: Uint8Array | null;
  /** The MD5 the file specification records, if any. */
  readonly checksum?: string;
}

/** Files the document carries: associated files (/AF) and the EmbeddedFiles name tree. */
export function embeddedFiles(pdf: PdfFile): EmbeddedFile[] {
  const specs = new Set<PdfDict>();
  for (const value of pdf.array(pdf.catalog().get('AF'))) {
    const spec = pdf.dict(value);
    if (spec !== undefined) specs.add(spec);
  }
  const walk = (node: PdfDict | undefined, depth: number): void => {
    if (node === undefined || depth > 32) return;
    const names = pdf.array(node.get('Names'));
    for (let i = 1; i < names.length; i += 2) {
      const spec = pdf.dict(names[i]);
      if (spec !== undefined) specs.add(spec);
    }
    for (const kid of pdf.array(node.get('Kids'))) walk(pdf.dict(kid), depth + 1);
  };
  walk(pdf.dict(pdf.dict(pdf.catalog().get('Names'))?.get('EmbeddedFiles')), 0);
  return [...specs].map((spec) => {
    const stream = pdf.stream(pdf.dict(spec.get('EF'))?.get('F'));
    const checksum = pdf.resolve(pdf.dict(stream?.dict.get('Params'))?.get('CheckSum'));
    const relationship = pdf.name(spec.get('AFRelationship'));
    const mimeType = stream === undefined ? undefined : pdf.name(stream.dict.get('Subtype'));
    return {
      name: pdf.text(spec.get('UF')) ?? pdf.text(spec.get('F')) ?? '(unnamed)',
      ...(relationship !== undefined ? { relationship } : {}),
      ...(mimeType !== undefined ? { mimeType } : {}),
      bytes: stream === undefined ? null : pdf.decode(stream),
      ...(checksum instanceof PdfString ? { checksum: Buffer.from(checksum.bytes).toString('latin1') } : {}),
    };
  });
}

/**
 * The embedded manuscript: the Markdown associated file, which is the Source (or, in an
 * archived web page, the Data beside the original page); else the Source file.
 */
export function embeddedSource(pdf: PdfFile): EmbeddedFile | undefined {
  const files = embeddedFiles(pdf);
  // A book's source is its book.yaml; its chapters are sources too.
  const book = files.find((f) => f.relationship === 'Source' && /\.ya?ml$/iu.test(f.name));
  if (book !== undefined) return book;
  const markdown = files.find((f) => (f.relationship === 'Source' || f.relationship === 'Data') && (f.mimeType === 'text/markdown' || /\.(md|markdown)$/iu.test(f.name)));
  return markdown ?? files.find((f) => f.relationship === 'Source');
}

/** A book's chapters (the Markdown sources beside a book.yaml), each its own text, in embedding order; null when the PDF is no book. */
export function embeddedChapters(pdf: PdfFile): string[] | null {
  const files = embeddedFiles(pdf).filter((f) => f.relationship === 'Source');
  if (!files.some((f) => /\.ya?ml$/iu.test(f.name))) return null;
  const chapters = files.filter((f) => f.bytes !== null && (f.mimeType === 'text/markdown' || /\.(md|markdown)$/iu.test(f.name)));
  // Each chapter's own front matter is metadata, not text the pages show.
  const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('utf8').replace(/^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/u, '');
  return chapters.map((f) => (f.bytes === null ? '' : text(f.bytes)));
}

export function checkSource(pdf: PdfFile): CheckResult {
  const title = 'Embedded manuscript';
  const source = embeddedSource(pdf);
  if (source === undefined) return result('pdf.source', title, 'skip', 'no embedded source file (AFRelationship /Source): nothing to compare');
  if (source.bytes === null) return result('pdf.source', title, 'fail', `${source.name}: its stream cannot be decoded`);
  const problems: string[] = [];
  if (source.checksum !== undefined) {
    const md5 = createHash('md5').update(source.bytes).digest('hex');
    if (md5 !== source.checksum.toLowerCase()) problems.push(`${source.name}: bytes differ from the MD5 its file specification records`);
  }
  const sha256 = createHash('sha256').update(source.bytes).digest('hex');
  const xmp = readXmp(pdf);
  const recorded = xmp?.parsed.ok === true ? xmpValue(xmp.parsed.doc, GALLEY_NS, 'sourceSHA256') : undefined;
  if (recorded !== undefined && recorded !== sha256) problems.push(`${source.name}: SHA-256 ${sha256} differs from the one in the metadata (${recorded})`);
  if (problems.length > 0) return result('pdf.source', title, 'fail', `${problems.length} problem(s)`, problems);
  const type = source.mimeType ?? 'no MIME type';
  return result('pdf.source', title, 'pass', `${source.name} (${type}, ${source.bytes.length} bytes, SHA-256 ${sha256.slice(0, 12)}…${recorded !== undefined ? ', as recorded in the XMP' : ''})`);
}

/** The structure tree's element types, role-mapped to standard ones, with counts; Figures without Alt. */
function structureSummary(pdf: PdfFile, root: PdfDict): { counts: Map<string, number>; figuresWithoutAlt: number } {
  const roleMap = pdf.dict(root.get('RoleMap'));
  const counts = new Map<string, number>();
  let figuresWithoutAlt = 0;
  const seen = new Set<PdfDict>();
  const visit = (value: PdfValue | undefined, depth: number): void => {
    const kids = pdf.resolve(value);
    if (Array.isArray(kids)) {
      for (const kid of kids) visit(kid, depth);
      return;
    }
    const element = kids instanceof PdfDict ? kids : undefined;
    if (element === undefined || seen.has(element) || depth > 256) return;
    seen.add(element);
    const own = pdf.name(element.get('S'));
    if (own === undefined) return;
    const type = pdf.name(roleMap?.get(own)) ?? own;
    counts.set(type, (counts.get(type) ?? 0) + 1);
    if (type === 'Figure' && pdf.text(element.get('Alt')) === undefined && pdf.text(element.get('ActualText')) === undefined) figuresWithoutAlt++;
    visit(element.get('K'), depth + 1);
  };
  visit(root.get('K'), 0);
  return { counts, figuresWithoutAlt };
}

export function checkTagged(pdf: PdfFile): CheckResult {
  const title = 'Tagged PDF';
  const catalog = pdf.catalog();
  const marked = pdf.resolve(pdf.dict(catalog.get('MarkInfo'))?.get('Marked')) === true;
  const root = pdf.dict(catalog.get('StructTreeRoot'));
  if (!marked || root === undefined) return result('pdf.tagged', title, 'warn', 'not tagged: no structure tree, so no reading order for assistive technology');
  const { counts, figuresWithoutAlt } = structureSummary(pdf, root);
  const warnings: string[] = [];
  const lang = pdf.text(catalog.get('Lang'));
  if (lang === undefined || lang === '') warnings.push('no document language (/Lang)');
  if (pdf.resolve(pdf.dict(catalog.get('ViewerPreferences'))?.get('DisplayDocTitle')) !== true) warnings.push('viewers show the file name, not the title (no DisplayDocTitle)');
  if (figuresWithoutAlt > 0) warnings.push(`${figuresWithoutAlt} Figure(s) without alternative text`);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const kinds = [...counts].sort((a, b) => b[1] - a[1]).map(([type, n]) => `${type} ${n}`).join(', ');
  const summary = `tagged: ${total} structure elements (${kinds})${lang !== undefined ? `; language ${lang}` : ''}`;
  return warnings.length > 0 ? result('pdf.tagged', title, 'warn', summary, warnings) : result('pdf.tagged', title, 'pass', summary);
}
