// The structure tree of a tagged PDF. Its shape comes from the Document (a
// list is L > LI > Lbl + LBody, a table Table > TR > TH/TD, each note a Note
// after the block that first cites it); the page items are matched to its
// leaves as they are painted. Within one block the page model lists items in
// reading order, so each item takes the next leaf of its kind: a label the
// next Lbl, a line the paragraph it belongs to, a code line the code block.
import type { Block, Document, ListItem } from '../../document.ts';
import type { Theme } from '../../theme/types.ts';
import { refDestination } from '../layout/inline.ts';
import { firstCitations } from '../layout/notes.ts';
import { titleLines } from '../layout/title-block.ts';
import type { PlacedImage, PlacedLine } from '../page-model.ts';
import type { PdfWriter, StructElement, StructType } from './pdfkit.ts';

type LeafKind = 'text' | 'label' | 'code';

/** A structure element, created in the PDF only when its first content is drawn (so none is left empty). */
class Node {
  element: StructElement | null = null;
  constructor(
    readonly type: StructType,
    readonly parent: Node | null,
    readonly options: { alt?: string; scope?: 'Column' } = {},
  ) {}
}

/** A node that holds content directly: one paragraph, label, code block or cell. */
interface Leaf {
  readonly kind: LeafKind;
  readonly node: Node;
}

/** The leaves of one block (or one note), in reading order, and how far painting has got. */
class LeafQueue {
  readonly leaves: Leaf[] = [];
  /** Index of the leaf the last item went to. */
  cursor = -1;
  /** Leaves by the layout paragraph they took. */
  readonly byParagraph = new Map<number, Leaf>();
}

/** Where a drawn item belongs: its element and the tag its marked content carries. */
export interface Target {
  readonly element: StructElement;
  readonly type: StructType;
}

const kindOf = (role: PlacedLine['role']): LeafKind => (role === 'Lbl' ? 'label' : role === 'Code' ? 'code' : 'text');

export class Tagger {
  private readonly blocks = new Map<number, LeafQueue>();
  private readonly notes = new Map<number, LeafQueue>();
  /** Figures by image path, in reading order; null for a decorative image (no alt text). */
  private readonly figures: { path: string; node: Node | null }[] = [];
  private readonly root: Node = new Node('Document', null);
  /** The note whose lines the foot of the page is showing (a split note continues on the next page). */
  private currentNote: number | null = null;
  /** Items that matched no leaf: tagged, but at the end of the document. */
  unmatched = 0;

  constructor(
    doc: Document,
    private readonly pdf: PdfWriter,
    theme: Theme,
  ) {
    this.root.element = pdf.structure('Document');
    pdf.addRootStructure(this.root.element);

    const title = this.queue(this.blocks, -1);
    const meta = doc.metadata;
    this.leaf(title, 'text', this.topLevel('H1'));
    for (let i = 1; i < titleLines(meta, theme).length; i++) this.leaf(title, 'text', this.topLevel('P'));

    const notesByBlock = new Map<number, number[]>();
    for (const [note, block] of firstCitations(doc.blocks)) notesByBlock.set(block, [...(notesByBlock.get(block) ?? []), note]);
    const placed = new Set<number>();
    doc.blocks.forEach((block, index) => {
      this.planBlock(block, this.root, this.queue(this.blocks, index), true);
      for (const number of (notesByBlock.get(index) ?? []).sort((a, b) => a - b)) {
        this.planNote(doc, number);
        placed.add(number);
      }
    });
    for (const note of doc.notes) if (!placed.has(note.number)) this.planNote(doc, note.number);
  }

  /** Where a line of the text block or the note area goes; null: an artifact. */
  line(line: PlacedLine, area: 'body' | 'notes'): Target | null {
    if (line.role === 'Artifact') return null;
    if (area === 'notes' && line.role === 'Lbl') {
      const number = line.fragments.map((f) => f.link).find((link) => link?.startsWith('#'));
      const opened = [...this.notes.keys()].find((n) => number === `#${refDestination(n)}`);
      if (opened !== undefined) this.currentNote = opened;
    }
    const queue = area === 'body' ? this.blocks.get(line.block) : this.currentNote === null ? undefined : this.notes.get(this.currentNote);
    const leaf = queue === undefined ? undefined : this.match(queue, line);
    if (leaf === null) return null;
    const node = leaf?.node ?? this.fallback();
    return { element: this.ensure(node), type: node.type };
  }

  /** Where an image goes: its Figure, or null for a decorative one. */
  image(image: PlacedImage): Target | null {
    const index = this.figures.findIndex((f) => f.path === image.path);
    const figure = this.figures[index];
    if (figure === undefined) {
      const node = this.fallback('Figure', image.alt);
      return { element: this.ensure(node), type: 'Figure' };
    }
    this.figures.splice(index, 1);
    return figure.node === null ? null : { element: this.ensure(figure.node), type: 'Figure' };
  }

