// Warnings for characters no face of the theme can draw (they print as U+FFFD,
// see fonts.ts), each at the line and column where the manuscript has it, so
// none goes to print unannounced and `--strict` can refuse it.
import type { Node, Parent } from 'unist';
import type { Diagnostic } from './diagnostics.ts';
import { Diagnostics } from './diagnostics.ts';
import type { Block, Document, Inline } from './document.ts';
import { FALLBACK_FONT_KEYS, loadFonts, NEEDS_NO_GLYPH } from './fonts.ts';
import { parseMarkdown } from './parse/markdown.ts';
import { LineIndex } from './util/position.ts';
import type { FontKey } from './fonts/types.ts';
import { inlineText } from './text.ts';
import type { Theme } from './theme/types.ts';

/** Past this many places, one more warning counts the rest: a page of an unsupported script is one problem. */
const MAX_LOCATED = 50;
/** Characters named in one warning; a longer stretch ends with "…". */
const MAX_NAMED = 5;

/**
 * One warning per stretch of undrawable characters (spaces between them
 * included), at its own position in the manuscript. The Document has no
 * positions, so the characters are found in its text and then located in
 * the Markdown's text-bearing nodes (or anywhere in the source, 1:1 at
 * worst, when the text was generated, e.g. by a citation style).
 */
export function missingGlyphWarnings(doc: Document, theme: Theme): Diagnostic[] {
  const fonts = loadFonts(theme);
  const fallbacks = FALLBACK_FONT_KEYS.slice(0, theme.fonts.fallback.length);
  const chains: readonly (readonly FontKey[])[] = [
    ['body', ...fallbacks],
    ['mono', ...fallbacks],
  ];
  const missing = new Set<string>();
  const check = (text: string): void => {
    if (fonts.hasGlyphs('body', text)) return;
    for (const ch of text) {
      if (NEEDS_NO_GLYPH.test(ch) || missing.has(ch)) continue;
      if (!chains.some((chain) => chain.some((key) => fonts.hasGlyphs(key, ch)))) missing.add(ch);
    }
  };
  const { metadata } = doc;
  for (const value of [metadata.title, metadata.subtitle, ...metadata.authors, metadata.publisher, metadata.source]) {
    if (value !== undefined) check(value);
  }
  forEachText([...doc.blocks, ...doc.notes.flatMap((note) => note.children)], check);
  if (missing.size === 0) return [];

  const source = doc.source.toString('utf8').replace(/^\uFEFF/u, '');
  const lines = new LineIndex(source);
  const places = stretches(source, textRanges(source), missing);
  const unplaced = [...missing].filter((ch) => !places.some((p) => p.text.includes(ch)));
  for (const ch of unplaced) {
    const at = source.indexOf(ch);
    places.push({ offset: Math.max(0, at), text: ch });
  }
  places.sort((a, b) => a.offset - b.offset);
  const warnings: Diagnostic[] = places.slice(0, MAX_LOCATED).map(({ offset, text }) => {
    const at = lines.point(offset);
    return { severity: 'warning', file: doc.path, line: at.line, column: at.column, message: describe(text) };
  });
  if (places.length > MAX_LOCATED) {
    const first = lines.point((places[MAX_LOCATED] as Place).offset);
    const message = `no font has a glyph for the characters in ${places.length - MAX_LOCATED} more places from here on; they are drawn as U+FFFD`;
    warnings.push({ severity: 'warning', file: doc.path, line: first.line, column: first.column, message });
  }
  return warnings;
}

interface Place {
  readonly offset: number;
  readonly text: string;
}

function describe(text: string): string {
  const distinct = [...new Set([...text].filter((ch) => !NEEDS_NO_GLYPH.test(ch)))];
  const codes = distinct.slice(0, MAX_NAMED).map((ch) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
  const more = distinct.length > MAX_NAMED ? ' …' : '';
  const shown = /\p{C}/u.test(text) ? '' : ` '${text}'`;
  return `no font has a glyph for${shown} (${codes.join(' ')}${more}); drawn as U+FFFD`;
}

const TEXT_NODES = new Set(['text', 'inlineCode', 'code', 'yaml', 'html', 'image']);

/** Offsets [start, end) of the manuscript's text-bearing nodes: text, code, front matter, raw HTML but comments, images' alt text. */
function textRanges(source: string): [number, number][] {
  const root = parseMarkdown(source, new Diagnostics(''));
  if (root === null) return [[0, source.length]];
  const ranges: [number, number][] = [];
  const stack: Node[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    const { start, end } = node.position ?? {};
    const comment = node.type === 'html' && /^\s*<!--/u.test((node as Node & { value: string }).value);
    if (!comment && TEXT_NODES.has(node.type) && start?.offset !== undefined && end?.offset !== undefined) {
      ranges.push([start.offset, end.offset]);
    }
    if ('children' in node) stack.push(...(node as Parent).children);
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** Maximal stretches of missing characters (with the spaces between them) inside the ranges. */
function stretches(source: string, ranges: readonly [number, number][], missing: ReadonlySet<string>): Place[] {
  const places: Place[] = [];
  let covered = 0;
  for (const [from, to] of ranges) {
    let start = -1;
    let end = -1;
    for (let i = Math.max(from, covered); i < to; ) {
      const ch = String.fromCodePoint(source.codePointAt(i) as number);
      if (missing.has(ch)) {
        if (start < 0) start = i;
        end = i + ch.length;
      } else if (start >= 0 && !/[ \t\p{M}]/u.test(ch)) {
        places.push({ offset: start, text: source.slice(start, end) });
        start = -1;
      }
      i += ch.length;
    }
    if (start >= 0) places.push({ offset: start, text: source.slice(start, end) });
    covered = Math.max(covered, to);
  }
  return places;
}

/** Calls `check` on the text of every node that is drawn. */
function forEachText(blocks: readonly Block[], check: (text: string) => void): void {
  const images = (nodes: readonly Inline[]): void => {
    for (const node of nodes) {
      if (node.type === 'image') check(node.image.alt);
      else if ('children' in node) images(node.children);
    }
  };
  const inlines = (nodes: readonly Inline[]): void => {
    check(inlineText(nodes));
    images(nodes);
  };
  // An explicit stack: a manuscript may nest quotes and lists hundreds deep.
  const stack = [...blocks].reverse();
  for (let block = stack.pop(); block !== undefined; block = stack.pop()) {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        inlines(block.children);
        break;
      case 'figure':
        inlines(block.caption);
        break;
      case 'code':
        check(block.value);
        break;
      case 'table':
        for (const row of block.rows) for (const cell of row.cells) inlines(cell.children);
        break;
      case 'blockquote':
        stack.push(...[...block.children].reverse());
        break;
      case 'list':
        stack.push(...block.items.flatMap((item) => item.children).reverse());
        break;
      case 'thematicBreak':
        break;
    }
  }
}
