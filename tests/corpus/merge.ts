// Joins separately parsed Documents into one book, each under its own heading,
// so hundreds of small examples can be packaged and validated as a few EPUBs
// (packaging one EPUB costs about a second) without their Markdown ever
// meeting: ids are prefixed and note numbers shifted so nothing clashes.
import type { Block, Document, Inline, ListItem, Note } from '../../src/document.ts';

export interface Part {
  readonly name: string;
  readonly document: Document;
}

function renameInlines(inlines: readonly Inline[], prefix: string, noteOffset: number): Inline[] {
  return inlines.map((node): Inline => {
    switch (node.type) {
      case 'emphasis':
      case 'strong':
      case 'delete':
        return { ...node, children: renameInlines(node.children, prefix, noteOffset) };
      case 'link':
        return {
          ...node,
          url: node.url.startsWith('#') ? `#${prefix}${node.url.slice(1)}` : node.url,
          children: renameInlines(node.children, prefix, noteOffset),
        };
      case 'noteRef':
        return { ...node, number: node.number + noteOffset };
      case 'anchor':
        return { ...node, id: `${prefix}${node.id}` };
      default:
        return node;
    }
  });
}

function renameBlocks(blocks: readonly Block[], prefix: string, noteOffset: number): Block[] {
  const inlines = (nodes: readonly Inline[]): Inline[] => renameInlines(nodes, prefix, noteOffset);
  const item = (node: ListItem): ListItem => ({
    ...node,
    ...(node.id !== undefined ? { id: `${prefix}${node.id}` } : {}),
    children: renameBlocks(node.children, prefix, noteOffset),
  });
  return blocks.map((block): Block => {
    switch (block.type) {
      case 'heading':
        return { ...block, id: `${prefix}${block.id}`, children: inlines(block.children) };
      case 'paragraph':
        return { ...block, children: inlines(block.children) };
      case 'blockquote':
      case 'callout':
        return { ...block, children: renameBlocks(block.children, prefix, noteOffset) };
      case 'list':
        return { ...block, items: block.items.map(item) };
      case 'definitionList':
        return { ...block, items: block.items.map((entry) => ({ term: inlines(entry.term), definitions: entry.definitions.map((d) => renameBlocks(d, prefix, noteOffset)) })) };
      case 'table':
        return { ...block, rows: block.rows.map((row) => ({ cells: row.cells.map((cell) => ({ children: inlines(cell.children) })) })) };
      case 'figure':
        return { ...block, caption: inlines(block.caption) };
      case 'code':
      case 'thematicBreak':
      case 'pageBreak':
        return block;
    }
  });
}

/** One Document holding every part, in order, each opened by a level-1 heading with its name. */
export function mergeDocuments(title: string, parts: readonly Part[]): Document {
  const first = parts[0];
  if (first === undefined) throw new Error('nothing to merge');
  const blocks: Block[] = [];
  const notes: Note[] = [];
  parts.forEach((part, index) => {
    const prefix = `p${index}-`;
    const offset = notes.length;
    blocks.push({ type: 'heading', depth: 1, id: `${prefix}part`, children: [{ type: 'text', value: part.name }] });
    blocks.push(...renameBlocks(part.document.blocks, prefix, offset));
    notes.push(
      ...part.document.notes.map((note) => ({ ...note, number: note.number + offset, children: renameBlocks(note.children, prefix, offset) })),
    );
  });
  return { ...first.document, metadata: { ...first.document.metadata, title }, blocks, notes };
}
