// Styled runs → tokens: words (groups of run pieces with no space between),
// spaces, forced breaks, and the break opportunities UAX #14 finds between
// ideographs and Hangul syllables and a dictionary between the words of Thai,
// Lao, Khmer and Burmese, which justify like spaces of no width, or of a
// quarter em where Chinese or Japanese meets a Latin letter or a digit.
import type { StyledRun } from './types.ts';
import { CLOSING_MARKS, HAN_OR_KANA, OPENING_MARKS } from '../../document/east-asian.ts';
import { WordCounter } from '../../text.ts';
import { needsUnicodeBreaks, lineBreakOpportunities } from './uax14.ts';
import { dictionaryBreakOpportunities, needsDictionaryBreaks } from './dictionary-breaks.ts';

export interface PartAtom {
  readonly kind: 'part';
  readonly run: number;
  /** The run's text for this piece, soft hyphens removed. */
  readonly text: string;
  /** Offsets in `text` where the author put a soft hyphen. */
  readonly softHyphens: readonly number[];
  readonly wordsBefore: number;
  readonly startsWord: boolean;
}

export interface NoteAtom {
  readonly kind: 'note';
  readonly run: number;
  readonly wordsBefore: number;
}

export type Atom = PartAtom | NoteAtom;

export interface GroupToken {
  readonly kind: 'group';
  readonly atoms: Atom[];
}

export interface SpaceToken {
  readonly kind: 'space';
  readonly run: number;
  text: string;
  breakable: boolean;
}

export interface NewlineToken {
  readonly kind: 'newline';
}

/** A break opportunity between ideographs: no width, a little stretch when justifying. */
export interface IdeographicToken {
  readonly kind: 'ideographic';
  /** The run of the text before it, whose size scales the stretch. */
  readonly run: number;
  /**
   * A full-width punctuation mark is next to it, whose half-em of blank may
   * be squeezed to fit a line (CLREQ, JIS X 4051 punctuation compression).
   */
  readonly compressible: boolean;
  /**
   * Han or kana meets a Latin, Greek or Cyrillic letter or a digit here, with
   * no space typed between: they are set a quarter em apart (CLREQ 3.2.3,
   * JLREQ 3.2.5; xeCJK and Typst do the same).
   */
  readonly autospace: boolean;
  /** False before a paragraph's last character, which never stands alone on a line. */
  readonly breakable: boolean;
  /** Between two Hangul syllables: a break inside a Korean word, which costs more than one at a space. */
  readonly syllable: boolean;
  /** Between two words of Thai, Lao, Khmer or Burmese: it stretches as a space does. */
  readonly word: boolean;
}

export type Token = GroupToken | SpaceToken | NewlineToken | IdeographicToken;

const SOFT_HYPHEN = '\u00AD';
const NO_BREAK_SPACES = /[\u00A0\u2007\u202F]/gu;
const WHITESPACE_CHUNKS = /(\s+)/u;
const WHITESPACE = /\s/u;
/** Full-width punctuation drawn in half its em, the other half blank. */
const HALF_BLANK = new RegExp(`[${CLOSING_MARKS}${OPENING_MARKS}]`, 'u');
const PUNCTUATION = /\p{P}/gu;
const HANGUL = /\p{Script=Hangul}/u;
const WESTERN = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}]/u;

/** The no-break spaces of a run of white space, each kept (`A&nbsp;&nbsp;&nbsp;B` is three spaces wide), or null. */
const tiesIn = (chunk: string): string | null => chunk.match(NO_BREAK_SPACES)?.join('') ?? null;

/** Whether `before` and `after` are Han or kana and a Western letter or digit, in either order. */
function autospaced(before: string, after: string): boolean {
  return (HAN_OR_KANA.test(before) && WESTERN.test(after)) || (WESTERN.test(before) && HAN_OR_KANA.test(after));
}

/**
 * Splits runs into words, spaces and forced breaks. Words are counted by
 * `WordCounter` (src/text.ts), over the text of the runs that are not note
 * marks, as the EPUB page list counts them; a note mark never starts a line.
 */
