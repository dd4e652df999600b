// Text: soft line breaks become spaces (none between Chinese or Japanese
// characters), Pandoc's superscripts (`2^10^`) are set, and a citation of a
// note never defined is reported where it is written.
import type { Text } from 'mdast';
import type { Inline } from '../../document.ts';
import { CLOSING_MARKS, OPENING_MARKS } from '../../document/east-asian.ts';
import type { ParseContext } from '../context.ts';
import { inScript } from './html-script.ts';
import type { PhrasingHandler } from './types.ts';

// GFM makes `[^x]` a citation only when note x is defined; otherwise it stays
// text, printed as written (as GitHub does), which is where a citation of a
// missing note shows up: a warning, so a whole book is not held up by one.
const UNDEFINED_CITATION = /\[\^([^\]\s\\]+)\]/g;

const SOFT_BREAK = /[ \t]*(?:\r\n|\r|\n)[ \t]*/g;
const WIDE = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3000-\u303F\uFF01-\uFF60\uFF61-\uFF9F\uFFE0-\uFFE6`;
const WIDE_BEFORE = new RegExp(`[${WIDE}]$`, 'u');
const WIDE_AFTER = new RegExp(`^[${WIDE}]`, 'u');
// Full-width marks carry half an em of blank: they need no space beside them.
const CLOSING_MARK = new RegExp(`[${CLOSING_MARKS}]$`, 'u');
const OPENING_MARK = new RegExp(`^[${OPENING_MARKS}]`, 'u');

/**
 * Whether a line break between `before` and `after` is no space: between two
 * East Asian wide or fullwidth characters but Hangul (CSS Text 3's segment
 * break transformation, Pandoc's east_asian_line_breaks), as Chinese and
 * Japanese put no space between words, and after a closing or before an
 * opening full-width mark ("。" then a Latin word), whose blank is its space.
 */
function joinsWithoutSpace(before: string, after: string): boolean {
  return (WIDE_BEFORE.test(before) && WIDE_AFTER.test(after)) || CLOSING_MARK.test(before) || OPENING_MARK.test(after);
}

// Inline markup around a text node's ends, passed over to find the character a
// reader sees next to a line break there: emphasis, code, strike-through and a
// link's opening bracket ahead; emphasis, code and strike-through closers behind.
const MARKUP_AHEAD = /^[*_~`[!<]+/u;
const MARKUP_BEHIND = /[*_~`]+$/u;

export const text: PhrasingHandler<'text'> = (node, ctx) => {
  reportUndefinedCitations(node, ctx);
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const value = node.value.replace(SOFT_BREAK, (found: string, at: number, whole: string) => {
    const after = at + found.length;
    // A break at the node's edge sits beside another node's text: read it from the source.
    const before = at === 0 && start !== undefined ? ctx.text.slice(Math.max(0, start - 8), start).replace(MARKUP_BEHIND, '') : whole.slice(0, at);
    const next = after === whole.length && end !== undefined ? ctx.text.slice(end, end + 8).replace(MARKUP_AHEAD, '') : whole.slice(after);
    return joinsWithoutSpace(before.slice(-2), next.slice(0, 2)) ? '' : ' ';
  });
  return value === '' ? [] : superscripts(value);
};

// Pandoc's superscript, `2^10^`, `1^st^`: no space inside.
const SUPERSCRIPT = /\^([^\s^[\]]+)\^/gu;

/** `^…^` in Unicode superscript characters where they exist (as HTML's <sup>), else as raised text (script.ts). */
function superscripts(value: string): Inline[] {
  if (!value.includes('^')) return [{ type: 'text', value }];
  const out: Inline[] = [];
  let plain = '';
  let last = 0;
  for (const match of value.matchAll(SUPERSCRIPT)) {
    const inner = match[1] ?? '';
    plain += value.slice(last, match.index);
    last = match.index + match[0].length;
    const shifted = inScript(inner, 'sup');
    if (shifted !== null) {
      plain += shifted;
      continue;
    }
    if (plain !== '') out.push({ type: 'text', value: plain });
    plain = '';
    out.push({ type: 'script', kind: 'sup', children: [{ type: 'text', value: inner }] });
  }
  plain += value.slice(last);
  if (plain !== '') out.push({ type: 'text', value: plain });
  return out;
}

export function undefinedNote(label: string): string {
  return `note [^${label}] is cited but never defined; printed as written`;
}

function reportUndefinedCitations(node: Text, ctx: ParseContext): void {
  const source = ctx.source(node);
  const offset = node.position?.start.offset ?? 0;
  for (const match of source.matchAll(UNDEFINED_CITATION)) {
    if (source[match.index - 1] === '\\') continue;
    ctx.warningAt(ctx.lines.point(offset + match.index), undefinedNote(match[1] ?? ''));
  }
}
