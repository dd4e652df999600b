// Pandoc's ordered lists (its `fancy_lists`, `startnum` and `example_lists`)
// as a micromark construct: markers `1.` `1)` `(1)`, with letters (`a.`,
// `B)`), roman numerals (`iv.`, `(IX)`), `#`, or an example's `@` and its
// label (`(@good)`, numbered across the document by example-lists.ts) in
// place of the digits. It stands in for micromark's own list construct
// (micromark-core-commonmark/lib/list.js) on the characters an ordered marker
// starts with, and is that construct with only the marker reading changed, so
// lists written with digits parse exactly as CommonMark says. No remark or micromark package reads these markers (the
// only JavaScript one is a markdown-it plugin), hence this copy.
//
// Pandoc's rules kept: a list continues only with markers of its own style
// and delimiter (anything else starts a new list); `#` continues any list; a
// capital letter with a period, or a one-letter capital roman numeral, needs
// two spaces after it ("B. Russell" is a name); `p. 12` is a page reference;
// and a list other than a CommonMark one interrupts a paragraph only when it
// starts at one, as CommonMark asks of numbered lists.
import { blankLine } from 'micromark-core-commonmark';
import { factorySpace } from 'micromark-factory-space';
import { asciiAlphanumeric, asciiDigit, markdownSpace } from 'micromark-util-character';
import type { Code, Construct, Effects, State, TokenizeContext } from 'micromark-util-types';
import { continuingNumber, needsTwoSpaces, openingNumber, type ListDelimiter, type ListStyle, type MarkerNumber } from '../document/list-markers.ts';

/** How an ordered list is numbered: set on its token, read by fancy-lists.ts into mdast. */
export interface ListNumbering {
  readonly style: ListStyle;
  readonly delimiter: ListDelimiter;
  readonly start: number;
  /** Pandoc's numbered examples (`(@)`): numbered on from the document's previous example list. */
  readonly example?: true;
}

declare module 'micromark-util-types' {
  interface ContainerState {
    /** The style and delimiter later items must share. */
    numbering?: ListNumbering;
  }
  interface Token {
    _numbering?: ListNumbering;
  }
}

const LEFT_PAREN = 40;
const RIGHT_PAREN = 41;
const PERIOD = 46;
const HASH = 35;
const AT = 64;
const DASH = 45;
const UNDERSCORE = 95;
/** Longest example label read (`(@a-long-label)`). */
const MAX_LABEL = 64;
const DIGIT_ONE = 49;
/** Longest marker text read: nine digits (CommonMark's limit), or a long roman numeral (`mmmdccclxxxviii`). */
const MAX_MARKER = 15;

const prefixWhitespace: Construct = { partial: true, tokenize: tokenizePrefixWhitespace };
const indent: Construct = { partial: true, tokenize: tokenizeIndent };
const secondSpace: Construct = { partial: true, tokenize: tokenizeSecondSpace };
const pageNumber: Construct = { partial: true, tokenize: tokenizePageNumber };

export const fancyList: Construct = {
  name: 'list',
  tokenize: tokenizeListStart,
  continuation: { tokenize: tokenizeListContinuation },
  exit: tokenizeListEnd,
};

/** The construct at each character an ordered marker may start with (digits included: see the header). */
export function fancyListConstructs(): Record<number, Construct> {
  const codes = [LEFT_PAREN, HASH, AT];
  for (let code = 48; code <= 57; code++) codes.push(code);
  for (let code = 65; code <= 90; code++) codes.push(code, code + 32);
  return Object.fromEntries(codes.map((code) => [code, fancyList]));
}