export function tokenize(runs: readonly StyledRun[]): Token[] {
  const tokens: Token[] = [];
  const words = new WordCounter();
  const last = (): Token | undefined => tokens[tokens.length - 1];

  runs.forEach((run, index) => {
    if (run.text.length === 0) return;
    if (run.noteRef !== undefined) {
      const atom: NoteAtom = { kind: 'note', run: index, wordsBefore: words.count };
      const prev = last();
      if (prev?.kind === 'group') prev.atoms.push(atom);
      else {
        // The mark stays with the word before it, across any space.
        if (prev?.kind === 'space') prev.breakable = false;
        tokens.push({ kind: 'group', atoms: [atom] });
      }
      return;
    }
    if (run.math !== undefined) {
      // One box, counted as the words of its TeX (as text extraction reads it); kept with what touches it.
      const atom: PartAtom = { kind: 'part', run: index, text: run.text, softHyphens: [], wordsBefore: words.count, startsWord: words.atWordStart };
      words.feed(run.math.tex);
      const prev = last();
      if (prev?.kind === 'group') prev.atoms.push(atom);
      else tokens.push({ kind: 'group', atoms: [atom] });
      return;
    }
    // Added words (a book's "(p. 12)") are not in the EPUB's text: the count passes over them.
    const feed = (chunk: string): void => {
      if (run.uncounted !== true) words.feed(chunk);
    };
    for (const chunk of run.text.split(WHITESPACE_CHUNKS)) {
      if (chunk.length === 0) continue;
      const prev = last();
      if (WHITESPACE.test(chunk)) {
        feed(chunk);
        const indent = prev?.kind === 'newline' ? tiesIn(chunk) : null;
        if (indent !== null) {
          // No-break spaces opening a line after a hard break indent it, as HTML keeps them (a
          // grid table cell's code, a poem's indented line): drawn as a word, so the line keeps them.
          tokens.push({ kind: 'group', atoms: [{ kind: 'part', run: index, text: indent, softHyphens: [], wordsBefore: words.count, startsWord: false }] });
        } else if (chunk.includes('\n')) {
          if (prev?.kind === 'space') tokens.pop();
          if (last()?.kind !== 'newline') tokens.push({ kind: 'newline' });
        } else if (prev?.kind === 'space') {
          const ties = tiesIn(chunk);
          if (ties !== null && prev.breakable) {
            prev.breakable = false;
            prev.text = ties;
          }
        } else if (prev?.kind !== 'newline') {
          const ties = tiesIn(chunk);
          tokens.push({ kind: 'space', run: index, text: ties ?? ' ', breakable: ties === null });
        }
        continue;
      }
      const softHyphens: number[] = [];
      let text = '';
      for (const ch of chunk) {
        if (ch === SOFT_HYPHEN) softHyphens.push(text.length);
        else text += ch;
      }
      const startsWord = words.atWordStart;
      const wordsBefore = words.count;
      // Counted even when nothing is left to draw, as the EPUB counts it.
      feed(chunk);
      if (text.length === 0) continue;
      const atom: PartAtom = { kind: 'part', run: index, text, softHyphens, wordsBefore, startsWord };
      if (prev?.kind === 'group') prev.atoms.push(atom);
      else tokens.push({ kind: 'group', atoms: [atom] });
    }
  });

  while (tokens[0] !== undefined && tokens[0].kind !== 'group') tokens.shift();
  while (tokens.length > 0 && last()?.kind !== 'group') tokens.pop();
  holdSpacedPunctuation(tokens);
  const has = (needs: (text: string) => boolean): boolean => tokens.some((t) => t.kind === 'group' && t.atoms.some((a) => a.kind === 'part' && needs(a.text)));
  const cjk = has(needsUnicodeBreaks);
  if (!cjk && !has(needsDictionaryBreaks)) return tokens;
  const split = tokens.flatMap((t) => (t.kind === 'group' ? splitIdeographic(t) : [t]));
  return cjk ? withoutLoneLastCharacter(split) : split;
}

/** Where a line may end inside a stretch with no space: between ideographs, Hangul syllables, or Thai words. */
function breaksInside(text: string): number[] {
  const unicode = needsUnicodeBreaks(text) ? lineBreakOpportunities(text) : [];
  if (!needsDictionaryBreaks(text)) return unicode;
  return [...new Set([...unicode, ...dictionaryBreakOpportunities(text)])].sort((a, b) => a - b);
}

