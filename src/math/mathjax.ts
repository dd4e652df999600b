// TeX → a Formula, by MathJax 4: SVG outlines for print and MathML for the
// EPUB, from one TeX input that throws on any error (no red "merror" boxes:
// the build reports the error where the formula is written). Imported only
// when a document has math (prepare-math.ts), so a plain build never loads it.
import { liteAdaptor } from '@mathjax/src/js/adaptors/liteAdaptor.js';
import type { LiteElement } from '@mathjax/src/js/adaptors/lite/Element.js';
import { STATE } from '@mathjax/src/js/core/MathItem.js';
import type { MmlNode } from '@mathjax/src/js/core/MmlTree/MmlNode.js';
import { SerializedMmlVisitor } from '@mathjax/src/js/core/MmlTree/SerializedMmlVisitor.js';
import { RegisterHTMLHandler } from '@mathjax/src/js/handlers/html.js';
import { TeX } from '@mathjax/src/js/input/tex.js';
import { mathjax } from '@mathjax/src/js/mathjax.js';
import { SVG } from '@mathjax/src/js/output/svg.js';
// Sets how MathJax loads its font data on demand (by import()).
import '@mathjax/src/js/util/asyncLoad/esm.js';
import '@mathjax/src/js/input/tex/base/BaseConfiguration.js';
import '@mathjax/src/js/input/tex/ams/AmsConfiguration.js';
import '@mathjax/src/js/input/tex/amscd/AmsCdConfiguration.js';
import '@mathjax/src/js/input/tex/bbm/BbmConfiguration.js';
import '@mathjax/src/js/input/tex/bbox/BboxConfiguration.js';
import '@mathjax/src/js/input/tex/boldsymbol/BoldsymbolConfiguration.js';
import '@mathjax/src/js/input/tex/braket/BraketConfiguration.js';
import '@mathjax/src/js/input/tex/cancel/CancelConfiguration.js';
import '@mathjax/src/js/input/tex/cases/CasesConfiguration.js';
import '@mathjax/src/js/input/tex/centernot/CenternotConfiguration.js';
import '@mathjax/src/js/input/tex/color/ColorConfiguration.js';
import '@mathjax/src/js/input/tex/dsfont/DsfontConfiguration.js';
import '@mathjax/src/js/input/tex/empheq/EmpheqConfiguration.js';
import '@mathjax/src/js/input/tex/enclose/EncloseConfiguration.js';
import '@mathjax/src/js/input/tex/extpfeil/ExtpfeilConfiguration.js';
import '@mathjax/src/js/input/tex/gensymb/GensymbConfiguration.js';
import '@mathjax/src/js/input/tex/mathtools/MathtoolsConfiguration.js';
import '@mathjax/src/js/input/tex/mhchem/MhchemConfiguration.js';
import '@mathjax/src/js/input/tex/newcommand/NewcommandConfiguration.js';
import '@mathjax/src/js/input/tex/textcomp/TextcompConfiguration.js';
import '@mathjax/src/js/input/tex/textmacros/TextMacrosConfiguration.js';
import '@mathjax/src/js/input/tex/unicode/UnicodeConfiguration.js';
import '@mathjax/src/js/input/tex/units/UnitsConfiguration.js';
import '@mathjax/src/js/input/tex/upgreek/UpgreekConfiguration.js';
import '@mathjax/src/js/input/tex/verb/VerbConfiguration.js';
import type { Formula } from '../document.ts';
import { hexColor, readable } from './colors.ts';
import { shapesOf, type SvgNode } from './shapes.ts';

/** The LaTeX packages a manuscript's formulas may use (those MathJax implements; no `noundefined`: an unknown command is an error). */
const PACKAGES = [
  'base', 'ams', 'amscd', 'bbm', 'bbox', 'boldsymbol', 'braket', 'cancel', 'cases', 'centernot', 'color', 'dsfont', 'empheq',
  'enclose', 'extpfeil', 'gensymb', 'mathtools', 'mhchem', 'newcommand', 'textcomp', 'textmacros', 'unicode', 'units', 'upgreek', 'verb',
];

export type Rendered = { readonly formula: Formula; readonly missing: readonly string[] } | { readonly error: string };

export interface Renderer {
  render(tex: string, display: boolean): Promise<Rendered>;
}

const adaptor = liteAdaptor();
RegisterHTMLHandler(adaptor);

