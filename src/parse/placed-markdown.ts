// Markdown written inside another construct that CommonMark does not know
// (an MkDocs admonition's indented body, a MyST directive's fenced one),
// parsed on its own and placed where it stands in the manuscript: every
// node's line, column and offset, and every diagnostic the parse made, moved
// from the body's text to the manuscript's, so later passes that slice the
// manuscript by offset, and messages, point at the right characters. A
// reference link in the body (`[text][label]`) names a definition that may
// stand anywhere in the manuscript, and CommonMark reads one as a link only
// when its definition is in the same parse: the manuscript's definitions are
// parsed after the body, and left out of what it gives.
import type { Root, RootContent } from 'mdast';
import type { Point } from 'unist';
import { Diagnostics } from '../diagnostics.ts';
import { LineIndex } from '../util/position.ts';
import { eachNode } from './each-node.ts';

/** A body cut out of the manuscript: its text, and where each of its lines came from. */
export interface PlacedBody {
  /** The body's lines, joined by line feeds. */
  readonly text: string;
  /** For each line of `text`, its manuscript line (1-based) and how many characters were cut from its start. */
  readonly origins: readonly { readonly line: number; readonly cut: number }[];
}

export type ParseText = (text: string, diagnostics: Diagnostics) => Root;

/** A link definition: its label in lower case, and its source on one line. */
export interface DefinitionSource {
  readonly label: string;
  readonly source: string;
}

/** The link definitions in `root` (`[label]: url`), for parsePlaced. */
export function definitionsOf(root: Root, text: string): DefinitionSource[] {
  const definitions: DefinitionSource[] = [];
  eachNode(root, (node) => {
    if (node.type !== 'definition') return;
    const source = text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0).replace(/\s+/gu, ' ');
    definitions.push({ label: (node.label ?? node.identifier).toLowerCase(), source });
  });
  return definitions;
}

/**
 * The body's blocks, positioned in `manuscript`, its reference links read
 * with the manuscript's `definitions`; the parse's diagnostics are added to
 * `diagnostics`, placed too.
 */
export function parsePlaced(body: PlacedBody, manuscript: LineIndex, parse: ParseText, diagnostics: Diagnostics, definitions: readonly DefinitionSource[] = []): RootContent[] {
  const own = new Diagnostics(diagnostics.file);
  const lineCount = body.origins.length;
  // Only those the body may name, so that many boxes in a manuscript with many definitions stay quick.
  const lower = body.text.toLowerCase();
  const named = definitions.filter((d) => lower.includes(`[${d.label}]`)).map((d) => d.source);
  const root = parse(named.length === 0 ? body.text : `${body.text}\n\n${named.join('\n')}`, own);
  root.children = root.children.filter((node) => (node.position?.start.line ?? 0) <= lineCount);
  const place = (line: number, column: number): Point => {
    const origin = body.origins[line - 1] ?? body.origins.at(-1) ?? { line: 1, cut: 0 };
    const point = { line: origin.line, column: column + origin.cut };
    return { ...point, offset: manuscript.offset(point) };
  };
  eachNode(root, (node) => {
    if (node.type === 'root' || node.position === undefined) return;
    const { start, end } = node.position;
    node.position = { start: place(start.line, start.column), end: place(end.line, end.column) };
  });
  for (const item of own.items.filter((d) => d.line <= lineCount)) {
    const { line, column } = place(item.line, item.column);
    diagnostics.items.push({ ...item, line, column });
  }
  return root.children;
}

/** Lines `from`..`to` (1-based, inclusive) of `lines`, each with `cut(line)` characters taken from its start. */
export function cutLines(lines: readonly string[], from: number, to: number, cut: (text: string) => number): PlacedBody {
  const origins: { line: number; cut: number }[] = [];
  const kept: string[] = [];
  for (let line = from; line <= to; line += 1) {
    const text = (lines[line - 1] ?? '').replace(/\r$/u, '');
    const n = Math.min(cut(text), text.length);
    origins.push({ line, cut: n });
    kept.push(text.slice(n));
  }
  return { text: kept.join('\n'), origins };
}
