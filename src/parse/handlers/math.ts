// TeX math (parse/math.ts reads the dollars): `$…$` is inline math, `$$…$$`
// display math, inline in a paragraph or a block of its own lines, which
// becomes a paragraph holding the formula alone, as Pandoc reads it. GitHub's
// forms are read too: $`…`$ inline, and a ```math fence (handlers/code.ts).
import type { Block, Inline } from '../../document.ts';
import type { FlowHandler, PhrasingHandler } from './types.ts';

/**
 * The TeX as both writers show it when words are counted or text is copied:
 * spaces and tabs collapsed, a line break kept (it ends a `%` comment).
 */
export function normalTex(value: string): string {
  return value.replace(/[ \t]+/g, ' ').replace(/ ?\r?\n ?/g, '\n').replace(/\n+/g, '\n').trim();
}

// GitHub's other inline form, $`…`$, which Markdown viewers without math show as code.
const GITHUB_INLINE = /^`([\s\S]*)`$/u;

export const inlineMath: PhrasingHandler<'inlineMath'> = (node, ctx) =>
  math(node.value.replace(GITHUB_INLINE, '$1'), ctx.source(node).startsWith('$$'));

export const mathBlock: FlowHandler<'math'> = (node): Block[] => displayMath(node.value);

/** A paragraph holding the display formula alone: a `$$` block, or GitHub's ```math fence. */
export function displayMath(value: string): Block[] {
  const formula = math(value, true);
  return formula.length === 0 ? [] : [{ type: 'paragraph', children: formula }];
}

function math(value: string, display: boolean): Inline[] {
  const tex = normalTex(value);
  return tex === '' ? [] : [{ type: 'math', tex, display }];
}

