// MathJax's SVG output (a LiteDOM tree, fontCache off so every glyph is a
// path in place) → the Formula's shapes: each filled path or rule with the
// transform its ancestors give it, in ems (MathJax draws 1000 units to the em),
// y downwards from the baseline as SVG and the page model have it. Strokes
// (`\cancel`'s and `\enclose`'s lines) become thin filled outlines, so paint
// only ever fills. A colour the TeX gives (`\color`, `\colorbox`) stays with
// its shapes; the rest take the text's colour.
import type { FormulaShape } from '../document.ts';

/** The little of a DOM element the walk reads (MathJax's LiteElement through its adaptor). */
export interface SvgNode {
  readonly name: string;
  attribute(name: string): string | undefined;
  readonly children: readonly SvgNode[];
}

export type Matrix = readonly [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const UNITS_PER_EM = 1000;

export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

/** An SVG `transform` attribute: the translate, scale and matrix functions MathJax writes, in order. */
export function parseTransform(value: string | undefined): Matrix {
  let m = IDENTITY;
  if (value === undefined) return m;
  for (const [, name, args] of value.matchAll(/(\w+)\s*\(([^)]*)\)/g)) {
    const n = (args ?? '').split(/[\s,]+/).filter((a) => a !== '').map(Number);
    const [a = 0, b, c = 0, d = 0, e = 0, f = 0] = n;
    if (name === 'translate') m = multiply(m, [1, 0, 0, 1, a, b ?? 0]);
    else if (name === 'scale') m = multiply(m, [a, 0, 0, b ?? a, 0, 0]);
    else if (name === 'matrix') m = multiply(m, [a, b ?? 0, c, d, e, f]);
    else if (name === 'rotate') {
      const r = (a * Math.PI) / 180;
      m = multiply(m, [Math.cos(r), Math.sin(r), -Math.sin(r), Math.cos(r), 0, 0]);
    }
  }
  return m;
}

const num = (node: SvgNode, name: string): number => Number.parseFloat(node.attribute(name) ?? '0') || 0;

/** A rectangle's outline, as path data. */
function rectPath(x: number, y: number, width: number, height: number): string {
  return `M${x} ${y}H${x + width}V${y + height}H${x}Z`;
}

/** A stroked line as the outline of its stroke. */
function linePath(node: SvgNode): string | null {
  const [x1, y1, x2, y2] = [num(node, 'x1'), num(node, 'y1'), num(node, 'x2'), num(node, 'y2')];
  const half = (Number.parseFloat(node.attribute('stroke-width') ?? '') || 0) / 2;
  const length = Math.hypot(x2 - x1, y2 - y1);
  if (length === 0 || half === 0) return null;
  const [nx, ny] = [(-(y2 - y1) / length) * half, ((x2 - x1) / length) * half];
  return `M${x1 + nx} ${y1 + ny}L${x2 + nx} ${y2 + ny}L${x2 - nx} ${y2 - ny}L${x1 - nx} ${y1 - ny}Z`;
}

export interface Walked {
  readonly shapes: FormulaShape[];
  /** Characters MathJax's fonts lack, which it would set as SVG text: not drawn. */
  readonly missing: string[];
}

/** The shapes of an `<svg>` element's content, in ems. */
export function shapesOf(svg: SvgNode, text: (node: SvgNode) => string): Walked {
  const shapes: FormulaShape[] = [];
  const missing: string[] = [];
  const toEms: Matrix = [1 / UNITS_PER_EM, 0, 0, 1 / UNITS_PER_EM, 0, 0];
  let color: string | undefined;
  const add = (d: string, m: Matrix): void => {
    shapes.push({ d, transform: multiply(toEms, m) as FormulaShape['transform'], ...(color !== undefined ? { color } : {}) });
  };
  const walk = (node: SvgNode, outer: Matrix): void => {
    const fill = node.attribute('fill');
    if (fill !== undefined && fill !== 'none' && fill !== 'currentColor') {
      // Set for this element and those inside it, then back to the colour around it.
      const around = color;
      color = fill;
      visit(node, outer);
      color = around;
    } else visit(node, outer);
  };
  const visit = (node: SvgNode, outer: Matrix): void => {
    const m = multiply(outer, parseTransform(node.attribute('transform')));
    switch (node.name) {
      case 'path': {
        const d = node.attribute('d');
        if (d !== undefined && d !== '' && node.attribute('fill') !== 'none') add(d, m);
        return;
      }
      case 'rect':
        if (node.attribute('fill') !== 'none') add(rectPath(num(node, 'x'), num(node, 'y'), num(node, 'width'), num(node, 'height')), m);
        return;
      case 'line': {
        const d = linePath(node);
        if (d !== null) add(d, m);
        return;
      }
      case 'text':
        missing.push(text(node));
        return;
      case 'svg':
        // A nested viewport (a table's or an enclosure's): placed by x and y.
        for (const child of node.children) walk(child, node === svg ? m : multiply(m, [1, 0, 0, 1, num(node, 'x'), num(node, 'y')]));
        return;
      default:
        for (const child of node.children) walk(child, m);
    }
  };
  walk(svg, IDENTITY);
  return { shapes, missing };
}
