// What every EPUB handler is given (its `ctx`) while one content document is
// rendered: link targets from the pre-pass, and the word counter that puts
// print page-break markers before the right word.
import type { Block, Document, ImageRef, PageStart } from '../document.ts';
import type { BookLabels } from '../theme/types.ts';
import { WordCounter } from '../text.ts';
import { renderBlock } from './blocks/index.ts';
import { NOTES_FILE, noteId, noteRefId, pageId } from './files.ts';
import { h, text } from './hast.ts';
import type { Element, ElementContent } from './hast.ts';
import type { ImageRegistry } from './images.ts';
import { citationKey } from './plan.ts';
import type { BookPlan } from './plan.ts';

/** What every content document of one book shares. */
export interface BookContext {
  readonly doc: Document;
  readonly plan: BookPlan;
  readonly images: ImageRegistry;
  /** The words the writer adds in the text (an alert's label), the theme's over the language's. */
  readonly labels: BookLabels;
}

export class EpubContext {
  /** Words of the current top-level block's `blockText` seen so far. */
  private words = new WordCounter();
  /** Page breaks still to place in the current top-level block, by word index. */
  private pending = new Map<number, PageStart[]>();

  constructor(
    readonly book: BookContext,
    readonly filename: string,
  ) {}

  /**
   * A top-level block with the print page breaks that fall in it. A page that
   * starts at the block's first word is marked before the block; one that
   * starts past its last word (nothing to anchor to) after it.
   */
  topLevelBlock(node: Block, index: number): ElementContent[] {
    const starts = this.book.plan.pageStarts.get(index) ?? [];
    this.words = new WordCounter();
    this.pending = new Map();
    for (const start of starts) {
      if (start.word > 0) this.pending.set(start.word, [...(this.pending.get(start.word) ?? []), start]);
    }
    const before = starts.filter((start) => start.word <= 0).map((start) => pageBreak(start.page));
    const rendered = renderBlock(node, this);
    const after = [...this.pending.values()].flat().map((start) => pageBreak(start.page));
    this.pending = new Map();
    return [...before, ...rendered, ...after];
  }

  /** Marks a word boundary that `blockText` has but the rendered text may not (between cells, items, blocks). */
  boundary(): void {
    this.words.boundary();
  }

  /** Visible text, counted word by word, with any page break that starts at one of its words. */
  text(value: string): ElementContent[] {
    const out: ElementContent[] = [];
    let from = 0;
    this.words.feed(value, (i, word) => {
      const starts = this.pending.get(word);
      if (starts === undefined) return;
      if (i > from) out.push(text(value.slice(from, i)));
      out.push(...starts.map((start) => pageBreak(start.page)));
      this.pending.delete(word);
      from = i;
    });
    if (from < value.length) out.push(text(value.slice(from)));
    return out;
  }

  /** A link target: in-book `#anchor` links are pointed at the file that holds the anchor. */
  href(url: string): string {
    if (!url.startsWith('#')) return url;
    const target = safeDecode(url.slice(1));
    const id = this.book.plan.anchorIds.get(target);
    const file = this.book.plan.anchorFiles.get(target);
    if (id === undefined || file === undefined) return url;
    return this.local(file, id);
  }

  noteRef(number: number, occurrence: number): { id: string; href: string } {
    return { id: noteRefId(number, occurrence), href: this.local(NOTES_FILE, noteId(number)) };
  }

  /** Where the given citation of a note is, for the note's backlink. */
  citationHref(number: number, occurrence: number): string {
    const file = this.book.plan.citationFiles.get(citationKey(number, occurrence));
    if (file === undefined) throw new Error(`note ${number} has no citation number ${occurrence}`);
    return this.local(file, noteRefId(number, occurrence));
  }

  imageSrc(image: ImageRef): string {
    return this.book.images.src(image);
  }

  private local(file: string, id: string): string {
    return file === this.filename ? `#${id}` : `${file}#${id}`;
  }
}

/** The marker of a print page's start: empty, so it adds nothing to the text, but labelled. */
export function pageBreak(page: number): Element {
  return h('span', { 'epub:type': 'pagebreak', role: 'doc-pagebreak', id: pageId(page), ariaLabel: String(page) });
}

function safeDecode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
