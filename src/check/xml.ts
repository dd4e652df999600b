// Strict XML for the preflight: libxml2 decides whether a file is well-formed
// (xmldom lets a bare "&" through), and reports where it is not; xmldom then
// gives the tree the checks read.
import { DOMParser } from '@xmldom/xmldom';
import type { Document as XmlDocument, Element as XmlElement } from '@xmldom/xmldom';
import { ParseOption, XmlDocument as LibXmlDocument, XmlParseError } from 'libxml2-wasm';

export type { XmlDocument, XmlElement };

export type Parsed = { readonly ok: true; readonly doc: XmlDocument } | { readonly ok: false; readonly error: string };

/** libxml2's verdict: null when well-formed, else the first error with its line and column. */
function wellFormednessError(source: string): string | null {
  try {
    // No network and no external entities: a file is judged on its own bytes.
    LibXmlDocument.fromString(source, { option: ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_NO_XXE }).dispose();
    return null;
  } catch (error) {
    if (!(error instanceof XmlParseError)) throw error;
    const [first] = error.details;
    return first === undefined ? error.message.trim() : `line ${first.line}, column ${first.col}: ${first.message.trim()}`;
  }
}

export function parseXml(source: string, mimeType: 'text/xml' | 'application/xhtml+xml' = 'text/xml'): Parsed {
  const error = wellFormednessError(source);
  if (error !== null) return { ok: false, error };
  const doc = new DOMParser().parseFromString(source, mimeType);
  return doc.documentElement === null ? { ok: false, error: 'no root element' } : { ok: true, doc };
}

export function elements(node: XmlDocument | XmlElement, tagName: string): XmlElement[] {
  return Array.from(node.getElementsByTagName(tagName));
}

export function elementsNS(node: XmlDocument | XmlElement, namespace: string, localName: string): XmlElement[] {
  return Array.from(node.getElementsByTagNameNS(namespace, localName));
}
