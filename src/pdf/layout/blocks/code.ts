import { wordCount } from '../../../text.ts';
import type { Fragment } from '../types.ts';
import { baselineOffset, openElement } from '../context.ts';
import type { LayoutContext } from '../context.ts';
import { box } from '../flow.ts';
import type { FlowBox } from '../flow.ts';
import type { BlockHandler } from './types.ts';

// Where a long code line prefers to wrap: after a space or punctuation, if one
// lies in the latter part of the line (else the line is cut at the measure).
const SOFT_BREAK = /[\s,;.)\]}>/\\-]/u;

function expandTabs(line: string, tabSize: number): string {
  let out = '';
  for (const ch of line) out += ch === '\t' ? ' '.repeat(tabSize - (out.length % tabSize)) : ch;
  return out;
}

/**
 * Characters two columns wide, as terminals and editors show them (East Asian
 * Wide and Fullwidth, emoji): the fallback faces draw them a full em, where
 * the mono face's column is 0.6 em.
 */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF01-\uFF60\uFFE0-\uFFE6\p{Extended_Pictographic}]/u;

const columnsOf = (ch: string): number => (WIDE.test(ch) ? 2 : 1);

/** Splits one source line into pieces of at most `first` then `rest` columns. */
function wrap(line: string, first: number, rest: number): string[] {
  const pieces: string[] = [];
  let remaining = [...line];
  let cap = first;
  for (;;) {
    // How many characters fit in `cap` columns (at least one, so a line always advances).
    let fit = 0;
    for (let columns = 0; fit < remaining.length; fit++) {
      columns += columnsOf(remaining[fit] as string);
      if (columns > cap) break;
    }
    if (fit >= remaining.length) break;
    let cut = Math.max(1, fit);
    for (let i = fit; i > fit / 2; i--) {
      if (SOFT_BREAK.test(remaining[i - 1] ?? '')) {
        cut = i;
        break;
      }
    }
    pieces.push(remaining.slice(0, cut).join(''));
    remaining = remaining.slice(cut);
    cap = rest;
  }
  pieces.push(remaining.join(''));
  return pieces;
}

function continuationMark(ctx: LayoutContext): string {
  const { code } = ctx.theme;
  return ctx.fonts.hasGlyphs('mono', code.continuationMark) ? code.continuationMark : code.continuationFallback;
}

/**
 * Code blocks: the mono face, never justified or hyphenated. Lines longer than
 * the measure wrap, each continuation opening with a visible mark; nothing is
 * clipped. Lines are separate boxes so a long listing runs across pages.
 */
export const code: BlockHandler<'code'> = (block, ctx) => {
  const { theme, fonts } = ctx;
  const style = theme.code;
  const size = ctx.note === null ? style.size : Math.min(style.size, ctx.text.size);
  const leading = ctx.note === null ? style.leading : Math.min(style.leading, ctx.text.leading);
  const available = ctx.width - style.indent;
  const column = fonts.measure('0', 'mono', size);
  const mark = `${continuationMark(ctx)} `;
  const markWidth = fonts.measure(mark, 'mono', size);
  const firstCap = Math.max(1, Math.floor(available / column));
  const restCap = Math.max(1, Math.floor((available - markWidth) / column));
  const baseline = baselineOffset(ctx, size, leading);

  const text = block.value
    .split('\n')
    .map((l) => expandTabs(l, style.tabSize))
    .join('\n');
  const visual: { piece: string; continued: boolean; offset: number }[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    wrap(line, firstCap, restCap).forEach((piece, i) => {
      visual.push({ piece, continued: i > 0, offset });
      offset += piece.length;
    });
    offset += 1;
  }

  const { orphans, widows } = theme.pagination;
  const tag = openElement(ctx, 'Code');
  const items: FlowBox[] = visual.map(({ piece, continued, offset: at }, i) => {
    const fragments: Fragment[] = [];
    if (continued) fragments.push({ text: mark.trimEnd(), font: 'mono', size, x: 0, width: markWidth, wordSpacing: 0 });
    if (piece.trim() !== '') {
      // Emoji and other characters the mono face lacks come from the fallback faces, as in the body.
      const x = continued ? markWidth : 0;
      for (const fragment of fonts.setLine(piece, 'mono', size).fragments) fragments.push({ ...fragment, x: x + fragment.x });
    }
    const last = i === visual.length - 1;
    return box({
      height: leading,
      items: fragments.length > 0 ? [{ kind: 'line', x: style.indent, baseline, fragments, role: 'Code', block: ctx.block, tag }] : [],
      keepWithNext: !last && (i < orphans - 1 || i > visual.length - 1 - widows),
      start: { block: ctx.block, word: ctx.wordBase + wordCount(text.slice(0, at)) },
    });
  });
  return { items, spaceBefore: style.spaceBefore, spaceAfter: style.spaceAfter };
};
