// Pandoc's definition lists (`Term` on its own line, then `:   definition`,
// indented continuation blocks): each term with the definitions that follow
// it. A term or definition met alone (never from the parser) keeps its content.
import type { DefListDescriptionNode, DefListNode, DefListTermNode } from 'mdast-util-definition-list';
import type { Block, DefinitionItem, Inline } from '../../document.ts';
import type { ParseContext } from '../context.ts';

export function definitionList(node: DefListNode, ctx: ParseContext): Block[] {
  const items: { term: Inline[]; definitions: Block[][] }[] = [];
  for (const child of node.children) {
    if (child.type === 'defListTerm') items.push({ term: ctx.phrasing(child.children), definitions: [] });
    else {
      // A definition before any term (not Pandoc syntax) gets an empty term.
      if (items.length === 0) items.push({ term: [], definitions: [] });
      items[items.length - 1]?.definitions.push(ctx.flow(child.children));
    }
  }
  return [{ type: 'definitionList', items: items satisfies DefinitionItem[] }];
}

export const definitionTerm = (node: DefListTermNode, ctx: ParseContext): Inline[] => ctx.phrasing(node.children);

export function definitionTermBlock(node: DefListTermNode, ctx: ParseContext): Block[] {
  return [{ type: 'paragraph', children: ctx.phrasing(node.children) }];
}

export const definitionDescription = (node: DefListDescriptionNode, ctx: ParseContext): Block[] => ctx.flow(node.children);
