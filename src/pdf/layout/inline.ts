// Inline content → styled runs, the input of line breaking: one handler per
// inline node type, each threading the style its ancestors set.
import type { Inline } from '../../document.ts';
import type { Face, Theme } from '../../theme/types.ts';
import type { FontKey, StyledRun } from './types.ts';

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

/** Note anchors: the mark in the text links to `note-N`; the note's number links back to `ref-N`. */
export const noteDestination = (n: number): string => `note-${n}`;
export const refDestination = (n: number): string => `ref-${n}`;

// Bare URLs and host names: breaking them at a hyphenation point would change them.
const URL_LIKE = /(?:https?:\/\/|www\.)\S+|\S+\.(?:com|org|net|gov|edu|io)\/\S*/giu;

function run(text: string, style: RunStyle, extra: Partial<StyledRun> = {}): StyledRun {
  return {
    text,
    font: fontKey(style),
    size: style.size,
    ...(style.link !== undefined ? { link: style.link } : {}),
    ...(style.strike ? { strike: true } : {}),
    ...extra,
  };
}

/** Splits text so that URL-like words become runs that are never hyphenated. */
function textRuns(value: string, style: RunStyle): StyledRun[] {
  const runs: StyledRun[] = [];
  let last = 0;
  for (const match of value.matchAll(URL_LIKE)) {
    if (match.index > last) runs.push(run(value.slice(last, match.index), style));
    runs.push(run(match[0], style, { noHyphenate: true }));
    last = match.index + match[0].length;
  }
  if (last < value.length) runs.push(run(value.slice(last), style));
  return runs;
}

type InlineHandler<T extends Inline['type']> = (node: Extract<Inline, { type: T }>, style: RunStyle, theme: Theme) => StyledRun[];

const handlers: { readonly [T in Inline['type']]: InlineHandler<T> } = {
  text: (node, style) => textRuns(node.value, style),
  emphasis: (node, style, theme) => flattenInlines(node.children, { ...style, italic: !style.italic }, theme),
  strong: (node, style, theme) => flattenInlines(node.children, { ...style, bold: true }, theme),
  delete: (node, style, theme) => flattenInlines(node.children, { ...style, strike: true }, theme),
  code: (node, style, theme) => [
    run(node.value, { ...style, family: 'mono', size: style.size * theme.code.inlineScale }, { noHyphenate: true }),
  ],
  link: (node, style, theme) => {
    const runs = flattenInlines(node.children, { ...style, link: node.url }, theme);
    // A link that shows its own address must not be hyphenated either.
    return runs.map((r) => (r.text.trim() === node.url ? { ...r, noHyphenate: true } : r));
  },
  noteRef: (node, style, theme) => [
    {
      text: String(node.number),
      font: fontKey({ family: 'body', italic: false, bold: false }),
      size: style.size * theme.noteRef.scale,
      rise: style.size * theme.noteRef.rise,
      noteRef: node.number,
      link: `#${noteDestination(node.number)}`,
      noHyphenate: true,
    },
  ],
  break: (_node, style) => [run('\n', style)],
  // Inline images cannot be set in a line of text: their alt text stands in, bracketed.
  image: (node, style) => [run(`[${node.image.alt}]`, style)],
};

export function flattenInlines(nodes: readonly Inline[], style: RunStyle, theme: Theme): StyledRun[] {
  const runs: StyledRun[] = [];
  for (const node of nodes) {
    const handler = handlers[node.type] as InlineHandler<typeof node.type> | undefined;
    // The Document type is closed; a new inline type must get a handler, not vanish.
    if (handler === undefined) throw new Error(`PDF layout has no handler for inline type "${String(node.type)}"`);
    runs.push(...handler(node as never, style, theme));
  }
  return runs;
}
