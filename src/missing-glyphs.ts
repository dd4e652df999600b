// Warnings for characters no face of the theme can draw (they print as U+FFFD,
// see fonts.ts), each at the line and column where the manuscript has it, so
// none goes to print unannounced and `--strict` can refuse it.
import type { Diagnostic } from './diagnostics.ts';
import { Diagnostics } from './diagnostics.ts';
import type { Block, Document, Inline, Point } from './document.ts';
import { spanOf } from './document/position.ts';
import { visit } from './document/visit.ts';
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
 * included), at its own position in the manuscript: each drawn node's source
 * (its span, carried from mdast) is searched, and the front matter for the
 * title block. Text a citation style generated is placed at its citation;
 * anything else the manuscript does not hold at 1:1.
 */
export function missingGlyphWarnings(doc: Document, theme: Theme): Diagnostic[] {
  const fonts = loadFonts(theme);
  const fallbacks = FALLBACK_FONT_KEYS.slice(0, theme.fonts.fallback.length);
  const chains: readonly (readonly FontKey[])[] = [
    ['body', ...fallbacks],
    ['mono', ...fallbacks],
  ];
  const missing = new Set<string>();
  const check = (text: string): boolean => {
    if (fonts.hasGlyphs('body', text)) return false;
    let found = false;
    for (const ch of text) {
      if (NEEDS_NO_GLYPH.test(ch)) continue;
      if (missing.has(ch) || !chains.some((chain) => chain.some((key) => fonts.hasGlyphs(key, ch)))) {
        missing.add(ch);
        found = true;
      }
    }
    return found;
  };
  const { metadata } = doc;
  let inFrontMatter = false;
  for (const value of [metadata.title, metadata.subtitle, ...metadata.authors, metadata.publisher, metadata.source]) {
    if (value !== undefined && check(value)) inFrontMatter = true;
  }
  const ranges: [number, number][] = [];
  forEachText([...doc.blocks, ...doc.notes.flatMap((note) => note.children)], (text, node) => {
    const span = spanOf(node);
    if (check(text) && span !== undefined) ranges.push([span.start.offset, span.end.offset]);
  });
  if (missing.size === 0) return [];

  const source = doc.source.toString('utf8').replace(/^\uFEFF/u, '');
  const lines = new LineIndex(source);
  if (inFrontMatter) ranges.push(...frontMatterRange(source));
  const places: Place[] = stretches(source, ranges.sort((a, b) => a[0] - b[0]), missing).map(({ offset, text }) => ({ at: lines.point(offset), text }));
  for (const ch of missing) {
    if (places.some((p) => p.text.includes(ch))) continue;
    const cited = doc.notes.find((note) => note.kind === 'citation' && noteText(note.children).includes(ch));
    const at = source.indexOf(ch);
    places.push({ at: cited?.position ?? lines.point(Math.max(0, at)), text: ch });
  }
  places.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
  const warnings: Diagnostic[] = places.slice(0, MAX_LOCATED).map(({ at, text }) => ({ severity: 'warning', file: doc.path, line: at.line, column: at.column, message: describe(text) }));
  const first = places[MAX_LOCATED];
  if (first !== undefined) {
    const message = `no font has a glyph for the characters in ${places.length - MAX_LOCATED} more places from here on; they are drawn as U+FFFD`;
    warnings.push({ severity: 'warning', file: doc.path, line: first.at.line, column: first.at.column, message });
  }
  return warnings;
}

interface Place {
  readonly at: Point;
  readonly text: string;
}

function describe(text: string): string {
  const distinct = [...new Set([...text].filter((ch) => !NEEDS_NO_GLYPH.test(ch)))];
  const codes = distinct.slice(0, MAX_NAMED).map((ch) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
  const more = distinct.length > MAX_NAMED ? ' …' : '';
  const shown = /\p{C}/u.test(text) ? '' : ` '${text}'`;
  return `no font has a glyph for${shown} (${codes.join(' ')}${more}); drawn as U+FFFD`;
}

/** Offsets [start, end) of the front matter, which the title block is drawn from. */
function frontMatterRange(source: string): [number, number][] {
  const first = parseMarkdown(source, new Diagnostics(''))?.children[0];
  const { start, end } = first?.type === 'yaml' ? (first.position ?? {}) : {};
  return start?.offset === undefined || end?.offset === undefined ? [] : [[start.offset, end.offset]];
}

/** Maximal stretches of missing characters (with the spaces between them) inside the ranges. */
function stretches(source: string, ranges: readonly [number, number][], missing: ReadonlySet<string>): { offset: number; text: string }[] {
  const places: { offset: number; text: string }[] = [];
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

/** The text of every drawn node that holds text, with the node (code blocks, figures and text-bearing inlines). */
function forEachText(blocks: readonly Block[], check: (text: string, node: Block | Inline) => void): void {
  visit(blocks, {
    block(block) {
      if (block.type === 'code') check(block.value, block);
      else if (block.type === 'figure') check(inlineText(block.caption), block);
    },
    inline(node) {
      if (node.type === 'text' || node.type === 'code') check(node.value, node);
      else if (node.type === 'image') check(node.image.alt, node);
    },
  });
}

/** A note's visible text. */
function noteText(blocks: readonly Block[]): string {
  let text = '';
  forEachText(blocks, (part) => {
    text += part;
  });
  return text;
}
