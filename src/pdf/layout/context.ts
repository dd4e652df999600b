// What every block handler is given: the theme, fonts, the current measure and
// text style, where its words sit in the Document and in the structure tree,
// and the shared tallies that become the layout report.
import type { FontSet } from '../../fonts.ts';
import type { BookLabels, Theme } from '../../theme/types.ts';
import type { Role, StructNode, StructPath, StructType } from '../page-model.ts';
import type { BreakOptions } from './types.ts';
import { hyphenMinima } from '../../util/hyphenation-patterns.ts';
import type { HyphenMinima } from '../../util/hyphenation-patterns.ts';

/** The prose style in force: body text, a block quote, a note, a table cell. */
export interface TextSetting {
  readonly size: number;
  readonly leading: number;
  readonly italic: boolean;
}

export interface ParagraphRecord {
  /** Document.blocks index of the top-level block, or -1 for the title block. */
  readonly block: number;
  /** The note this paragraph belongs to, if any. */
  readonly note: number | null;
  readonly ratios: readonly number[];
  /** 1-based numbers of the lines that end in an added hyphen. */
  readonly hyphenatedLines: readonly number[];
  /** 1-based numbers of overfull lines. */
  readonly overfullLines: readonly number[];
  readonly emergency: boolean;
  /** Words no pattern breaks that opened a line after a loose one (unbreakable-words.ts). */
  readonly unbreakable: readonly string[];
}

/** Mutable tallies shared by one layout run. */
export interface LayoutState {
  readonly paragraphs: ParagraphRecord[];
  /** Notes whose first citation has been laid out (it gets the `ref-N` anchor). */
  readonly refsSeen: Set<number>;
  /** Structure elements opened so far (the next one's id). */
  elements: number;
}

export interface LayoutContext {
  readonly theme: Theme;
  readonly fonts: FontSet;
  /** Hyphenation language, null when hyphenation is off. */
  readonly lang: string | null;
  /** The theme's and the manuscript's hyphenation words ("Ouro-bo-ros"), in that order. */
  readonly hyphenationWords: readonly string[];
  /** The words layout adds of its own in the text's language (an alert's label), the theme's over the language's. */
  readonly labels: BookLabels;
  readonly text: TextSetting;
  /** The measure available to this content. */
  readonly width: number;
  /** Structure role of the paragraphs set here. */
  readonly role: Role;
  /** Document.blocks index of the enclosing top-level block. */
  readonly block: number;
  /** Words of the top-level block's visible text before this content. */
  readonly wordBase: number;
  /** The next paragraph takes a first-line indent. */
  readonly indentFirst: boolean;
  /** First-line indent of body paragraphs, and whether every one takes it (Chinese, Japanese) or not those after a heading or another block. */
  readonly paragraphIndent: { readonly width: number; readonly everyParagraph: boolean };
  /** Paragraphs here start this far left of the measure (a list of sources' hanging indent). */
  readonly hang?: number;
  /** Nesting depth of lists around this content (0: none). */
  readonly listDepth: number;
  /** The direction the front matter gives the whole text; unset: each paragraph's own (see bidi.ts). */
  readonly direction?: 'rtl' | 'ltr';
  /** Set while laying out the body of this note. */
  readonly note: number | null;
  /** The structure elements this content lies in, outermost first; null at the Document's top level. */
  readonly structure: StructPath | null;
  readonly state: LayoutState;
  /** Paragraphs, by their number in `state.paragraphs`, to set a line longer where their breaks allow (page-looseness.ts). */
  readonly looser?: Looser;
}

/** Paragraphs, by number, to set a line longer, each with how many more words it may hyphenate for it. */
export type Looser = ReadonlyMap<number, number>;

// Uncited notes (none in a parsed manuscript) end the reading order.
const UNCITED = Number.MAX_SAFE_INTEGER;

/**
 * A new structure element inside the content's own, and the path to it. At
 * the top level it is a child of the Document, placed in reading order by its
 * block: a note after the block that first cites it, by number.
 */
export function openElement(ctx: LayoutContext, type: StructType, options: { alt?: string; scope?: 'Column'; colSpan?: number; rowSpan?: number } = {}): StructPath {
  const node: StructNode = { id: ctx.state.elements++, type, ...options };
  if (ctx.structure !== null) return [...ctx.structure, node];
  const order = ctx.note === null ? [ctx.block, 0, node.id] : [ctx.block < 0 ? UNCITED : ctx.block, 1, ctx.note];
  return [{ ...node, order }];
}

/** The context for content inside the element at the end of `path`. */
export const inside = <T extends LayoutContext>(ctx: T, path: StructPath): T => ({ ...ctx, structure: path });

/** The fewest letters before and after a hyphen: the theme's, or the language's where it says "auto". */
export function hyphenLimits(ctx: Pick<LayoutContext, 'theme' | 'lang'>): HyphenMinima {
  const { leftMin, rightMin } = ctx.theme.hyphenation;
  // With no language nothing is hyphenated: any values do.
  const language = hyphenMinima(ctx.lang ?? 'en');
  return { leftMin: leftMin === 'auto' ? language.leftMin : leftMin, rightMin: rightMin === 'auto' ? language.rightMin : rightMin };
}

export function breakOptions(ctx: LayoutContext, widths: readonly number[], justify: boolean, hyphenate: boolean): BreakOptions {
  const { maxConsecutive } = ctx.theme.hyphenation;
  const { leftMin, rightMin } = hyphenLimits(ctx);
  return {
    widths,
    measure: ctx.fonts.measure,
    glyphCount: ctx.fonts.glyphCount,
    justify,
    // Not hyphenated: no line may end in an added hyphen, but a word wider than the line still breaks at one (linebreak-word-breaks.ts).
    lang: ctx.lang,
    hyphenation: { leftMin, rightMin, maxConsecutive: hyphenate ? maxConsecutive : 0, words: ctx.hyphenationWords },
    microtype: ctx.theme.microtype,
    tuning: ctx.theme.lineBreaking,
    // A note's first line holds more than its number and one word.
    ...(ctx.note !== null ? { keepFirstWords: NOTE_FIRST_WORDS } : {}),
  };
}

/** Words a line of a note keeps together at its start, when they fit. */
const NOTE_FIRST_WORDS = 2;

/** Offset from a line box's top to its baseline: the leading split evenly around the font's extent. */
export function baselineOffset(ctx: Pick<LayoutContext, 'fonts'>, size: number, leading: number): number {
  const ascent = ctx.fonts.ascent('body', size);
  const descent = ctx.fonts.descent('body', size);
  return (leading - ascent - descent) / 2 + ascent;
}
