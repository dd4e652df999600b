// Pandoc's attribute blocks right after inline code, a link or an image (its
// inline_code_attributes and link_attributes): `` `white`{.white} ``,
// `[button](https://example.org){.button}`, `[text][ref]{.x}`,
// `![alt](img.png){width=50%}`. CommonMark leaves the block as text after the
// node; it is read, as Pandoc reads it, and never printed. As a bracketed
// span's (bracketed-spans.ts), the id is a place links lead to (an anchor
// before the node; a figure's own id, for an image alone in its paragraph).
// An image keeps its block (`data.attributes`) for its `width` and `height`
// (image-size.ts); other classes and key=value pairs go without a word, as
// Galley's output has no use for them. A block after a space, one written
// with an escaped brace (`\{`), or braces that are no attribute block (`{not
// this}`) stay text, as in Pandoc. A shortcut reference followed by a block
// (`[Alignment]{#x}`) is a bracketed span, read before this.
import type { Anchor, PhrasingContent, Text } from 'mdast';
import { leadingAttributes, type Attributes } from './pandoc-attributes.ts';
import { pushText } from './text-pieces.ts';

/** An image's attribute block, and where in the manuscript its `{` stands (to locate what is wrong in it). */
export interface WrittenAttributes {
  readonly attributes: Attributes;
  readonly source: string;
  readonly offset?: number;
}

declare module 'mdast' {
  interface ImageData {
    attributes?: WrittenAttributes;
  }
  interface ImageReferenceData {
    attributes?: WrittenAttributes;
  }
}

const CARRIERS = new Set<PhrasingContent['type']>(['inlineCode', 'link', 'linkReference', 'image', 'imageReference']);

/** Whether Pandoc reads an attribute block right after the node as the node's. */
export function isCarrier(node: PhrasingContent | undefined): boolean {
  return node !== undefined && CARRIERS.has(node.type);
}

/**
 * The nodes with the attribute block after each inline code, link and image
 * left out, its id an anchor before the node. `source`, the text the nodes'
 * offsets index, tells an escaped `\{` from a brace.
 */
export function withInlineAttributes(nodes: readonly PhrasingContent[], source?: string): PhrasingContent[] {
  return read(nodes, source, true);
}

/** The nodes with those attribute blocks left out, ids and all (a figure takes its image's id itself). */
export function withoutInlineAttributes(nodes: readonly PhrasingContent[], source?: string): PhrasingContent[] {
  return read(nodes, source, false);
}

function read(nodes: readonly PhrasingContent[], source: string | undefined, anchors: boolean): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (let i = 0; i < nodes.length; i += 1) {
    const node = nodes[i] as PhrasingContent;
    const next = nodes[i + 1];
    const block = isCarrier(node) && next?.type === 'text' && !escaped(next, source) ? leadingAttributes(next.value) : null;
    if (block === null || next?.type !== 'text') {
      out.push(node);
      continue;
    }
    const id = block.attributes.id;
    if (id !== undefined && anchors) out.push(anchorAt(id, node));
    out.push(withAttributes(node, { attributes: block.attributes, source: next.value.slice(0, block.length), ...offsetOf(next) }));
    pushText(out, next, next.value.slice(block.length));
    i += 1;
  }
  return out;
}

/** Whether the text's opening brace was written `\{` (CommonMark's escape, which the text node no longer shows). */
function escaped(text: Text, source: string | undefined): boolean {
  const offset = text.position?.start.offset;
  return source !== undefined && offset !== undefined && source.startsWith('\\{', offset);
}

/** An image with its attribute block kept (a copy: the tree may be read again); other nodes as they are. */
function withAttributes(node: PhrasingContent, written: WrittenAttributes): PhrasingContent {
  if (node.type !== 'image' && node.type !== 'imageReference') return node;
  return { ...node, data: { ...node.data, attributes: written } };
}

function offsetOf(text: Text): { offset?: number } {
  const offset = text.position?.start.offset;
  return offset === undefined ? {} : { offset };
}

function anchorAt(name: string, at: PhrasingContent): PhrasingContent {
  const anchor: Anchor = { type: 'anchor', name, ...(at.position ? { position: at.position } : {}) };
  return anchor as PhrasingContent;
}
