// Front matter `abstract:` (Markdown, as Pandoc reads it) → blocks printed
// after the title block: a quotation headed by the language's "Abstract", as
// LaTeX's article class sets it. Read before the body, so notes and citations
// in it are numbered first; its problems are reported at its manuscript lines.
import type { Citations } from '../cite/citations.ts';
import { phrases } from '../cite/locale.ts';
import type { Nodes, Root } from 'mdast';
import type { Block, Note } from '../document.ts';
import type { CrossrefReferences } from './crossref-references.ts';
import { Diagnostics } from '../diagnostics.ts';
import type { ImagePlaces } from './image-file.ts';
import { parseMarkdown } from './markdown.ts';
import { LineIndex } from '../util/position.ts';
import { createParseContext } from './context.ts';

export interface Abstract {
  readonly blocks: Block[];
  readonly notes: Note[];
  /** Notes the abstract numbered: the body's start after them. */
  readonly noteCount: number;
}

interface AbstractContext {
  readonly diagnostics: Diagnostics;
  readonly images: ImagePlaces;
  readonly citations: Citations;
  /** The body's pandoc-crossref targets, which the abstract may refer to. */
  readonly crossrefs: CrossrefReferences;
}

/** Where the abstract's text starts in the manuscript (its later lines keep that indentation). */
export interface AbstractText {
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

/** Moves every position of the abstract's tree to the manuscript's lines and columns. */
function placeInManuscript(root: Root, at: AbstractText): void {
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    // A citation's items carry their own points (cite/mdast.ts).
    const items = node.type === 'cite' ? node.items.map((item) => item.position) : [];
    for (const point of [node.position?.start, node.position?.end, ...items]) {
      if (point === undefined) continue;
      point.line += at.line - 1;
      point.column += at.column - 1;
    }
    if ('children' in node) stack.push(...(node.children as Nodes[]));
  }
}

export function readAbstract(abstract: AbstractText, lang: string, context: AbstractContext): Abstract | null {
  const { text, line, column } = abstract;
  // Problems of the parse itself count from the abstract's first line; moved to the manuscript's below.
  const local = new Diagnostics(context.diagnostics.file);
  const root = parseMarkdown(text, local);
  let result: Abstract | null = null;
  if (root !== null) {
    placeInManuscript(root, abstract);
    context.crossrefs.resolve(root, text);
    const ctx = createParseContext(root, { diagnostics: context.diagnostics, text, lines: new LineIndex(text), images: context.images, citations: context.citations });
    const blocks = ctx.flow(root.children);
    const notes = ctx.finishNotes();
    const heading: Block = { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: phrases(lang).abstract }] }] };
    if (blocks.length > 0) result = { blocks: [{ type: 'blockquote', children: [heading, ...blocks] }], notes, noteCount: ctx.noteCount };
  }
  for (const d of local.items) context.diagnostics.items.push({ ...d, line: d.line + line - 1, column: d.column + column - 1 });
  return result;
}
