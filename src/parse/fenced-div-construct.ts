// Pandoc's fenced divs (its `fenced_divs` extension) as a micromark construct:
//
//     ::: {#id .class key=value}        or    ::: warning
//     blocks, parsed as the body is
//     :::
//
// The opening fence is three colons or more and then attributes or one word
// (a class), perhaps followed by more colons; a fence of colons alone always
// closes, the innermost div first, whatever its length. Its content is a
// nested document, as a block quote's is, so lists, code and further divs
// inside it parse as they would outside. Shaped after micromark's container
// directives (micromark-extension-directive's directive-container.js), whose
// syntax (`:::name{…}`, a closing fence at least as long as the opening) is
// not Pandoc's; no micromark or remark package reads Pandoc's (the only one,
// remark-fenced-divs, is written for micromark 2).
import { factorySpace } from 'micromark-factory-space';
import { markdownLineEnding } from 'micromark-util-character';
import type { Code, Construct, Effects, State, Token, TokenizeContext } from 'micromark-util-types';
import { readFenceInfo } from './pandoc-attributes.ts';

const COLON = 58;
const MIN_FENCE = 3;
const TAB_SIZE = 4;

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    fencedDiv: 'fencedDiv';
    fencedDivFence: 'fencedDivFence';
    fencedDivInfo: 'fencedDivInfo';
    fencedDivContent: 'fencedDivContent';
  }
}

export const fencedDivConstruct: Construct = { name: 'fencedDiv', tokenize: tokenizeFencedDiv, concrete: true };

const nonLazyLine: Construct = { tokenize: tokenizeNonLazyLine, partial: true };
const closingFence: Construct = { tokenize: tokenizeClosingFence, partial: true };
const openingFence: Construct = { tokenize: tokenizeOpeningFence, partial: true };

function tokenizeFencedDiv(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  const tail = self.events[self.events.length - 1];
  // The indent before the fence: content lines may carry as much, and it is not theirs.
  const initialSize = tail && tail[1].type === 'linePrefix' ? tail[2].sliceSerialize(tail[1], true).length : 0;
  // Divs opened inside this one and not yet closed: their closing fences are theirs, not this div's.
  let depth = 0;
  let previous: Token | undefined;

  return start;

  function start(code: Code): State | undefined {
    if (code !== COLON) return nok(code);
    effects.enter('fencedDiv');
    return colons(effects, nok, (next) => factorySpace(effects, infoStart, 'whitespace')(next))(code);
  }

  function infoStart(code: Code): State | undefined {
    if (code === null || markdownLineEnding(code)) return nok(code);
    return fenceInfo(effects, infoEnd)(code);
  }

  function infoEnd(info: string, code: Code): State | undefined {
    // Attributes or one word: anything else (prose after colons) is no fence.
    if (readFenceInfo(info) === null) return nok(code);
    effects.exit('fencedDivFence');
    if (code === null) return after(code);
    if (self.interrupt) return ok(code);
    return effects.attempt(nonLazyLine, contentStart, after)(code);
  }

  function contentStart(code: Code): State | undefined {
    if (code === null) return after(code);
    if (markdownLineEnding(code)) return effects.check(nonLazyLine, emptyLineAfter, after)(code);
    effects.enter('fencedDivContent');
    return lineStart(code);
  }

  function emptyLineAfter(code: Code): State | undefined {
    effects.enter('fencedDivContent');
    return lineStart(code);
  }

  function lineStart(code: Code): State | undefined {
    return effects.check(closingFence, atClosingFence, notClosing)(code);
  }

  function atClosingFence(code: Code): State | undefined {
    if (depth === 0) return effects.attempt(closingFence, afterContent, afterContent)(code);
    depth -= 1;
    return contentLine(code);
  }

  function notClosing(code: Code): State | undefined {
    return effects.check(openingFence, nestedOpening, contentLine)(code);
  }

  function nestedOpening(code: Code): State | undefined {
    depth += 1;
    return contentLine(code);
  }

  function contentLine(code: Code): State | undefined {
    return initialSize > 0 ? factorySpace(effects, chunkStart, 'linePrefix', initialSize + 1)(code) : chunkStart(code);
  }

  function chunkStart(code: Code): State | undefined {
    if (code === null) return afterContent(code);
    if (markdownLineEnding(code)) return effects.check(nonLazyLine, chunkNonLazyStart, afterContent)(code);
    return chunkNonLazyStart(code);
  }

  function chunkNonLazyStart(code: Code): State | undefined {
    const token = effects.enter('chunkDocument', { contentType: 'document', ...(previous ? { previous } : {}) });
    if (previous) previous.next = token;
    previous = token;
    return contentContinue(code);
  }

  function contentContinue(code: Code): State | undefined {
    if (code === null) {
      const t = effects.exit('chunkDocument');
      self.parser.lazy[t.start.line] = false;
      return afterContent(code);
    }
    if (markdownLineEnding(code)) return effects.check(nonLazyLine, nonLazyLineAfter, lineAfter)(code);
    effects.consume(code);
    return contentContinue;
  }

  function nonLazyLineAfter(code: Code): State {
    effects.consume(code);
    const t = effects.exit('chunkDocument');
    self.parser.lazy[t.start.line] = false;
    return lineStart;
  }

  function lineAfter(code: Code): State | undefined {
    const t = effects.exit('chunkDocument');
    self.parser.lazy[t.start.line] = false;
    return afterContent(code);
  }

  function afterContent(code: Code): State | undefined {
    effects.exit('fencedDivContent');
    return after(code);
  }

  function after(code: Code): State | undefined {
    effects.exit('fencedDiv');
    return ok(code);
  }
}

