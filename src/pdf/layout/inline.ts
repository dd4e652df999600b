// Inline content → styled runs, the input of line breaking: one handler per
// inline node type, each threading the style its ancestors set.
import type { Inline } from '../../document.ts';
import { noteAnchor } from '../../document/anchors.ts';
import { loadFonts } from '../../fonts.ts';
import type { Face, Theme } from '../../theme/types.ts';
import { spanOf } from '../../document/position.ts';
import { FORMULA } from './linebreak-formulas.ts';
import type { FontKey, MathBox, StyledRun } from './types.ts';

export interface RunStyle {
  readonly family: 'body' | 'mono';
  readonly italic: boolean;
  readonly bold: boolean;
  readonly size: number;
  readonly link?: string;
  readonly strike?: boolean;
}

export function fontKey(style: Pick<RunStyle, 'family' | 'italic' | 'bold'>): FontKey {
  const face = style.bold ? (style.italic ? 'BoldItalic' : 'Bold') : style.italic ? 'Italic' : '';
  return `${style.family}${face}` as FontKey;
}

export function faceStyle(face: Face): { readonly italic: boolean; readonly bold: boolean } {
  return { italic: face === 'italic' || face === 'boldItalic', bold: face === 'bold' || face === 'boldItalic' };
}

/** Note anchors (document/anchors.ts): the mark links to the note, the note's number back to its first citation. */
export { noteAnchor as noteDestination, refAnchor as refDestination } from '../../document/anchors.ts';

// Bare URLs and host names: breaking them at a hyphenation point would change
// them. Tested word by word, so that a 200,000-character word costs linear time
// (one regular expression over the whole text backtracked for half a minute).
const URL_START = /https?:\/\/|www\.|doi:10\./iu;
// A host name and a path, "biorxiv.org/content" or "bbc.co.uk/news": a dotted name ending in letters, then a slash.
const HOST_PATH = /^[([<"'\u201C]?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}\//iu;

/** Runs of `text` in the style, cut where a fallback face must draw characters the style's face lacks. */
function runs(text: string, style: RunStyle, theme: Theme, extra: Partial<StyledRun> = {}): StyledRun[] {
  return loadFonts(theme)
    .split(text, fontKey(style))
    .map((piece) => ({
      text: piece.text,
      font: piece.font,
      size: style.size,
      ...(style.link !== undefined ? { link: style.link } : {}),
      ...(style.strike ? { strike: true } : {}),
      ...extra,
    }));
}

/** Splits text so that URL-like words become runs that are never hyphenated. */
function textRuns(value: string, style: RunStyle, theme: Theme): StyledRun[] {
  const out: StyledRun[] = [];
  let last = 0;
  for (const word of value.matchAll(/\S+/gu)) {
    const start = word[0].search(URL_START);
    const offset = start >= 0 ? start : HOST_PATH.test(word[0]) ? 0 : -1;
    if (offset < 0) continue;
    const index = word.index + offset;
    if (index > last) out.push(...runs(value.slice(last, index), style, theme));
    out.push(...runs(value.slice(index, word.index + word[0].length), style, theme, { noHyphenate: true }));
    last = word.index + word[0].length;
  }
  if (last < value.length) out.push(...runs(value.slice(last), style, theme));
  return out;
}

/** How far below the baseline a subscript's stands, in ems of the text around it (TeX's drop is 0.15–0.25 em). */
const SUBSCRIPT_DROP = 0.2;

/** What an inline handler works in: the style its ancestors set, and the theme. */
interface InlineContext {
  readonly style: RunStyle;
  readonly theme: Theme;
}

/** The PDF writer's one handler shape, `(node, ctx)`, as its block handlers (blocks/types.ts). */
type InlineHandler<T extends Inline['type']> = (node: Extract<Inline, { type: T }>, ctx: InlineContext) => StyledRun[];

const handlers: { readonly [T in Inline['type']]: InlineHandler<T> } = {
  text: (node, { style, theme }) => (node.added === true ? textRuns(node.value, style, theme).map((run) => ({ ...run, uncounted: true })) : textRuns(node.value, style, theme)),
  emphasis: (node, { style, theme }) => flattenInlines(node.children, { ...style, italic: !style.italic }, theme),
  strong: (node, { style, theme }) => flattenInlines(node.children, { ...style, bold: true }, theme),
  delete: (node, { style, theme }) => flattenInlines(node.children, { ...style, strike: true }, theme),
  // The note marks' size; raised as they are, or lowered by SUBSCRIPT_DROP. Never hyphenated: a scrap of it could not read.
  script: (node, { style, theme }) => {
    const shift = style.size * (node.kind === 'sup' ? theme.noteRef.rise : -SUBSCRIPT_DROP);
    return flattenInlines(node.children, { ...style, size: style.size * theme.noteRef.scale }, theme).map((run) => ({ ...run, rise: (run.rise ?? 0) + shift, noHyphenate: true }));
  },
  code: (node, { style, theme }) =>
    runs(node.value, { ...style, family: 'mono', size: style.size * theme.code.inlineScale }, theme, { noHyphenate: true, code: true }),
  link: (node, { style, theme }) => {
    const inner = flattenInlines(node.children, { ...style, link: node.url }, theme);
    // A link that shows its own address must not be hyphenated either.
    return inner.map((r) => (r.text.trim() === node.url ? { ...r, noHyphenate: true } : r));
  },
  noteRef: (node, { style, theme }) => [
    {
      text: String(node.number),
      font: fontKey({ family: 'body', italic: false, bold: false }),
      size: style.size * theme.noteRef.scale,
      rise: style.size * theme.noteRef.rise,
      noteRef: node.number,
      link: `#${noteAnchor(node.number)}`,
      noHyphenate: true,
    },
  ],
  break: (_node, { style, theme }) => runs('\n', style, theme),
  // Inline images cannot be set in a line of text: a build moves them into figures first
  // (inline-figures.ts); any left here show their alt text, bracketed.
  image: (node, { style, theme }) => runs(`[${node.image.alt}]`, style, theme),
  // An unbreakable box, as wide as the formula; one whose TeX could not be read never gets here (prepare-math.ts).
  math: (node, { style, theme }) => {
    if (node.formula === undefined) return runs(node.tex, { ...style, family: 'mono', size: style.size * theme.code.inlineScale }, theme, { noHyphenate: true });
    const at = spanOf(node)?.start;
    const math: MathBox = { tex: node.tex, formula: node.formula, ...(at !== undefined ? { at: { line: at.line, column: at.column } } : {}) };
    return [{ text: FORMULA, font: fontKey(style), size: style.size * theme.math.scale, noHyphenate: true, math, ...(style.link !== undefined ? { link: style.link } : {}) }];
  },
  // No text: setParagraph takes it out and names a destination at the paragraph's first line.
  anchor: (node, { style }) => [{ text: '', font: fontKey(style), size: style.size, anchor: node.id }],
};

export function flattenInlines(nodes: readonly Inline[], style: RunStyle, theme: Theme): StyledRun[] {
  const out: StyledRun[] = [];
  for (const node of nodes) {
    const handler = handlers[node.type] as InlineHandler<typeof node.type> | undefined;
    // The Document type is closed; a new inline type must get a handler, not vanish.
    if (handler === undefined) throw new Error(`PDF layout has no handler for inline type "${String(node.type)}"`);
    out.push(...handler(node as never, { style, theme }));
  }
  return out;
}
