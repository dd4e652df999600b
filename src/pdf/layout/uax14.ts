// Unicode line breaking (UAX #14, through the `linebreak` package that comes
// with pdfkit) where spaces do not mark every break: between ideographs and
// kana, and between Hangul syllables (as Korean books, browsers and Typst
// break), with the CJK line-start and line-end rules the algorithm carries (no
// line starts with ，。、）」』！？：；… and none ends with （「『).
import { createRequire } from 'node:module';

interface Break {
  readonly position: number;
  readonly required: boolean;
}
type LineBreakerClass = new (text: string) => { nextBreak(): Break | null };

/** Text that needs UAX #14 to find its breaks: Han, kana, Hangul, CJK punctuation and full-width forms. */
const UNICODE_BROKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFF60]/u;

/**
 * Characters no line may start with, in any script: closing brackets and
 * quotes, and the punctuation that follows a word (UAX #14 CL, CP, EX, IS, NS).
 */
export const NO_LINE_START = /[\p{Pe}\p{Pf},.;:!?…‥、。，．：；！？・ー々ゝゞヽヾ〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ]/u;

export const needsUnicodeBreaks = (text: string): boolean => UNICODE_BROKEN.test(text);

let LineBreaker: LineBreakerClass | null = null;

/**
 * Offsets inside `text` (0 < offset < length) where UAX #14 allows a line to
 * end. The package is read on first use only (with its Unicode tables it
 * costs a noticeable part of start-up), so a text without such scripts never
 * loads it; the name is in a variable so the bundler leaves it to Node.
 */
export function lineBreakOpportunities(text: string): number[] {
  if (LineBreaker === null) {
    const name = 'linebreak';
    LineBreaker = createRequire(import.meta.url)(name) as LineBreakerClass;
  }
  const breaker = new LineBreaker(text);
  const offsets: number[] = [];
  for (let brk = breaker.nextBreak(); brk !== null; brk = breaker.nextBreak()) {
    if (brk.position > 0 && brk.position < text.length && !brk.required) offsets.push(brk.position);
  }
  return offsets;
}
