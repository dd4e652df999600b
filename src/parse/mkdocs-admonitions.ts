// MkDocs's boxes, as Python-Markdown's `admonition`, `pymdownx.details` and
// `pymdownx.tabbed` extensions write them (Material for MkDocs's manuals,
// most Python projects' documentation):
//
//     !!! note "Optional title"       ??? tip "Collapsed"       === "Tab 1"
//         Indented Markdown.              Indented Markdown.        Indented Markdown.
//
// CommonMark reads the first line as a paragraph and the indented body as an
// indented code block (or as lazy lines of that paragraph), so "!!! note" and
// a listing were printed. After the parse, a paragraph that opens with such a
// line and is followed by lines indented four more than it becomes what the
// site draws: an admonition Galley's callout of the kind that says the same
// (admonition-kinds.ts), its title, when it has a non-empty one, a bold first
// line, as a Quarto callout's is (handlers/fenced-div.ts); a tab its label in
// bold and its body. The body is parsed as Markdown of its own, placed where
// it stands (placed-markdown.ts), so a list, code or a nested box in it reads
// as it would outside. `!!!` in code is an example and stays, as does a line
// with no indented body under it.
import type { FencedDiv, Paragraph, Parent, Root, RootContent } from 'mdast';
import type { Diagnostics } from '../diagnostics.ts';
import { LineIndex } from '../util/position.ts';
import { admonitionKind, MATERIAL_ADMONITIONS } from './admonition-kinds.ts';
import { eachNode } from './each-node.ts';
import { cutLines, definitionsOf, parsePlaced, type DefinitionSource, type ParseText } from './placed-markdown.ts';

// Python-Markdown's: a type, perhaps more classes after it, and a title in double quotes.
const ADMONITION = /^(?:!!!|\?\?\?\+?) ?([\w-]+)(?: +[\w-]+)*(?: +"(.*?)")? *$/u;
const TAB = /^===[+!]* +"(.*?)" *$/u;
const ANY_HEADER = /!!!|\?\?\?|===/u;
const BODY_INDENT = 4;

type Header = { readonly kind: 'admonition'; readonly type: string; readonly title: string } | { readonly kind: 'tab'; readonly label: string };

function readHeader(line: string): Header | null {
  const admonition = ADMONITION.exec(line);
  if (admonition !== null) return { kind: 'admonition', type: (admonition[1] as string).toLowerCase(), title: admonition[2] ?? '' };
  const tab = TAB.exec(line);
  return tab === null ? null : { kind: 'tab', label: tab[1] as string };
}

/** Columns of leading white space (a tab to the next multiple of four), and how many characters reach `width`. */
function indentOf(line: string): { width: number; charsTo: (width: number) => number } {
  const widths: number[] = [0];
  for (const char of line) {
    if (char !== ' ' && char !== '\t') break;
    const last = widths.at(-1) as number;
    widths.push(char === '\t' ? last + BODY_INDENT - (last % BODY_INDENT) : last + 1);
  }
  return { width: widths.at(-1) as number, charsTo: (width) => widths.findIndex((w) => w >= width) };
}

export function withMkdocsAdmonitions(root: Root, text: string, parse: ParseText, diagnostics: Diagnostics): Root {
  if (!ANY_HEADER.test(text)) return root;
  const lines = text.split('\n');
  const manuscript: Manuscript = { lines, index: new LineIndex(text), parse, diagnostics, definitions: definitionsOf(root, text) };
  eachNode(root, (node) => {
    if ('children' in node && node.children.some((child) => child.type === 'paragraph')) replaceBoxes(node as Parent, manuscript);
  });
  return root;
}

interface Manuscript {
  readonly lines: readonly string[];
  readonly index: LineIndex;
  readonly parse: ParseText;
  readonly diagnostics: Diagnostics;
  /** Its link definitions, for the bodies' reference links. */
  readonly definitions: readonly DefinitionSource[];
}

function replaceBoxes(parent: Parent, manuscript: Manuscript): void {
  const children: RootContent[] = [];
  for (let i = 0; i < parent.children.length; i += 1) {
    const node = parent.children[i] as RootContent;
    const box = node.type === 'paragraph' ? boxAt(node, parent.children as RootContent[], i, manuscript) : null;
    if (box === null) {
      children.push(node);
      continue;
    }
    children.push(...box.nodes);
    i = box.last;
  }
  parent.children = children as typeof parent.children;
}

/** The box a paragraph opens, in place of `siblings[at]` and those after it up to `last`; null when it opens none. */
function boxAt(paragraph: Paragraph, siblings: readonly RootContent[], at: number, manuscript: Manuscript): { nodes: RootContent[]; last: number } | null {
  const { lines, index } = manuscript;
  const start = paragraph.position?.start;
  if (start === undefined) return null;
  const line = (lines[start.line - 1] ?? '').replace(/\r$/u, '');
  const before = line.slice(0, start.column - 1);
  const header = readHeader(line.slice(start.column - 1));
  if (header === null) return null;
  // Four columns in from the `!!!`, after a list's marker or a definition's colon too (Material's manual
  // writes its types in a definition list); a quote's body lines open with `>`, so none is ever indented enough.
  const needed = (before.trim() === '' ? indentOf(before).width : before.length) + BODY_INDENT;
  let end = start.line;
  for (let n = start.line + 1; n <= lines.length; n += 1) {
    const next = (lines[n - 1] ?? '').replace(/\r$/u, '');
    if (next.trim() === '') continue;
    if (indentOf(next).width < needed) break;
    end = n;
  }
  // An admonition has a body; a tab may be empty (a label alone).
  if (end === start.line && header.kind === 'admonition') return null;
  const endOffset = index.offset({ line: end, column: (lines[end - 1] ?? '').replace(/\r$/u, '').length + 1 });
  let last = at;
  while (last + 1 < siblings.length && (siblings[last + 1]?.position?.start.offset ?? Infinity) < endOffset) last += 1;
  const placed = (from: number, to: number, cut: (text: string) => number): RootContent[] =>
    to < from ? [] : parsePlaced(cutLines(lines, from, to, cut), index, manuscript.parse, manuscript.diagnostics, manuscript.definitions);
  const body = placed(start.line + 1, end, (text) => indentOf(text).charsTo(needed));
  // Lines after the body that CommonMark took as lazy lines of its paragraph (the next `!!!` with no blank
  // line before it) are blocks of their own after the box, as Python-Markdown reads them.
  const tailEnd = Math.max(...siblings.slice(at, last + 1).map((node) => node.position?.end.line ?? 0));
  const leading = (text: string): number => Math.min(before.length, /^[ \t]*/u.exec(text)?.[0].length ?? 0);
  const tail = placed(end + 1, tailEnd, leading);
  if (header.kind === 'tab') {
    const headerEnd = { line: start.line, column: line.length + 1 };
    const position = { start, end: { ...headerEnd, offset: index.offset(headerEnd) } };
    const label: Paragraph = { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: header.label, position }], position }], position };
    return { nodes: [label, ...body, ...tail], last };
  }
  const kind = admonitionKind(MATERIAL_ADMONITIONS, header.type) ?? 'note';
  const box: FencedDiv = {
    type: 'fencedDiv',
    attributes: { classes: [`callout-${kind}`], pairs: header.title === '' ? {} : { title: header.title } },
    children: body as FencedDiv['children'],
    position: { start, end: { ...index.point(endOffset), offset: endOffset } },
  };
  return { nodes: [box, ...tail], last };
}
