// Reads a finished EPUB back for the tests: the zip's raw entries (to check
// order and compression), and each XML file parsed strictly, so a file that
// is not well-formed fails the test that opens it.
import JSZip from 'jszip';
import { DOMParser, onWarningStopParsing } from '@xmldom/xmldom';
import type { Document as XmlDocument, Element as XmlElement } from '@xmldom/xmldom';

export interface ZipEntry {
  readonly name: string;
  /** 0: stored, 8: deflated. */
  readonly method: number;
  readonly extraFieldLength: number;
}

export interface Epub {
  readonly bytes: Buffer;
  /** Local file headers, in the order they appear in the file. */
  readonly entries: readonly ZipEntry[];
  readonly names: readonly string[];
  text(name: string): Promise<string>;
  bytesOf(name: string): Promise<Uint8Array>;
  xml(name: string): Promise<XmlDocument>;
  /** The package document and the folder its hrefs are relative to. */
  opf(): Promise<{ doc: XmlDocument; base: string }>;
  /** Every XHTML content document in spine order, then the nav. */
  contentDocuments(): Promise<{ name: string; doc: XmlDocument }[]>;
}

export async function readEpub(bytes: Buffer): Promise<Epub> {
  const zip = await JSZip.loadAsync(bytes);
  const entryText = async (name: string): Promise<string> => {
    const file = zip.file(name);
    if (file === null) throw new Error(`the EPUB has no ${name}`);
    return file.async('string');
  };
  const epub: Epub = {
    bytes,
    entries: localHeaders(bytes),
    names: Object.keys(zip.files).filter((name) => !zip.files[name]?.dir),
    text: entryText,
    async bytesOf(name) {
      const file = zip.file(name);
      if (file === null) throw new Error(`the EPUB has no ${name}`);
      return file.async('uint8array');
    },
    async xml(name) {
      return parseXml(await entryText(name), name);
    },
    async opf() {
      const container = await epub.xml('META-INF/container.xml');
      const rootfile = elements(container, 'rootfile')[0];
      const path = rootfile?.getAttribute('full-path');
      if (path === undefined || path === null) throw new Error('container.xml names no package document');
      return { doc: await epub.xml(path), base: path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '' };
    },
    async contentDocuments() {
      const { doc, base } = await epub.opf();
      const hrefById = new Map(elements(doc, 'item').map((item) => [item.getAttribute('id') ?? '', item.getAttribute('href') ?? '']));
      const spine = elements(doc, 'itemref').map((ref) => hrefById.get(ref.getAttribute('idref') ?? '') ?? '');
      const nav = elements(doc, 'item').find((item) => (item.getAttribute('properties') ?? '').split(' ').includes('nav'));
      const names = [...spine, nav?.getAttribute('href') ?? ''].map((href) => base + href);
      return Promise.all(names.map(async (name) => ({ name, doc: await epub.xml(name) })));
    },
  };
  return epub;
}

export function parseXml(source: string, name: string): XmlDocument {
  try {
    return new DOMParser({ onError: onWarningStopParsing }).parseFromString(source, 'application/xhtml+xml');
  } catch (error) {
    throw new Error(`${name} is not well-formed XML: ${(error as Error).message}`);
  }
}

export function elements(doc: XmlDocument | XmlElement, tagName: string): XmlElement[] {
  return Array.from(doc.getElementsByTagName(tagName));
}

/** Elements whose attribute `name` has `value` among its space-separated tokens. */
export function withToken(doc: XmlDocument, name: string, value: string): XmlElement[] {
  return elements(doc, '*').filter((el) => (el.getAttribute(name) ?? '').split(/\s+/u).includes(value));
}

/** The zip's local file headers: PKWARE APPNOTE 4.3.7 (signature, …, method at +8, name length at +26, extra at +28). */
function localHeaders(bytes: Buffer): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let offset = 0;
  while (offset + 30 <= bytes.length && bytes.readUInt32LE(offset) === 0x04034b50) {
    const method = bytes.readUInt16LE(offset + 8);
    const compressedSize = bytes.readUInt32LE(offset + 18);
    const nameLength = bytes.readUInt16LE(offset + 26);
    const extraFieldLength = bytes.readUInt16LE(offset + 28);
    const name = bytes.toString('utf8', offset + 30, offset + 30 + nameLength);
    entries.push({ name, method, extraFieldLength });
    offset += 30 + nameLength + extraFieldLength + compressedSize;
  }
  return entries;
}