/** A fence's colons, three or more, in a fencedDivFence token it leaves open; then `after`. */
function colons(effects: Effects, nok: State, after: State): State {
  const sequence =
    (size: number): State =>
    (code) => {
      if (code === COLON) {
        effects.consume(code);
        return sequence(size + 1);
      }
      return size < MIN_FENCE ? nok(code) : after(code);
    };
  return (code) => {
    if (code !== COLON) return nok(code);
    effects.enter('fencedDivFence');
    return sequence(0)(code);
  };
}

/** The rest of a fence's line, in a fencedDivInfo token; at the line's end, `done` with its text. */
function fenceInfo(effects: Effects, done: (info: string, code: Code) => State | undefined): State {
  let info = '';
  const rest: State = (code) => {
    if (code === null || markdownLineEnding(code)) {
      effects.exit('fencedDivInfo');
      return done(info, code);
    }
    info += String.fromCharCode(code);
    effects.consume(code);
    return rest;
  };
  return (code) => {
    effects.enter('fencedDivInfo');
    return rest(code);
  };
}

/** A fence of colons alone, indented less than code is. */
function tokenizeClosingFence(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const indentedCode = !(this.parser.constructs.disable.null ?? []).includes('codeIndented');
  const end = (code: Code): State | undefined => {
    if (code !== null && !markdownLineEnding(code)) return nok(code);
    effects.exit('fencedDivFence');
    return ok(code);
  };
  return factorySpace(effects, colons(effects, nok, (code) => factorySpace(effects, end, 'whitespace')(code)), 'linePrefix', indentedCode ? TAB_SIZE : undefined);
}

/** A line that opens a div (only checked, to count the divs nested inside one). */
function tokenizeOpeningFence(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const opening = (code: Code): State | undefined => {
    if (code === null || markdownLineEnding(code)) return nok(code);
    return fenceInfo(effects, (info, end) => {
      effects.exit('fencedDivFence');
      return readFenceInfo(info) === null ? nok(end) : ok(end);
    })(code);
  };
  return factorySpace(effects, colons(effects, nok, opening), 'linePrefix', TAB_SIZE);
}

function tokenizeNonLazyLine(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  return (code) => {
    effects.enter('lineEnding');
    effects.consume(code);
    effects.exit('lineEnding');
    return (next) => (self.parser.lazy[self.now().line] ? nok(next) : ok(next));
  };
}