function tokenizeListStart(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  const state = self.containerState ?? {};
  const tail = self.events[self.events.length - 1];
  let initialSize = tail && tail[1].type === 'linePrefix' ? tail[2].sliceSerialize(tail[1], true).length : 0;
  const list = state.type === undefined ? null : state.numbering;
  let text = '';
  let parens = false;
  let number: MarkerNumber | null = null;
  let delimiter: ListDelimiter = 'period';
  // Unordered lists are micromark's own; a container state with no numbering is one of them.
  if (state.type !== undefined && list === undefined) return nok;
  let listToken: ReturnType<Effects['enter']> | null = null;
  return start;

  function start(code: Code): State | undefined {
    if (code !== LEFT_PAREN && code !== HASH && code !== AT && !asciiAlphanumeric(code)) return nok(code);
    if (state.type === undefined) listToken = effects.enter('listOrdered', { _container: true });
    effects.enter('listItemPrefix');
    if (code === LEFT_PAREN) {
      parens = true;
      effects.enter('listItemMarker');
      effects.consume(code);
      effects.exit('listItemMarker');
      effects.enter('listItemValue');
      return inside;
    }
    effects.enter('listItemValue');
    return inside(code);
  }

  function inside(code: Code): State | undefined {
    const example = text.startsWith('@');
    const more = example
      ? (asciiAlphanumeric(code) || code === DASH || code === UNDERSCORE) && text.length <= MAX_LABEL
      : (asciiAlphanumeric(code) || ((code === HASH || code === AT) && text === '')) && text.length < MAX_MARKER;
    if (more) {
      text += String.fromCharCode(code as number);
      effects.consume(code);
      return inside;
    }
    delimiter = parens ? 'parens' : code === PERIOD ? 'period' : 'paren';
    if (parens ? code !== RIGHT_PAREN : code !== PERIOD && code !== RIGHT_PAREN) return nok(code);
    number = markerNumber(text, delimiter, list);
    if (number === null) return nok(code);
    // Plain `1.` and `1)` keep CommonMark's rule: a list interrupting a paragraph starts at one.
    const plain = !parens && /^\d+$/u.test(text);
    if (self.interrupt && (list == null ? number.value !== 1 || (plain && (text.length > 1 || text.charCodeAt(0) !== DIGIT_ONE)) : false)) return nok(code);
    effects.exit('listItemValue');
    return atMarker(code);
  }

  function atMarker(code: Code): State | undefined {
    effects.enter('listItemMarker');
    effects.consume(code);
    effects.exit('listItemMarker');
    if (text === 'p' && delimiter === 'period') return effects.check(pageNumber, nok, afterMarker);
    return afterMarker;
  }

  function afterMarker(code: Code): State | undefined {
    // `#` has no style of its own, so no name to be mistaken for.
    if (number !== null && text !== '#' && needsTwoSpaces(number, delimiter)) return effects.check(secondSpace, prefix, nok)(code);
    return prefix(code);
  }

  function prefix(code: Code): State | undefined {
    // Can't be empty when interrupting.
    return effects.check(blankLine, self.interrupt ? nok : onBlank, effects.attempt(prefixWhitespace, endOfPrefix, otherPrefix))(code);
  }

  function onBlank(code: Code): State | undefined {
    state.initialBlankLine = true;
    initialSize++;
    return endOfPrefix(code);
  }

  function otherPrefix(code: Code): State | undefined {
    if (markdownSpace(code)) {
      effects.enter('listItemPrefixWhitespace');
      effects.consume(code);
      effects.exit('listItemPrefixWhitespace');
      return endOfPrefix;
    }
    return nok(code);
  }

  function endOfPrefix(code: Code): State | undefined {
    // Set only now: a failed attempt must leave the state to the constructs tried after this one.
    if (state.type === undefined && number !== null) {
      state.type = 'listOrdered';
      state.numbering = { style: number.style, delimiter, start: number.value, ...(text.startsWith('@') ? { example: true as const } : {}) };
      if (listToken !== null) listToken._numbering = state.numbering;
    }
    state.size = initialSize + self.sliceSerialize(effects.exit('listItemPrefix'), true).length;
    return ok(code);
  }
}

/**
 * The number a marker gives: opening a list, or continuing `list` (null when
 * it does not). An example (`@`, `@label`) continues only an example list with
 * its delimiter, which only examples and `#` continue, as in Pandoc.
 */
