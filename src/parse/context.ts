// What every parse handler is given (its `ctx`): dispatch (`flow`/`phrasing`), link
// definitions, the notes table (manual notes and source citations share one
// numbering), heading slugs, image loading and diagnostics. Link and note
// definitions are collected by a pre-pass before any handler runs.
import type { Cite, Definition, FootnoteDefinition, FootnoteReference, Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import type { Citations } from '../cite/citations.ts';
import type { Block, ImageRef, Inline, Note, Point } from '../document.ts';
import type { Diagnostics } from '../diagnostics.ts';
import { setSpan, type Span } from '../document/position.ts';
import { inlineRuns, visitInlines } from '../document/visit.ts';
import { joinAnchorParagraphs } from './anchor-paragraphs.ts';
import { withBracketedSpans } from './bracketed-spans.ts';
import { joinDisplayParagraphs } from './display-paragraphs.ts';
import { withInlineAttributes } from './inline-attributes.ts';
import { flowHandlers, phrasingHandlers } from './handlers/index.ts';
import { pairInlineHtml } from './handlers/html.ts';
import { undefinedNote } from './handlers/text.ts';
import type { FlowHandler, FlowNode, PhrasingHandler } from './handlers/types.ts';
import { unknownFlow, unknownPhrasing } from './handlers/unknown.ts';
import { loadImage, type ImagePlaces } from './image-file.ts';
import { imageSizeOf } from './image-size.ts';
import type { LineIndex } from '../util/position.ts';
import { Slugger } from '../util/slug.ts';

export interface ParseContext {
  readonly diagnostics: Diagnostics;
  /** The decoded manuscript; positions' offsets index into it. */
  readonly text: string;
  readonly lines: LineIndex;
  readonly slugger: Slugger;
  flow(nodes: readonly RootContent[]): Block[];
  phrasing(nodes: readonly PhrasingContent[]): Inline[];
  /** The link definition for a reference's identifier (first definition wins, as in CommonMark). */
  definition(identifier: string): Definition | undefined;
  /** Numbers a note on its first citation (converting its body then) and counts citations. */
  cite(node: FootnoteReference): Inline[];
  /** A source citation (`[@key]`): a note of its own, or text in the manual note it is written in. */
  citeSource(node: Cite): Inline[];
  /** A checked local image, sized as its attribute block asks (image-size.ts), or null after reporting why it cannot be used. */
  image(node: Nodes, url: string, alt: string, title: string | null | undefined): ImageRef | null;
  /** The source text a node was parsed from. */
  source(node: Nodes): string;
  warning(node: Nodes, message: string): void;
  warningAt(point: Point, message: string): void;
  error(node: Nodes, message: string): void;
  errorAt(point: Point, message: string): void;
  /** The node being converted most recently (to locate a stack overflow). */
  readonly current: Nodes | undefined;
  /** The manual notes cited (citation notes come from `citations`); reports definitions never cited. */
  finishNotes(): Note[];
  /** Resolves a link to another file of the book (see ParseOptions.crossLink). */
  readonly crossLink?: CrossLink;
  /** Notes numbered so far, manual and citation notes alike. */
  readonly noteCount: number;
}

/**
 * A link to another chapter of the book (`chapter-2.md#the-front`), given as
 * written and where: the address both writers resolve, or null when `url` is
 * not a chapter of the book (then it is checked as any other link).
 */
export type CrossLink = (url: string, at: Point) => string | null;

export interface ParseContextOptions {
  readonly diagnostics: Diagnostics;
  readonly text: string;
  readonly lines: LineIndex;
  /** Folders that images are looked up in (and may not leave). */
  readonly images: ImagePlaces;
  readonly citations: Citations;
  readonly crossLink?: CrossLink;
  /** Notes already numbered before this text (in the abstract, read before the body). */
  readonly notesBefore?: number;
}

export function createParseContext(root: Root, options: ParseContextOptions): ParseContext {
  const { diagnostics, text, lines, images, citations } = options;
  const { definitions, footnotes } = collectDefinitions(root, diagnostics);
  const numbers = new Map<string, number>();
  const occurrences = new Map<string, number>();
  const notes: Note[] = [];
  let noteCount = options.notesBefore ?? 0;
  /** The manual note whose body is being converted. */
  let insideNote: number | undefined;
  let current: Nodes | undefined;

  const startOf = (node: Nodes): Point => {
    const start = node.position?.start;
    return start ? { line: start.line, column: start.column } : { line: 1, column: 1 };
  };

  const ctx: ParseContext = {
    diagnostics,
    text,
    lines,
    slugger: new Slugger(),
    get current() {
      return current;
    },
    get noteCount() {
      return noteCount;
    },
    flow(nodes) {
      const blocks = joinDisplayParagraphs(nodes).flatMap((node) => {
        current = node;
        const handler = (flowHandlers as Partial<Record<string, FlowHandler<FlowNode['type']>>>)[node.type];
        const span = spanFrom(node);
        return (handler ? handler(node as never, ctx) : unknownFlow(node, ctx)).map((block) => {
          // Nodes a handler made without a place of their own (a figure's caption) take the node's.
          for (const run of inlineRuns(block)) visitInlines(run, (inline) => setSpan(inline, span));
          return setSpan(block, span);
        });
      });
      return joinAnchorParagraphs(blocks);
    },
    phrasing(nodes) {
      return pairInlineHtml(withInlineAttributes(withBracketedSpans(nodes), text), ctx).flatMap((node) => {
        current = node;
        const handler = (phrasingHandlers as Partial<Record<string, PhrasingHandler<PhrasingContent['type']>>>)[node.type];
        const span = spanFrom(node);
        const inlines = handler ? handler(node as never, ctx) : unknownPhrasing(node, ctx);
        visitInlines(inlines, (inline) => setSpan(inline, span));
        return inlines;
      });
    },
    definition(identifier) {
      return definitions.get(identifier);
    },
    cite(node) {
      const definition = footnotes.get(node.identifier);
      if (!definition) {
        ctx.warning(node, undefinedNote(node.label ?? node.identifier));
        return [{ type: 'text', value: ctx.source(node) }];
      }
      // Counted before the body is converted: a citation inside it comes later in reading order.
      const occurrence = (occurrences.get(node.identifier) ?? 0) + 1;
      occurrences.set(node.identifier, occurrence);
      let number = numbers.get(node.identifier);
      if (number === undefined) {
        number = ++noteCount;
        numbers.set(node.identifier, number);
        // Converted now, so the notes its body cites are numbered right after it.
        const outer = insideNote;
        insideNote = number;
        const children = ctx.flow(definition.children);
        insideNote = outer;
        notes.push({ number, label: definition.label ?? definition.identifier, kind: 'manual', children, position: startOf(definition) });
      }
      return [{ type: 'noteRef', number, occurrence }];
    },
    citeSource(node) {
      return citations.cite(node, ctx.source(node), { insideNote, nextNoteNumber: () => ++noteCount });
    },
    image(node, url, alt, title) {
      const result = loadImage(images, url, alt, title);
      if ('error' in result) {
        // As Pandoc: an image the build cannot take is replaced by its description; a damaged one stops the build.
        if (result.missing === true) ctx.warning(node, `${result.error}; ${alt.trim() === '' ? 'it has no alt text, so nothing' : 'its alt text'} is shown instead`);
        else ctx.error(node, result.error);
        return null;
      }
      const size = imageSizeOf(node, (offset, message) => (offset === undefined ? ctx.warning(node, message) : ctx.warningAt(lines.point(offset), message)));
      return { ...result.image, url, at: startOf(node), ...(size === undefined ? {} : { size }) };
    },
    source(node) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      return start === undefined || end === undefined ? '' : text.slice(start, end);
    },
    warning(node, message) {
      ctx.warningAt(startOf(node), message);
    },
    warningAt(point, message) {
      diagnostics.warning(point.line, point.column, message);
    },
    error(node, message) {
      ctx.errorAt(startOf(node), message);
    },
    errorAt(point, message) {
      diagnostics.error(point.line, point.column, message);
    },
    finishNotes() {
      for (const [identifier, definition] of footnotes) {
        if (!numbers.has(identifier)) {
          ctx.warning(definition, `note [^${definition.label ?? identifier}] is defined but never cited`);
        }
      }
      return notes;
    },
    ...(options.crossLink !== undefined ? { crossLink: options.crossLink } : {}),
  };
  return ctx;
}

