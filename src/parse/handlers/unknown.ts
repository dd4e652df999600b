// Node types no handler knows (a plugin or a newer parser could produce them):
// their text is kept and the writer is warned, so nothing vanishes silently.
import type { Nodes } from 'mdast';
import type { Block, Inline } from '../../document.ts';
import type { ParseContext } from '../context.ts';

export function unknownFlow(node: Nodes, ctx: ParseContext): Block[] {
  const value = plainText(node, ctx).trim();
  return value === '' ? [] : [{ type: 'paragraph', children: [{ type: 'text', value }] }];
}

export function unknownPhrasing(node: Nodes, ctx: ParseContext): Inline[] {
  const value = plainText(node, ctx);
  return value === '' ? [] : [{ type: 'text', value }];
}

function plainText(node: Nodes, ctx: ParseContext): string {
  ctx.warning(node, `unsupported Markdown construct "${node.type}"; its text is kept`);
  return collectText(node);
}

function collectText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return node.children.map((child) => collectText(child as Nodes)).join('');
  return '';
}
