// Visits a block tree in reading order: the pre-passes (where each note is
// cited, whether the book has code or images) read the Document with these.
import type { Block, Inline } from '../document.ts';

export function forEachBlock(blocks: readonly Block[], visit: (block: Block) => void): void {
  for (const block of blocks) {
    visit(block);
    if (block.type === 'blockquote') forEachBlock(block.children, visit);
    else if (block.type === 'list') for (const item of block.items) forEachBlock(item.children, visit);
  }
}

export function forEachInline(blocks: readonly Block[], visit: (node: Inline) => void): void {
  forEachBlock(blocks, (block) => {
    for (const inlines of ownInlines(block)) visitInlines(inlines, visit);
  });
}

/** The inline runs a block holds directly (not through nested blocks). */
function ownInlines(block: Block): readonly (readonly Inline[])[] {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return [block.children];
    case 'table':
      return block.rows.flatMap((row) => row.cells.map((cell) => cell.children));
    case 'figure':
      return [block.caption];
    case 'blockquote':
    case 'list':
    case 'code':
    case 'thematicBreak':
      return [];
    default:
      // A node type this writer does not know: its handler lookup reports it.
      return [];
  }
}

function visitInlines(nodes: readonly Inline[], visit: (node: Inline) => void): void {
  for (const node of nodes) {
    visit(node);
    if ('children' in node) visitInlines(node.children, visit);
  }
}

/** Whether any block uses code, inline or fenced: decides whether the mono font is embedded. */
export function hasCode(blocks: readonly Block[]): boolean {
  let found = false;
  forEachBlock(blocks, (block) => {
    if (block.type === 'code') found = true;
  });
  forEachInline(blocks, (node) => {
    if (node.type === 'code') found = true;
  });
  return found;
}

/** Whether the content (not the cover) shows any image. */
export function hasImages(blocks: readonly Block[]): boolean {
  let found = false;
  forEachBlock(blocks, (block) => {
    if (block.type === 'figure') found = true;
  });
  forEachInline(blocks, (node) => {
    if (node.type === 'image') found = true;
  });
  return found;
}
