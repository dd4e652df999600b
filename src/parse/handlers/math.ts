// TeX math (parse/math.ts reads the dollars): `$…$` is inline math, `$$…$$`
// display math, inline in a paragraph or a block of its own lines, which
// becomes a paragraph holding the formula alone, as Pandoc reads it.
import type { Block, Inline } from '../../document.ts';
import type { FlowHandler, PhrasingHandler } from './types.ts';

/**
 * The TeX as both writers show it when words are counted or text is copied:
 * spaces and tabs collapsed, a line break kept (it ends a `%` comment).
 */
export function normalTex(value: string): string {
  return value.replace(/[ \t]+/g, ' ').replace(/ ?\r?\n ?/g, '\n').replace(/\n+/g, '\n').trim();
}

export const inlineMath: PhrasingHandler<'inlineMath'> = (node, ctx) => math(node.value, ctx.source(node).startsWith('$$'));

export const mathBlock: FlowHandler<'math'> = (node): Block[] => {
  const formula = math(node.value, true);
  return formula.length === 0 ? [] : [{ type: 'paragraph', children: formula }];
};

function math(value: string, display: boolean): Inline[] {
  const tex = normalTex(value);
  return tex === '' ? [] : [{ type: 'math', tex, display }];
}

