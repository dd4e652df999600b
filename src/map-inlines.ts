// Rewrites the inline runs of Document blocks, at any depth, keeping every
// other part of the tree: for passes that change text after parsing.
import type { Block, Inline, ListItem } from './document.ts';

export function mapInlines(blocks: readonly Block[], inlines: (children: readonly Inline[]) => Inline[]): Block[] {
  return blocks.map((block): Block => {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        return { ...block, children: inlines(block.children) };
      case 'blockquote':
        return { ...block, children: mapInlines(block.children, inlines) };
      case 'list':
        return { ...block, items: block.items.map((item): ListItem => ({ ...item, children: mapInlines(item.children, inlines) })) };
      case 'table':
        return { ...block, rows: block.rows.map((row) => ({ cells: row.cells.map((cell) => ({ children: inlines(cell.children) })) })) };
      case 'figure':
        return { ...block, caption: inlines(block.caption) };
      case 'code':
      case 'thematicBreak':
        return block;
    }
  });
}
