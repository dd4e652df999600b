// The one walk over the Document's tree and the one rebuild of it. Every pass
// that reads blocks and inlines (glyph check, note placement, EPUB pre-passes,
// fragment links) or rewrites them (citations, images, dropped links) goes
// through these, so a new node type is taught to the tree once, here.
import type { Block, DefinitionItem, Inline, ListItem } from '../document.ts';
import { keepSpan } from './position.ts';

/** The inline runs a block holds itself (not through nested blocks), in reading order. */
export function inlineRuns(block: Block): readonly (readonly Inline[])[] {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return [block.children];
    case 'table':
      return [...(block.caption ? [block.caption] : []), ...block.rows.flatMap((row) => row.cells.map((cell) => cell.children))];
    case 'figure':
      return [block.caption];
    case 'blockquote':
    case 'callout':
    case 'definitionList':
    case 'list':
    case 'code':
    case 'thematicBreak':
    case 'pageBreak':
      return [];
    default:
      // A node type the tree does not know yet: its writers' handler lookups report it.
      return [];
  }
}

/** The blocks a block holds, in reading order (a definition list's terms as paragraphs). */
export function childBlocks(block: Block): readonly Block[] {
  if (block.type === 'blockquote' || block.type === 'callout') return block.children;
  if (block.type === 'list') return block.items.flatMap((item) => item.children);
  // A term reads as a paragraph before its definitions, so a walk meets them in reading order.
  if (block.type === 'definitionList') {
    return block.items.flatMap((item): Block[] => [keepSpan(item.term[0] ?? block, { type: 'paragraph', children: item.term }), ...item.definitions.flat()]);
  }
  return [];
}

export interface Visitor {
  /** Each block, before the blocks it holds. */
  readonly block?: (block: Block) => void;
  /** Each inline at any depth, a container before its children; after its block, before nested blocks. */
  readonly inline?: (node: Inline) => void;
}

/** Visits `blocks` in reading order. An explicit stack: a manuscript may nest quotes and lists hundreds deep. */
export function visit(blocks: readonly Block[], visitor: Visitor): void {
  const stack = [...blocks].reverse();
  for (let block = stack.pop(); block !== undefined; block = stack.pop()) {
    visitor.block?.(block);
    if (visitor.inline) for (const run of inlineRuns(block)) visitInlines(run, visitor.inline);
    const children = childBlocks(block);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Block);
  }
}

/** Visits inline nodes and their children, in reading order. */
export function visitInlines(nodes: readonly Inline[], visit: (node: Inline) => void): void {
  for (const node of nodes) {
    visit(node);
    if ('children' in node) visitInlines(node.children, visit);
  }
}

/** Rewrites every inline run at any depth, keeping the rest of the tree (and every rebuilt block's span). */
export function mapInlines(blocks: readonly Block[], inlines: (children: readonly Inline[]) => Inline[]): Block[] {
  return mapBlocks(blocks, (block): Block => {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        return { ...block, children: inlines(block.children) };
      case 'table':
        return {
          ...block,
          rows: block.rows.map((row) => ({ cells: row.cells.map((cell) => ({ ...cell, children: inlines(cell.children) })) })),
          ...(block.caption ? { caption: inlines(block.caption) } : {}),
        };
      case 'figure':
        return { ...block, caption: inlines(block.caption) };
      case 'definitionList':
        return { ...block, items: block.items.map((item): DefinitionItem => ({ ...item, term: inlines(item.term) })) };
      case 'blockquote':
      case 'callout':
      case 'list':
      case 'code':
      case 'thematicBreak':
      case 'pageBreak':
        return block;
    }
  });
}

/**
 * Rewrites blocks at any depth, innermost first: `change` sees each block with
 * the blocks it holds already rewritten, and returns what takes its place (one
 * block, or none or several). A rebuilt block keeps its span.
 */
export function mapBlocks(blocks: readonly Block[], change: (block: Block) => Block | readonly Block[]): Block[] {
  return blocks.flatMap((block) => {
    let inner = block;
    if (block.type === 'blockquote' || block.type === 'callout') inner = keepSpan(block, { ...block, children: mapBlocks(block.children, change) });
    else if (block.type === 'list') {
      inner = keepSpan(block, { ...block, items: block.items.map((item): ListItem => ({ ...item, children: mapBlocks(item.children, change) })) });
    } else if (block.type === 'definitionList') {
      const items = block.items.map((item): DefinitionItem => ({ ...item, definitions: item.definitions.map((blocks) => mapBlocks(blocks, change)) }));
      inner = keepSpan(block, { ...block, items });
    }
    const changed = change(inner);
    return 'type' in changed ? keepSpan(block, changed) : changed.map((one) => keepSpan(block, one));
  });
}

/**
 * Rewrites inline nodes at any depth, innermost first: `change` sees each node
 * with its children already rewritten and returns what takes its place (none,
 * one or several nodes). Rebuilt containers keep their span.
 */
export function mapInlineNodes(nodes: readonly Inline[], change: (node: Inline) => Inline[]): Inline[] {
  return nodes.flatMap((node) => {
    const inner = 'children' in node ? keepSpan(node, { ...node, children: mapInlineNodes(node.children, change) }) : node;
    return change(inner);
  });
}
