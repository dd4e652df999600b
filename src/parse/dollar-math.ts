// Pandoc's single-dollar TeX math (`tex_math_dollars`), as a micromark text
// construct. micromark-extension-math reads `$…$` more loosely (it takes
// "$5 and $10" as math), so it is used with single dollars off (for `$$…$$`
// and `$$` blocks) and this construct reads single dollars the way Pandoc's
// `mathInlineWith "$" "$"` does:
// - the opening `$` is followed by a non-space character, and is not the
//   first of `$$` (display math, read by micromark-extension-math);
// - a run of white space inside may not be followed by `$` (the closing `$`
//   has a non-space character right before it);
// - a backslash takes the next character with it (`\$` inside math is TeX's
//   dollar), and `\text{…}` is read to its matching brace, `$` included;
// - the closing `$` is not followed by a digit ("$5 and $10" is text).
// A `\$` outside math never opens it: micromark reads the escape first.
// The tokens are micromark-extension-math's own (`mathText`, its sequences and
// data), so mdast-util-math builds the `inlineMath` node.
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';

const DOLLAR = 36;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

const isLineEnding = (code: Code): boolean => code !== null && code < -2;
const isSpace = (code: Code): boolean => code === -2 || code === -1 || code === 32;
const isDigit = (code: Code): boolean => code !== null && code >= 48 && code <= 57;
const isLetter = (code: Code): boolean => code !== null && ((code >= 65 && code <= 90) || (code >= 97 && code <= 122));

function tokenizeDollarMath(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let inData = false;
  let command = '';
  let depth = 0;

  const dataOn = (): void => {
    if (!inData) effects.enter('mathTextData');
    inData = true;
  };
  const dataOff = (): void => {
    if (inData) effects.exit('mathTextData');
    inData = false;
  };
  /** A line ending inside the formula, as its own token (mdast-util-math keeps it as "\n"). */
  const lineEnding = (code: Code, next: State): State => {
    dataOff();
    effects.enter('lineEnding');
    effects.consume(code);
    effects.exit('lineEnding');
    return next;
  };

  const start: State = (code) => {
    effects.enter('mathText');
    effects.enter('mathTextSequence');
    effects.consume(code);
    effects.exit('mathTextSequence');
    return afterOpen;
  };

  const afterOpen: State = (code) => {
    if (code === null || code === DOLLAR || isSpace(code) || isLineEnding(code)) return nok(code);
    return inside(code);
  };

  const inside: State = (code) => {
    if (code === null) return nok(code);
    if (isLineEnding(code)) return lineEnding(code, spaces);
    if (isSpace(code)) {
      dataOn();
      effects.consume(code);
      return spaces;
    }
    if (code === DOLLAR) {
      dataOff();
      effects.enter('mathTextSequence');
      effects.consume(code);
      effects.exit('mathTextSequence');
      return afterClose;
    }
    dataOn();
    effects.consume(code);
    if (code === BACKSLASH) {
      command = '';
      return escaped;
    }
    return inside;
  };

  /** White space (a line break among it) may not come right before the closing `$`. */
  const spaces: State = (code) => {
    if (isSpace(code)) {
      dataOn();
      effects.consume(code);
      return spaces;
    }
    if (isLineEnding(code)) return lineEnding(code, spaces);
    if (code === DOLLAR || code === null) return nok(code);
    return inside(code);
  };

  /** After a backslash: one character taken with it, or a command name (`\text{` opens a braced group). */
  const escaped: State = (code) => {
    if (code === null) return nok(code);
    if (isLineEnding(code)) return lineEnding(code, spaces);
    if (isLetter(code)) {
      command += String.fromCharCode(code);
      effects.consume(code);
      return escaped;
    }
    if (command === '') {
      effects.consume(code);
      return inside;
    }
    if (command === 'text' && code === OPEN_BRACE) {
      effects.consume(code);
      depth = 1;
      return braced;
    }
    return inside(code);
  };

  /** Inside `\text{…}`: anything to the matching brace, dollars included. */
  const braced: State = (code) => {
    if (code === null) return nok(code);
    if (isLineEnding(code)) return lineEnding(code, braced);
    dataOn();
    effects.consume(code);
    if (code === BACKSLASH) return bracedEscape;
    if (code === OPEN_BRACE) depth += 1;
    if (code === CLOSE_BRACE) depth -= 1;
    return depth === 0 ? inside : braced;
  };

  const bracedEscape: State = (code) => {
    if (code === null || isLineEnding(code)) return braced(code);
    effects.consume(code);
    return braced;
  };

  const afterClose: State = (code) => {
    if (isDigit(code)) return nok(code);
    effects.exit('mathText');
    return ok(code);
  };

  return start;
}

/** An unescaped `$` right before does not open math (it closes or belongs to `$$`). */
function previous(this: TokenizeContext, code: Code): boolean {
  return code !== DOLLAR || this.events[this.events.length - 1]?.[1].type === 'characterEscape';
}

const dollarMath: Construct = { name: 'dollarMath', tokenize: tokenizeDollarMath, previous };

/** The micromark extension: single-dollar math, read as Pandoc reads it. */
export const dollarMathSyntax: Extension = { text: { [DOLLAR]: dollarMath } };