// UAX #14 rule LB13: no break before these even after a space (French sets
// "mot : suite", "vrai ?"); closing guillemets and brackets likewise never open a line.
const NO_BREAK_BEFORE = /^[!?:;)\]}»›‼⁇⁈⁉]/u;
// A mark that opens a quotation or an aside, typed with a space after it (« bien », ¿ qué ?).
const ONLY_OPENING = /^[«‹¿¡([{]+$/u;

const groupText = (token: Token | undefined): string =>
  token?.kind === 'group' ? token.atoms.map((a) => (a.kind === 'part' ? a.text : '')).join('') : '';

/** Spaces typed inside guillemets and before high punctuation do not break, as babel-french ties them. */
function holdSpacedPunctuation(tokens: Token[]): void {
  tokens.forEach((token, i) => {
    if (token.kind !== 'space' || !token.breakable) return;
    if (NO_BREAK_BEFORE.test(groupText(tokens[i + 1])) || ONLY_OPENING.test(groupText(tokens[i - 1]))) token.breakable = false;
  });
}

/**
 * A paragraph of Chinese or Japanese whose last line would hold one character
 * and its punctuation ("6。") takes one more from the line above (CLREQ: no
 * lone character on the last line): the break before it, between characters
 * or at a typed space, is removed.
 */
function withoutLoneLastCharacter(tokens: Token[]): Token[] {
  const lastBreak = tokens.length - 2;
  const before = tokens[lastBreak];
  const tail = tokens[lastBreak + 1];
  if (tail?.kind !== 'group' || !(before?.kind === 'ideographic' || (before?.kind === 'space' && before.breakable))) return tokens;
  const characters = [...tail.atoms.map((a) => (a.kind === 'part' ? a.text : '')).join('').replace(PUNCTUATION, '')];
  if (characters.length > 1) return tokens;
  return [...tokens.slice(0, lastBreak), { ...before, breakable: false }, tail];
}

/**
 * A word cut at the break opportunities found inside it, if it has
 * ideographs or words of a script written without spaces (Latin words keep
 * their own rules: hyphenation, dashes, URLs). Pieces after a cut continue the word: they start no new word in the
 * count, as the EPUB's page list counts them.
 */
function splitIdeographic(group: GroupToken): Token[] {
  const text = group.atoms.map((a) => (a.kind === 'part' ? a.text : '')).join('');
  const cuts = breaksInside(text);
  if (cuts.length === 0) return [group];
  const out: Token[] = [];
  let current: Atom[] = [];
  let lastRun = 0;
  // Ends the piece before a cut at `at` (null: the word's end) and adds the break after it.
  const close = (at: number | null): void => {
    if (current.length === 0) return;
    out.push({ kind: 'group', atoms: current });
    current = [];
    if (at === null) return;
    const before = charBefore(text, at);
    const after = String.fromCodePoint(text.codePointAt(at) ?? 0);
    const compressible = HALF_BLANK.test(before) || HALF_BLANK.test(after);
    const syllable = HANGUL.test(before) && HANGUL.test(after);
    const word = needsDictionaryBreaks(before) && needsDictionaryBreaks(after);
    out.push({ kind: 'ideographic', run: lastRun, compressible, autospace: autospaced(before, after), breakable: true, syllable, word });
  };
  let offset = 0;
  let next = 0;
  for (const atom of group.atoms) {
    if (atom.kind === 'note') {
      // A note mark stays with the text before it.
      current.push(atom);
      continue;
    }
    const end = offset + atom.text.length;
    let from = 0;
    while (next < cuts.length && (cuts[next] as number) < end) {
      const cut = (cuts[next] as number) - offset;
      next += 1;
      if (cut < from) continue;
      if (cut > from) {
        current.push(slicePart(atom, from, cut));
        lastRun = atom.run;
      }
      close(cut + offset);
      from = cut;
    }
    current.push(from === 0 ? atom : slicePart(atom, from, atom.text.length));
    lastRun = atom.run;
    offset = end;
  }
  close(null);
  return out;
}

/** The character ending at offset `at`, a surrogate pair read whole. */
function charBefore(text: string, at: number): string {
  const low = text.charCodeAt(at - 1);
  return low >= 0xdc00 && low <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text.slice(at - 1, at);
}

function slicePart(atom: PartAtom, from: number, to: number): PartAtom {
  return {
    kind: 'part',
    run: atom.run,
    text: atom.text.slice(from, to),
    softHyphens: atom.softHyphens.filter((s) => s > from && s < to).map((s) => s - from),
    wordsBefore: from === 0 || !atom.startsWord ? atom.wordsBefore : atom.wordsBefore + 1,
    startsWord: from === 0 && atom.startsWord,
  };
}

