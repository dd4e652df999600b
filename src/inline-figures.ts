// Images inside running text: a picture cannot be set inside a justified
// line of the PDF, so each one becomes a figure right after its paragraph,
// keeping its link when it sits in one (`text [![chart](a.png)](https://…)
// more`). Both outputs get the same blocks, so the EPUB's page list (block
// numbers from the PDF's layout) stays true.
import type { Block, Document, FigureLink, ImageRef, Inline } from './document.ts';
import { mapBlocks } from './document/visit.ts';

/** The document with inline images moved out of their paragraphs (notes included). */
export function hoistDocumentImages(doc: Document): Document {
  return { ...doc, blocks: hoistInlineImages(doc.blocks), notes: doc.notes.map((note) => ({ ...note, children: hoistInlineImages(note.children) })) };
}

/** The blocks with every paragraph's inline images moved into figures after it. */
export function hoistInlineImages(blocks: readonly Block[]): Block[] {
  return mapBlocks(blocks, (block): Block[] => {
    if (block.type !== 'paragraph') return [block];
    const figures: Block[] = [];
    const children = withoutImages(block.children, undefined, (image, link) =>
      figures.push({ type: 'figure', image, caption: [], ...(link !== undefined ? { link } : {}) }),
    );
    if (figures.length === 0) return [block];
    const blank = children.every((node) => node.type === 'text' && node.value.trim() === '');
    return [...(blank ? [] : [{ ...block, children }]), ...figures];
  });
}

function withoutImages(nodes: readonly Inline[], link: FigureLink | undefined, found: (image: ImageRef, link: FigureLink | undefined) => void): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    if (node.type === 'image') {
      found(node.image, link);
      return [];
    }
    if (node.type === 'link') {
      // Figures link only to web addresses, as linked figures do in the parser.
      const target = /^https?:\/\//iu.test(node.url) ? { url: node.url, ...(node.title !== undefined ? { title: node.title } : {}) } : link;
      const children = withoutImages(node.children, target, found);
      return children.length === 0 ? [] : [{ ...node, children }];
    }
    if (node.type === 'emphasis' || node.type === 'strong' || node.type === 'delete' || node.type === 'script') {
      const children = withoutImages(node.children, link, found);
      return children.length === 0 ? [] : [{ ...node, children }];
    }
    return [node];
  });
}
