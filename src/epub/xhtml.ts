// hast → XHTML. hast-util-to-html writes HTML (bare boolean attributes, void
// elements); EPUB content documents must be XML, so go through xast instead.
import { toXast } from 'hast-util-to-xast';
import { toXml } from 'xast-util-to-xml';
import { h } from './hast.ts';
import type { Element } from './hast.ts';

/**
 * The XML of a `body` element, to be placed inside the `html` element of the
 * chapter template. Converted inside an html wrapper so the XHTML namespace is
 * declared once, by the template, not on the body.
 */
export function bodyXml(body: Element): string {
  const html = toXast(h('html', {}, [body]));
  if (html.type !== 'element') throw new Error('hast-util-to-xast returned no element for <html>');
  const converted = html.children.find((c) => c.type === 'element');
  if (converted === undefined) throw new Error('hast-util-to-xast dropped <body>');
  // xast-util-to-xml leaves ">" alone, but "]]>" may not appear in XML character
  // data (text such as `<![CDATA[>&<]]>` kept from raw HTML); nothing here writes a
  // CDATA section, so every occurrence is text or an attribute, where "&gt;" is the same.
  return toXml(converted, { closeEmptyElements: true }).replaceAll(']]>', ']]&gt;');
}
