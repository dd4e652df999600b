// Thai, Lao, Khmer and Burmese put no space between words: a line may end
// between any two words, and only a dictionary knows where they are (UAX #14
// leaves these scripts, its class SA, to "dictionary-based" breaking, and the
// `linebreak` package breaks them nowhere). ICU's dictionaries for them come
// with Node, through Intl.Segmenter, as browsers use them for the same job.

const DICTIONARY_SCRIPT = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Repetition marks (ๆ, ໆ, ៗ), the abbreviation mark ฯ and punctuation (។, ။) end the word before them. */
const NO_BREAK_BEFORE = /[\p{Lm}\p{P}\u0E2F]/u;

// One segmenter: the dictionaries are chosen by script, whatever the locale.
const words = new Intl.Segmenter('th', { granularity: 'word' });

export const needsDictionaryBreaks = (text: string): boolean => DICTIONARY_SCRIPT.test(text);

/**
 * Offsets inside `text` (0 < offset < length) between two words of these
 * scripts. Only where letters of them stand on both sides: a break beside a
 * Latin word, a digit or a mark of punctuation is left to the other rules.
 */
export function dictionaryBreakOpportunities(text: string): number[] {
  const offsets: number[] = [];
  for (const { index } of words.segment(text)) {
    if (index === 0) continue;
    const before = String.fromCodePoint(text.codePointAt(index - 1) ?? 0);
    const after = String.fromCodePoint(text.codePointAt(index) ?? 0);
    if (DICTIONARY_SCRIPT.test(before) && DICTIONARY_SCRIPT.test(after) && !NO_BREAK_BEFORE.test(after)) offsets.push(index);
  }
  return offsets;
}
