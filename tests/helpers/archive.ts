// Reading a built PDF's archival parts back: the structure tree as a tree of
// types, the XMP packet, the embedded files; and rendering a manuscript in
// process for a profile.
import { readFileSync } from 'node:fs';
import type { Document } from '../../src/document.ts';
import { PdfFile } from '../../src/check/pdf/reader.ts';
import type { PdfValue } from '../../src/check/pdf/reader.ts';
import { readXmp } from '../../src/check/pdf/structure.ts';
import { elementsNS } from '../../src/check/xml.ts';
import type { XmlDocument } from '../../src/check/xml.ts';
import { parseManuscript } from '../../src/parse/index.ts';
import { renderPdf } from '../../src/pdf/index.ts';
import type { RenderedPdf } from '../../src/pdf/index.ts';
import type { PdfProfile } from '../../src/pdf/profile.ts';
import { loadTheme } from '../../src/theme/load.ts';

export const EVERY_NODE = 'tests/fixtures/manuscripts/every-node.md';
export const ARTICLE = 'manuscript/article.md';
export const DATE = new Date('2023-11-14T22:13:20Z');

export interface StructNode {
  readonly type: string;
  readonly alt?: string;
  readonly children: readonly StructNode[];
}

/** The structure tree, elements only (marked content and annotation references left out). */
export function structureTree(bytes: Uint8Array): StructNode | null {
  const pdf = new PdfFile(Buffer.from(bytes));
  const root = pdf.dict(pdf.catalog().get('StructTreeRoot'));
  if (root === undefined) return null;
  const elementsOf = (value: PdfValue | undefined): StructNode[] => {
    const kids = pdf.resolve(value);
    const list = Array.isArray(kids) ? kids : kids === undefined ? [] : [kids];
    return list.flatMap((kid: PdfValue) => {
      const element = pdf.dict(kid);
      const type = element === undefined ? undefined : pdf.name(element.get('S'));
      if (element === undefined || type === undefined) return [];
      const alt = pdf.text(element.get('Alt'));
      return [{ type, ...(alt !== undefined ? { alt } : {}), children: elementsOf(element.get('K')) }];
    });
  };
  return { type: 'StructTreeRoot', children: elementsOf(root.get('K')) };
}

/** Every node of a tree, depth first. */
export function allNodes(node: StructNode): StructNode[] {
  return [node, ...node.children.flatMap(allNodes)];
}

/** The types of a node's children. */
export const childTypes = (node: StructNode | undefined): string[] => (node?.children ?? []).map((c) => c.type);

export function xmpOf(bytes: Uint8Array): XmlDocument {
  const xmp = readXmp(new PdfFile(Buffer.from(bytes)));
  if (xmp === null) throw new Error('no XMP in the PDF');
  if (!xmp.parsed.ok) throw new Error(`XMP not well-formed: ${xmp.parsed.error}`);
  return xmp.parsed.doc;
}

/** The text of the first XMP element with that namespace and name (its first rdf:li if it has one). */
export function xmpText(doc: XmlDocument, namespace: string, name: string): string | undefined {
  const element = elementsNS(doc, namespace, name)[0];
  if (element === undefined) return undefined;
  const li = elementsNS(element, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#', 'li')[0];
  return (li ?? element).textContent ?? undefined;
}

export function parseFile(path: string): Document {
  const { document, diagnostics } = parseManuscript(path, readFileSync(path));
  if (document === null) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return document;
}

export async function render(path: string, profile: PdfProfile, theme = 'default'): Promise<RenderedPdf> {
  return renderPdf(parseFile(path), loadTheme(theme), { date: DATE, profile });
}
