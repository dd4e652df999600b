// A formula's MathML (MathJax's, with alttext: see math/mathjax.ts) as hast,
// so it is written into the XHTML with the rest: parse5 reads it as HTML does
// (MathML is foreign content there), and the `math` element declares the
// MathML namespace, which an XHTML content document needs (EPUB 3.3, 3.1.4).
import { fromHtml } from 'hast-util-from-html';
import type { Element } from './hast.ts';

const MATHML = 'http://www.w3.org/1998/Math/MathML';

export function mathElement(mathml: string): Element {
  const root = fromHtml(mathml, { fragment: true });
  const math = root.children.find((child): child is Element => child.type === 'element' && child.tagName === 'math');
  if (math === undefined) throw new Error('MathJax gave MathML without a <math> element');
  return { ...math, properties: { xmlns: MATHML, ...math.properties } };
}
