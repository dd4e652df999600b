// The XMP packet's descriptions. PDF/A requires them to agree with the
// document info entry by entry, so both are made from the same PdfInfo; every
// value is XML-escaped (pdfkit writes them raw, and "Harbour & Tides" would
// break the packet).
import type { PdfInfo } from './pdfkit.ts';

/** The manuscript a PDF was made from, as recorded in its metadata. */
export interface SourceRecord {
  /** File name of the manuscript, without its folder. */
  readonly name: string;
  /** Lower-case hex SHA-256 of its bytes. */
  readonly sha256: string;
}

export interface XmpFields {
  readonly info: PdfInfo;
  /** BCP 47 language of the content. */
  readonly lang: string;
  readonly identifier: string;
  readonly rights?: string;
  readonly source: SourceRecord;
  /** Declares the Galley namespace in a PDF/A extension schema (needed whenever PDF/A is claimed). */
  readonly pdfa: boolean;
}

/** Galley's own XMP namespace: the manuscript's name and checksum. */
export const GALLEY_NS = 'https://galley.invalid/ns/source/1.0/';

export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/gu, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c] ?? ''};`);
}

/** XMP dates: ISO 8601 to the second, in UTC, as pdfkit writes the info dates. */
export function xmpDate(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

const alt = (value: string, lang = 'x-default'): string =>
  `<rdf:Alt><rdf:li xml:lang="${escapeXml(lang)}">${escapeXml(value)}</rdf:li></rdf:Alt>`;

export function xmpDescriptions(fields: XmpFields): string {
  const { info } = fields;
  const dc = [
    '<dc:format>application/pdf</dc:format>',
    `<dc:title>${alt(info.Title)}</dc:title>`,
    // PDF/A compares dc:creator with the info Author: one entry, the same string.
    info.Author !== undefined ? `<dc:creator><rdf:Seq><rdf:li>${escapeXml(info.Author)}</rdf:li></rdf:Seq></dc:creator>` : '',
    info.Subject !== undefined ? `<dc:description>${alt(info.Subject)}</dc:description>` : '',
    `<dc:language><rdf:Bag><rdf:li>${escapeXml(fields.lang)}</rdf:li></rdf:Bag></dc:language>`,
    `<dc:identifier>${escapeXml(fields.identifier)}</dc:identifier>`,
    fields.rights !== undefined ? `<dc:rights>${alt(fields.rights)}</dc:rights>` : '',
  ];
  const descriptions = [
    description('xmlns:xmp="http://ns.adobe.com/xap/1.0/"', [
      `<xmp:CreateDate>${xmpDate(info.CreationDate)}</xmp:CreateDate>`,
      `<xmp:ModifyDate>${xmpDate(info.ModDate)}</xmp:ModifyDate>`,
      `<xmp:MetadataDate>${xmpDate(info.ModDate)}</xmp:MetadataDate>`,
      `<xmp:CreatorTool>${escapeXml(info.Creator)}</xmp:CreatorTool>`,
    ]),
    description('xmlns:dc="http://purl.org/dc/elements/1.1/"', dc),
    description('xmlns:pdf="http://ns.adobe.com/pdf/1.3/"', [
      `<pdf:Producer>${escapeXml(info.Producer)}</pdf:Producer>`,
      info.Keywords !== undefined ? `<pdf:Keywords>${escapeXml(info.Keywords)}</pdf:Keywords>` : '',
    ]),
    description(`xmlns:galley="${GALLEY_NS}"`, [
      `<galley:sourceName>${escapeXml(fields.source.name)}</galley:sourceName>`,
      `<galley:sourceSHA256>${escapeXml(fields.source.sha256)}</galley:sourceSHA256>`,
    ]),
  ];
  if (fields.pdfa) descriptions.push(galleyExtensionSchema());
  return descriptions.join('\n');
}

function description(namespaces: string, properties: readonly string[]): string {
  const body = properties.filter((p) => p !== '').map((p) => `  ${p}`);
  return [`<rdf:Description rdf:about="" ${namespaces}>`, ...body, '</rdf:Description>'].join('\n');
}

/** PDF/A allows XMP properties outside its predefined schemas only when the file describes them. */
function galleyExtensionSchema(): string {
  const property = (name: string, text: string): string =>
    [
      '<rdf:li rdf:parseType="Resource">',
      `  <pdfaProperty:name>${name}</pdfaProperty:name>`,
      '  <pdfaProperty:valueType>Text</pdfaProperty:valueType>',
      '  <pdfaProperty:category>external</pdfaProperty:category>',
      `  <pdfaProperty:description>${escapeXml(text)}</pdfaProperty:description>`,
      '</rdf:li>',
    ].join('\n');
  return [
    '<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"',
    '  xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">',
    '<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">',
    '<pdfaSchema:schema>Galley manuscript source</pdfaSchema:schema>',
    `<pdfaSchema:namespaceURI>${GALLEY_NS}</pdfaSchema:namespaceURI>`,
    '<pdfaSchema:prefix>galley</pdfaSchema:prefix>',
    '<pdfaSchema:property><rdf:Seq>',
    property('sourceName', 'File name of the Markdown manuscript this document was made from'),
    property('sourceSHA256', 'SHA-256 of the manuscript, in lower-case hexadecimal'),
    '</rdf:Seq></pdfaSchema:property>',
    '</rdf:li></rdf:Bag></pdfaExtension:schemas>',
    '</rdf:Description>',
  ].join('\n');
}