/** One MathJax document per renderer: `\newcommand`s made in one formula hold in the later ones, as in one LaTeX file. */
export function createRenderer(): Renderer {
  const tex = new TeX({
    packages: PACKAGES,
    formatError: (_jax: unknown, error: Error) => {
      throw error;
    },
  });
  // Inline formulas are boxes the line breaker moves whole: MathJax must not break them itself.
  const svg = new SVG({ fontCache: 'none', linebreaks: { inline: false } });
  const doc = mathjax.document('', { InputJax: tex, OutputJax: svg });
  const serializer = new SerializedMmlVisitor();
  return {
    async render(source, display) {
      // Galley numbers and links the labels (parse/latex-labels.ts); MathJax, numbering nothing, refuses two in one formula.
      const unlabelled = source.replace(/\\label\s*\{[^{}]*\}/gu, '');
      try {
        const mml = (await mathjax.handleRetriesFor(() => doc.convert(unlabelled, { display, end: STATE.CONVERT }))) as MmlNode;
        const container = (await mathjax.handleRetriesFor(() => doc.convert(untagged(unlabelled), { display }))) as LiteElement;
        return toFormula(container, mathml(serializer.visitTree(mml), source));
      } catch (error) {
        return { error: (error as Error).message };
      }
    },
  };
}

/**
 * The TeX with each `\tag{n}` set as "(n)" a quad after its formula. MathJax
 * places a tag at the right edge of a box as wide as its container, laid out
 * with nested SVG viewports that only a browser resolves; printed, the number
 * follows its equation instead (the MathML keeps its labelled rows).
 */
export function untagged(tex: string): string {
  // In an align, a column of its own: the rows' numbers line up, as LaTeX sets them flush right.
  const column = /^\s*\\begin\{(?:align|flalign)\*?\}/u.test(tex) ? '&&' : '';
  return tex.replace(/\\tag(\*?)\s*\{([^{}]*)\}/gu, (_match, star: string, label: string) => `${column}\\qquad\\text{${star === '*' ? label : `(${label})`}}`);
}

/** A colour attribute as the EPUB may carry it (colors.ts): a text colour as readable #hex, a background as #hex; one no table names is left out. */
function colorAttribute(_match: string, name: string, value: string): string {
  const hex = hexColor(value);
  if (hex === undefined) return '';
  return ` ${name}="${name === 'mathcolor' ? readable(hex) : hex}"`;
}

/**
 * MathJax's MathML without its data-* attributes (not MathML, which EPUBCheck
 * rejects) and without empty ones (a one-column `aligned` gets
 * `columnspacing=""`, which is no length), with the TeX as alttext.
 */
function mathml(serialized: string, source: string): string {
  const clean = serialized
    .replace(/\s+data-[\w-]+="[^"]*"/g, '')
    .replace(/\s+[\w:-]+=""/g, '')
    .replace(/\n\s*/g, '')
    .replace(/\s+(mathcolor|mathbackground)="([^"]*)"/g, colorAttribute);
  const alt = source.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '&#10;');
  return clean.replace(/^<math\b/, `<math alttext="${alt}"`);
}

function toFormula(container: LiteElement, markup: string): Rendered {
  const svg = adaptor.childNodes(container).find((child) => adaptor.kind(child) === 'svg') as LiteElement | undefined;
  if (svg === undefined) return { error: 'MathJax made no SVG' };
  const [, minY = 0, width = 0, height = 0] = (adaptor.getAttribute(svg, 'viewBox') ?? '').split(/\s+/).map(Number);
  const { shapes, missing } = shapesOf(svgNode(svg), (node) => (node as LiteNode).text);
  return {
    formula: { width: width / 1000, height: -minY / 1000, depth: (height + minY) / 1000, shapes, mathml: markup },
    missing,
  };
}

interface LiteNode extends SvgNode {
  readonly text: string;
}

/** MathJax's LiteElement seen through its adaptor, as the shape walk reads elements. */
function svgNode(element: LiteElement): LiteNode {
  return {
    name: adaptor.kind(element),
    attribute: (name) => adaptor.getAttribute(element, name) ?? undefined,
    get children() {
      return adaptor.childNodes(element).filter((child) => adaptor.kind(child) !== '#text').map((child) => svgNode(child as LiteElement));
    },
    get text() {
      return adaptor.textContent(element);
    },
  };
}
