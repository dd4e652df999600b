// Display math (`$$…$$`) in a paragraph: the paragraph's text is set up to the
// formula, the formula centred on lines of its own with the theme's space
// above and below, and the text after it goes on without an indent, as TeX
// sets a display. The formula is kept with the line before it and the line
// after it, so neither the formula nor its lead-in stands alone at a page turn.
// A formula wider than the measure is scaled down to fit (pdf/wide-formulas.ts
// reports it).
import type { Inline } from '../../../document.ts';
import type { Tag } from '../../page-model.ts';
import type { LayoutContext } from '../context.ts';
import { box, type FlowBox } from '../flow.ts';
import { FORMULA } from '../linebreak-formulas.ts';
import { spanOf } from '../../../document/position.ts';
import type { MathBox } from '../types.ts';

type DisplayMath = Extract<Inline, { type: 'math' }> & { readonly formula: NonNullable<Extract<Inline, { type: 'math' }>['formula']> };

export type Segment = { readonly kind: 'text'; readonly inlines: readonly Inline[] } | { readonly kind: 'display'; readonly node: DisplayMath };

/** A paragraph's inlines cut at the display formulas it holds at its top level (text segments may be empty). */
export function displaySegments(inlines: readonly Inline[]): Segment[] {
  const segments: Segment[] = [];
  let text: Inline[] = [];
  for (const node of inlines) {
    if (node.type === 'math' && node.display && node.formula !== undefined) {
      segments.push({ kind: 'text', inlines: text }, { kind: 'display', node: node as DisplayMath });
      text = [];
    } else text.push(node);
  }
  segments.push({ kind: 'text', inlines: text });
  return segments;
}

/** A display formula's box: centred in the measure, its baseline below the space above and the formula's height. */
export function displayBox(node: DisplayMath, ctx: LayoutContext, tag: Tag, word: number, keepWithNext: boolean): FlowBox {
  const { theme } = ctx;
  const { formula } = node;
  const size = ctx.text.size * theme.math.scale;
  const natural = formula.width * size;
  const fit = natural > ctx.width ? ctx.width / natural : 1;
  const width = natural * fit;
  const at = spanOf(node)?.start;
  const math: MathBox = { tex: node.tex, formula, ...(at !== undefined ? { at: { line: at.line, column: at.column } } : {}), ...(fit < 1 ? { fit } : {}) };
  const above = theme.math.spaceBefore;
  const baseline = above + formula.height * size * fit;
  return box({
    height: baseline + formula.depth * size * fit + theme.math.spaceAfter,
    items: [
      {
        kind: 'line',
        x: (ctx.width - width) / 2,
        baseline,
        fragments: [{ text: FORMULA, font: 'body', size, x: 0, width, wordSpacing: 0, math }],
        role: ctx.role,
        block: ctx.block,
        tag,
      },
    ],
    keepWithNext,
    start: { block: ctx.block, word },
  });
}