function markerNumber(text: string, delimiter: ListDelimiter, list: ListNumbering | null | undefined): MarkerNumber | null {
  const example = text.startsWith('@');
  if (list == null) return example ? { style: 'decimal', value: 1 } : openingNumber(text);
  if (list.delimiter !== delimiter) return null;
  if (list.example === true) return example || text === '#' ? { style: 'decimal', value: 0 } : null;
  return example ? null : continuingNumber(text, list.style);
}

/** As micromark's list: a line in the item (indented past its marker), a blank line, or the next item of this list. */
function tokenizeListContinuation(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  const state = self.containerState ?? {};
  state._closeFlow = undefined;
  return effects.check(blankLine, onBlank, notBlank);

  function onBlank(code: Code): State | undefined {
    state.furtherBlankLines = state.furtherBlankLines || state.initialBlankLine;
    // A blank line: still, consume at most the item's size.
    return factorySpace(effects, ok, 'listItemIndent', (state.size ?? 0) + 1)(code);
  }

  function notBlank(code: Code): State | undefined {
    if (state.furtherBlankLines || !markdownSpace(code)) {
      state.furtherBlankLines = undefined;
      state.initialBlankLine = undefined;
      return notInCurrentItem(code);
    }
    state.furtherBlankLines = undefined;
    state.initialBlankLine = undefined;
    return effects.attempt(indent, ok, notInCurrentItem)(code);
  }

  function notInCurrentItem(code: Code): State | undefined {
    // While we do continue, we signal that the flow should be closed.
    state._closeFlow = true;
    // As we're closing flow, we're no longer interrupting.
    self.interrupt = undefined;
    return factorySpace(effects, effects.attempt(fancyList, ok, nok), 'linePrefix', self.parser.constructs.disable.null?.includes('codeIndented') ? undefined : 4)(code);
  }
}

function tokenizeIndent(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  const size = self.containerState?.size ?? 0;
  return factorySpace(effects, afterPrefix, 'listItemIndent', size + 1);

  function afterPrefix(code: Code): State | undefined {
    const tail = self.events[self.events.length - 1];
    return tail && tail[1].type === 'listItemIndent' && tail[2].sliceSerialize(tail[1], true).length === size ? ok(code) : nok(code);
  }
}

function tokenizeListEnd(this: TokenizeContext, effects: Effects): undefined {
  effects.exit('listOrdered');
}

function tokenizePrefixWhitespace(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  return factorySpace(effects, afterPrefix, 'listItemPrefixWhitespace', self.parser.constructs.disable.null?.includes('codeIndented') ? undefined : 4 + 1);

  function afterPrefix(code: Code): State | undefined {
    const tail = self.events[self.events.length - 1];
    return !markdownSpace(code) && tail && tail[1].type === 'listItemPrefixWhitespace' ? ok(code) : nok(code);
  }
}

/** Two spaces (or a tab) after the marker. */
function tokenizeSecondSpace(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  return first;

  function first(code: Code): State | undefined {
    if (!markdownSpace(code)) return nok(code);
    effects.enter('listItemPrefixWhitespace');
    effects.consume(code);
    return code === -2 ? done : second;
  }

  function second(code: Code): State | undefined {
    if (!markdownSpace(code)) return nok(code);
    effects.consume(code);
    return done(code);
  }

  function done(code: Code): State | undefined {
    effects.exit('listItemPrefixWhitespace');
    return ok(code);
  }
}

/** A space and a digit after `p.`: a page reference ("p. 12"), not a list. */
function tokenizePageNumber(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  return space;

  function space(code: Code): State | undefined {
    if (!markdownSpace(code)) return nok(code);
    effects.enter('listItemPrefixWhitespace');
    effects.consume(code);
    return digit;
  }

  function digit(code: Code): State | undefined {
    effects.exit('listItemPrefixWhitespace');
    return asciiDigit(code) ? ok(code) : nok(code);
  }
}