interface Definitions {
  readonly definitions: Map<string, Definition>;
  readonly footnotes: Map<string, FootnoteDefinition>;
}

/** Pre-pass over the whole tree (notes may be defined inside quotes, lists or other notes). */
function collectDefinitions(root: Root, diagnostics: Diagnostics): Definitions {
  const definitions = new Map<string, Definition>();
  const footnotes = new Map<string, FootnoteDefinition>();
  const where = (node: Nodes): string => `${node.position?.start.line ?? 1}:${node.position?.start.column ?? 1}`;
  const report = (node: Nodes, severity: 'error' | 'warning', message: string): void => {
    const at = node.position?.start ?? { line: 1, column: 1 };
    diagnostics[severity](at.line, at.column, message);
  };
  // Iterative walk: the tree may be hundreds of levels deep.
  const stack: Nodes[] = [root];
  const found: Nodes[] = [];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if (node.type === 'definition' || node.type === 'footnoteDefinition') found.push(node);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  for (const node of found) {
    if (node.type === 'footnoteDefinition') {
      const first = footnotes.get(node.identifier);
      // GitHub keeps the first definition, as CommonMark does for links.
      if (first) report(node, 'warning', `note [^${node.label ?? node.identifier}] is already defined at ${where(first)}; this one is ignored`);
      else footnotes.set(node.identifier, node);
    } else if (node.type === 'definition') {
      const first = definitions.get(node.identifier);
      if (first) {
        report(node, 'warning', `link definition [${node.label ?? node.identifier}] is already defined at ${where(first)}; this one is ignored`);
      } else definitions.set(node.identifier, node);
    }
  }
  return { definitions, footnotes };
}

/** The node's place in the manuscript, for the Document nodes made from it. */
function spanFrom(node: Nodes): Span | undefined {
  const { start, end } = node.position ?? {};
  if (start?.offset === undefined || end?.offset === undefined) return undefined;
  return {
    start: { line: start.line, column: start.column, offset: start.offset },
    end: { line: end.line, column: end.column, offset: end.offset },
  };
}
