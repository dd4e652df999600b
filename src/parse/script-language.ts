// The language a manuscript without `lang:` is written in, when its script
// says so unambiguously: Chinese, Japanese or Korean. Telling English from
// French needs more than the script: prose-language.ts guesses that.
import { withoutCode } from './prose-text.ts';

const HAN = /\p{Script=Han}/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HANGUL = /\p{Script=Hangul}/gu;
const LETTER = /\p{L}/gu;
const ANY_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

/**
 * "ja" when the prose (code left out) is mostly CJK and has kana, "ko" when it
 * is mostly Hangul, "zh" when mostly Han; else undefined. "Mostly": a CJK
 * character says about as much as a Latin word, so each weighs five letters.
 */
export function scriptLanguage(markdown: string): string | undefined {
  // Most manuscripts have no such character: they are not searched again.
  if (!ANY_CJK.test(markdown)) return undefined;
  const prose = withoutCode(markdown);
  const han = count(prose, HAN);
  const kana = count(prose, KANA);
  const hangul = count(prose, HANGUL);
  const cjk = han + kana + hangul;
  const other = count(prose, LETTER) - cjk;
  if (cjk === 0 || cjk * 5 < other) return undefined;
  if (hangul > han + kana) return 'ko';
  return kana > 0.05 * cjk ? 'ja' : 'zh';
}
