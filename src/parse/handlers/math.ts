// TeX math (parse/math.ts reads the dollars): `$…$` is inline math, `$$…$$`
// display math, inline in a paragraph or a block of its own lines, which
// becomes a paragraph holding the formula alone, as Pandoc reads it. GitHub's
// forms are read too: $`…`$ inline, and a ```math fence (handlers/code.ts).
// A display formula pandoc-crossref labels (`{#eq:x}`, equation-labels.ts) is
// a place links lead to, and its number, `\tag`ged, is printed "(1)" a quad
// after it, as pandoc-crossref sets it.
import type { InlineMath, Math } from 'mdast-util-math';
import type { Block, Inline } from '../../document.ts';
import type { ParseContext } from '../context.ts';
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

export const inlineMath: PhrasingHandler<'inlineMath'> = (node, ctx) => {
  const formula = math(numbered(node, node.value.replace(GITHUB_INLINE, '$1')), ctx.source(node).startsWith('$$'));
  return formula.length === 0 ? [] : [...labelAnchor(node, ctx), ...formula];
};

export const mathBlock: FlowHandler<'math'> = (node, ctx): Block[] => {
  const formula = math(numbered(node, node.value), true);
  return formula.length === 0 ? [] : [{ type: 'paragraph', children: [...labelAnchor(node, ctx), ...formula] }];
};

/** A paragraph holding the display formula alone: a `$$` block, or GitHub's ```math fence. */
export function displayMath(value: string): Block[] {
  const formula = math(value, true);
  return formula.length === 0 ? [] : [{ type: 'paragraph', children: formula }];
}

function math(value: string, display: boolean): Inline[] {
  const tex = normalTex(value);
  return tex === '' ? [] : [{ type: 'math', tex, display }];
}

/**
 * The TeX with its number (pandoc-crossref's, or a LaTeX `\label`'s:
 * latex-labels.ts) as a `\tag`, unless it tags itself; inside a math
 * environment, before its `\end`, where a tag belongs.
 */
function numbered(node: InlineMath | Math, tex: string): string {
  const rows = node.data?.rows;
  // Each numbered row tagged at its end, the last row first so the earlier offsets hold.
  if (rows !== undefined && tex === node.value) {
    return rows.reduceRight((out, row) => (row.number === undefined ? out : `${out.slice(0, row.end)} \\tag{${row.number}} ${out.slice(row.end)}`), tex);
  }
  const number = node.data?.number;
  if (number === undefined || /\\tag\b/u.test(tex)) return tex;
  const end = /\\end\{[a-z]+\*?\}\s*$/u.exec(tex);
  return end === null ? `${tex} \\tag{${number}}` : `${tex.slice(0, end.index)} \\tag{${number}} ${end[0]}`;
}

/** An anchor for the formula's `{#eq:…}` label, when the id is free (else a warning says why not). */
function labelAnchor(node: InlineMath | Math, ctx: ParseContext): Inline[] {
  const labels = node.data?.rows?.flatMap((row) => (row.label === undefined || row.number === undefined ? [] : [row.label])) ?? [node.data?.label ?? ''];
  return labels.flatMap((label): Inline[] => {
    if (label === '') return [];
    const claimed = ctx.slugger.claim(label);
    if ('id' in claimed) return [{ type: 'anchor', id: claimed.id }];
    ctx.warning(node, `equation label "#${label}" is not used because ${claimed.reason}`);
    return [];
  });
}
