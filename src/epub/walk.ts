// Whether the book has code or images, read off the Document with the one
// tree walk (document/visit.ts): they decide the fonts embedded and the
// package's accessibility metadata.
import type { Block } from '../document.ts';
import { visit } from '../document/visit.ts';

/** Whether any block uses code, inline or fenced: decides whether the mono font is embedded. */
export function hasCode(blocks: readonly Block[]): boolean {
  let found = false;
  visit(blocks, {
    block(block) {
      if (block.type === 'code') found = true;
    },
    inline(node) {
      if (node.type === 'code') found = true;
    },
  });
  return found;
}

/** Whether the content (not the cover) shows any image. */
export function hasImages(blocks: readonly Block[]): boolean {
  let found = false;
  visit(blocks, {
    block(block) {
      if (block.type === 'figure') found = true;
    },
    inline(node) {
      if (node.type === 'image') found = true;
    },
  });
  return found;
}