  /** A new inline element (Reference, Link) as the next child of `parent`. */
  inline(parent: StructElement, type: StructType): StructElement {
    const element = this.pdf.structure(type);
    this.pdf.addChild(parent, element);
    return element;
  }

  private queue(map: Map<number, LeafQueue>, key: number): LeafQueue {
    const queue = new LeafQueue();
    map.set(key, queue);
    return queue;
  }

  private leaf(queue: LeafQueue, kind: LeafKind, node: Node): void {
    queue.leaves.push({ kind, node });
  }

  /** A child of the Document, created at once so that the blocks and notes keep their order. */
  private topLevel(type: StructType, options: { alt?: string } = {}): Node {
    const node = new Node(type, this.root, options);
    this.ensure(node);
    return node;
  }

  private child(parent: Node, type: StructType, topLevel: boolean, options: { alt?: string; scope?: 'Column' } = {}): Node {
    return topLevel ? this.topLevel(type, options) : new Node(type, parent, options);
  }

  private planBlocks(blocks: readonly Block[], parent: Node, queue: LeafQueue): void {
    for (const block of blocks) this.planBlock(block, parent, queue, false);
  }

  private planBlock(block: Block, parent: Node, queue: LeafQueue, topLevel: boolean): void {
    switch (block.type) {
      case 'heading':
        return this.leaf(queue, 'text', this.child(parent, `H${block.depth}`, topLevel));
      case 'paragraph':
        return this.leaf(queue, 'text', this.child(parent, 'P', topLevel));
      case 'blockquote':
        return this.planBlocks(block.children, this.child(parent, 'BlockQuote', topLevel), queue);
      case 'list': {
        const list = this.child(parent, 'L', topLevel);
        for (const item of block.items) this.planItem(item, list, queue);
        return;
      }
      case 'code':
        return this.leaf(queue, 'code', this.child(parent, 'Code', topLevel));
      case 'table': {
        const table = this.child(parent, 'Table', topLevel);
        block.rows.forEach((row, r) => {
          const tr = new Node('TR', table);
          row.cells.forEach(() => this.leaf(queue, 'text', r === 0 ? new Node('TH', tr, { scope: 'Column' }) : new Node('TD', tr)));
        });
        return;
      }
      case 'figure': {
        // A linked picture with no alt text still leads somewhere: its address describes it.
        const alt = block.image.alt.trim() || (block.link?.url ?? '');
        this.figures.push({ path: block.image.path, node: alt === '' ? null : this.child(parent, 'Figure', topLevel, { alt }) });
        if (block.caption.length > 0) this.leaf(queue, 'text', this.child(parent, 'Caption', topLevel));
        return;
      }
      case 'thematicBreak':
        return;
    }
  }

  private planItem(item: ListItem, list: Node, queue: LeafQueue): void {
    const li = new Node('LI', list);
    this.leaf(queue, 'label', new Node('Lbl', li));
    this.planBlocks(item.children, new Node('LBody', li), queue);
  }

  private planNote(doc: Document, number: number): void {
    const note = doc.notes[number - 1];
    if (note === undefined) return;
    const queue = this.queue(this.notes, number);
    const node = this.topLevel('Note');
    this.leaf(queue, 'label', new Node('Lbl', node));
    this.planBlocks(note.children, node, queue);
  }

  /**
   * The leaf a line belongs to: the current one while the line continues it,
   * else the next leaf of its kind. A paragraph seen before continues its leaf
   * (a table row split across pages), except a header cell seen again: that is
   * the header repeated on a new page, an artifact (null).
   */
  private match(queue: LeafQueue, line: PlacedLine): Leaf | null | undefined {
    const kind = kindOf(line.role);
    const { paragraph } = line;
    if (kind === 'text' && paragraph !== undefined) {
      const taken = queue.byParagraph.get(paragraph);
      if (taken !== undefined) return line.role === 'TH' && taken !== queue.leaves[queue.cursor] ? null : taken;
    }
    const current = queue.leaves[queue.cursor];
    if (kind === 'code' && current?.kind === 'code') return current;
    const next = queue.leaves.findIndex((leaf, i) => i > queue.cursor && leaf.kind === kind);
    const leaf = queue.leaves[next];
    if (leaf === undefined) return undefined;
    queue.cursor = next;
    if (paragraph !== undefined) queue.byParagraph.set(paragraph, leaf);
    return leaf;
  }

  /** A paragraph at the end of the document for content the plan did not foresee. */
  private fallback(type: StructType = 'P', alt?: string): Node {
    this.unmatched += 1;
    return new Node(type, this.root, alt !== undefined && alt !== '' ? { alt } : {});
  }

  /** The node's element, creating it and its missing ancestors in the PDF. */
  private ensure(node: Node): StructElement {
    if (node.element !== null) return node.element;
    const element = this.pdf.structure(node.type, node.options);
    if (node.parent !== null) this.pdf.addChild(this.ensure(node.parent), element);
    node.element = element;
    return element;
  }
}
