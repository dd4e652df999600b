// The structure tree of a tagged PDF, built from the tags layout put on the
// items: each drawn item names the elements it lies in (its path from the
// Document down), and an element is created the first time an item inside it
// is drawn, so none is left empty and one split across pages (a paragraph
// continued overleaf, a note run on) is one element with several parts. The
// Document's own children are created first, in reading order, so a note
// drawn at the page foot still follows the block that cites it.
import type { Page, PageItem, StructNode, StructPath, Tag, TopNode } from '../page-model.ts';
import type { PdfWriter, StructElement, StructType } from './pdfkit.ts';

/** Where a drawn item belongs: its element and the tag its marked content carries. */
export interface Target {
  readonly element: StructElement;
  readonly type: StructType;
}

/** Element by element, the first difference decides; a shorter key that is a prefix comes first. */
function byOrder(a: TopNode, b: TopNode): number {
  for (let i = 0; i < Math.min(a.order.length, b.order.length); i++) {
    const d = (a.order[i] ?? 0) - (b.order[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.order.length - b.order.length;
}

const pathOf = (item: PageItem): StructPath | null => (item.kind === 'rule' || typeof item.tag === 'string' ? null : item.tag);

export class Tagger {
  private readonly elements = new Map<number, StructElement>();
  private readonly root: StructElement;

  constructor(
    pages: readonly Page[],
    private readonly pdf: PdfWriter,
  ) {
    this.root = pdf.structure('Document');
    pdf.addRootStructure(this.root);
    const top = new Map<number, TopNode>();
    for (const page of pages) {
      for (const item of [...page.items, ...page.notes]) {
        const first = pathOf(item)?.[0];
        if (first !== undefined) top.set(first.id, first);
      }
    }
    for (const node of [...top.values()].sort(byOrder)) {
      const element = this.create(node);
      pdf.addChild(this.root, element);
      this.elements.set(node.id, element);
    }
  }

  /** Where an item with this tag goes; null: an artifact. */
  target(tag: Tag): Target | null {
    if (typeof tag === 'string') return null;
    // Elements met for the first time are made innermost first (the order their objects have always had in the file), then linked in.
    const fresh = new Set(tag.filter((node) => !this.elements.has(node.id)));
    for (const node of [...fresh].reverse()) this.elements.set(node.id, this.create(node));
    let parent = this.root;
    for (const node of tag) {
      const element = this.elements.get(node.id) ?? this.root;
      if (fresh.has(node)) this.pdf.addChild(parent, element);
      parent = element;
    }
    return { element: parent, type: (tag.at(-1) ?? tag[0]).type };
  }

  /** A new inline element (Reference, Link, Formula) as the next child of `parent`. */
  inline(parent: StructElement, type: StructType, options: { alt?: string; actual?: string } = {}): StructElement {
    const element = this.pdf.structure(type, options);
    this.pdf.addChild(parent, element);
    return element;
  }

  private create(node: StructNode): StructElement {
    return this.pdf.structure(node.type, {
      ...(node.alt !== undefined ? { alt: node.alt } : {}),
      ...(node.scope !== undefined ? { scope: node.scope } : {}),
      ...(node.colSpan !== undefined ? { colSpan: node.colSpan } : {}),
      ...(node.rowSpan !== undefined ? { rowSpan: node.rowSpan } : {}),
    });
  }
}
