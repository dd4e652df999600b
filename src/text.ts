// The visible text of Document nodes, as both writers count it: the EPUB page
// list finds a PDF page's first word by its index in this text.
import type { Block, Inline } from './document.ts';

export function inlineText(inlines: readonly Inline[]): string {
  let out = '';
  for (const node of inlines) {
    switch (node.type) {
      case 'text':
      case 'code':
        out += node.value;
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'link':
        out += inlineText(node.children);
        break;
      case 'break':
        out += '\n';
        break;
      case 'noteRef':
      case 'image':
        break;
    }
  }
  return out;
}

export function blockText(block: Block): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return inlineText(block.children);
    case 'blockquote':
      return block.children.map(blockText).join('\n');
    case 'list':
      return block.items.map((item) => item.children.map(blockText).join('\n')).join('\n');
    case 'code':
      return block.value;
    case 'thematicBreak':
      return '';
    case 'table':
      return block.rows.map((row) => row.cells.map((c) => inlineText(c.children)).join('\n')).join('\n');
    case 'figure':
      return inlineText(block.caption);
  }
}

export function words(text: string): string[] {
  return text.split(/\s+/u).filter((w) => w.length > 0);
}
