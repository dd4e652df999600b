// Pandoc's citation syntax as a micromark extension: `[see @a, p. 3; -@b]`
// (bracketed: a footnote) and `@a` or `@a [p. 3]` in running text (the author
// named in the sentence, the rest in a footnote). Being a tokenizer, it never
// fires inside code spans or on an escaped `\@`, and an `@` inside a word (an
// email address) does not start a citation. Over 300 lines: micromark
// tokenizers are state machines written one state per function, and the
// bracketed form's states (prefix, keys, locators, suffix, `;`) only read
// well in one place, as micromark's own constructs are written.
import type { Code, Construct, Effects, Extension, State } from 'micromark-util-types';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    citeBracketed: 'citeBracketed';
    citeInText: 'citeInText';
    /** `[`, `]` around a bracketed citation or an in-text citation's locator. */
    citeMarker: 'citeMarker';
    /** `;` between the items of a bracketed citation. */
    citeSeparator: 'citeSeparator';
    /** `-` before `@`: suppress the author. */
    citeSuppress: 'citeSuppress';
    /** `@` before a key. */
    citeKeyMarker: 'citeKeyMarker';
    /** `{`, `}` around a key with characters a plain key cannot hold. */
    citeKeyBrace: 'citeKeyBrace';
    citeKey: 'citeKey';
    /** Prefix or suffix text (one token per line). */
    citeAffix: 'citeAffix';
    citeLineEnding: 'citeLineEnding';
    citeSpace: 'citeSpace';
    citeLookahead: 'citeLookahead';
  }
}

const AT = 64;
const LEFT_BRACKET = 91;
const RIGHT_BRACKET = 93;
const LEFT_BRACE = 123;
const RIGHT_BRACE = 125;
const LEFT_PAREN = 40;
const SEMICOLON = 59;
const DASH = 45;
const BACKSLASH = 92;
const SPACE = 32;

/** Punctuation allowed inside a key when a letter, digit or `_` follows it (Pandoc's rule). */
const KEY_PUNCTUATION = new Set([...':.#$%&-+?<>~/'].map((c) => c.charCodeAt(0)));

function isLineEnding(code: Code): boolean {
  return code !== null && code < -2;
}

function isWhitespace(code: Code): boolean {
  return code !== null && (code < 0 || /\s/u.test(String.fromCharCode(code)));
}

/** Letters, digits and `_` (BMP only: micromark hands over UTF-16 code units). */
function isKeyCharacter(code: Code): boolean {
  return code !== null && code >= 0 && /[\p{L}\p{N}_]/u.test(String.fromCharCode(code));
}

function isAsciiPunctuation(code: Code): boolean {
  return code !== null && ((code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126));
}

/**
 * Reads a key after its `@` — plain (`doe:2020`) or braced (`{any key}`) —
 * and continues with `ok`; `nok` when no key follows.
 */
function factoryKey(effects: Effects, ok: State, nok: State): State {
  return start;

  function start(code: Code): State | undefined {
    if (code === LEFT_BRACE) {
      effects.enter('citeKeyBrace');
      effects.consume(code);
      effects.exit('citeKeyBrace');
      return bracedStart;
    }
    if (!isKeyCharacter(code)) return nok(code);
    effects.enter('citeKey');
    effects.consume(code);
    return plain;
  }

  function plain(code: Code): State | undefined {
    if (isKeyCharacter(code)) {
      effects.consume(code);
      return plain;
    }
    if (code !== null && KEY_PUNCTUATION.has(code)) return effects.check(internalPunctuation, punctuation, plainEnd)(code);
    return plainEnd(code);
  }

  function punctuation(code: Code): State | undefined {
    effects.consume(code);
    return plain;
  }

  function plainEnd(code: Code): State | undefined {
    effects.exit('citeKey');
    return ok(code);
  }

  function bracedStart(code: Code): State | undefined {
    if (code === null || code === RIGHT_BRACE || isLineEnding(code)) return nok(code);
    effects.enter('citeKey');
    effects.consume(code);
    return braced;
  }

  function braced(code: Code): State | undefined {
    if (code === null || isLineEnding(code) || code === LEFT_BRACE) return nok(code);
    if (code === RIGHT_BRACE) {
      effects.exit('citeKey');
      effects.enter('citeKeyBrace');
      effects.consume(code);
      effects.exit('citeKeyBrace');
      return ok;
    }
    effects.consume(code);
    return braced;
  }
}

/** Key punctuation followed by a key character: the key goes on. */
const internalPunctuation: Construct = {
  partial: true,
  tokenize(effects, ok, nok) {
    return (code) => {
      effects.enter('citeLookahead');
      effects.consume(code);
      return (next) => (isKeyCharacter(next) ? ok(next) : nok(next));
    };
  },
};

/** At `@` (or `-@` when `suppress`): does a key follow? */
function keyAhead(suppress: boolean): Construct {
  return {
    partial: true,
    tokenize(effects, ok, nok) {
      return start;
      function start(code: Code): State | undefined {
        effects.enter('citeLookahead');
        return suppress ? dash(code) : at(code);
      }
      function dash(code: Code): State | undefined {
        if (code !== DASH) return nok(code);
        effects.consume(code);
        return at;
      }
      function at(code: Code): State | undefined {
        if (code !== AT) return nok(code);
        effects.consume(code);
        return first;
      }
      function first(code: Code): State | undefined {
        if (code === LEFT_BRACE) {
          effects.consume(code);
          return (next: Code) => (next === null || next === RIGHT_BRACE || isLineEnding(next) ? nok(next) : ok(next));
        }
        return isKeyCharacter(code) ? ok(code) : nok(code);
      }
    },
  };
}

const keyFollows = keyAhead(false);
const suppressedKeyFollows = keyAhead(true);

/**
 * The text between brackets: prefix, key, suffix; items separated by `;`.
 * `inText`: the locator of an in-text citation, `[p. 3]`, which holds no key.
 */
function factoryBracketed(effects: Effects, ok: State, nok: State, inText: boolean): State {
  /** Whether a key may start here: at an item's start or after whitespace. */
  let boundary = true;
  let hasKey = false;
  let hasText = false;
  let inAffix = false;

  return start;

  function start(code: Code): State | undefined {
    effects.enter('citeMarker');
    effects.consume(code);
    effects.exit('citeMarker');
    return inside;
  }

  function inside(code: Code): State | undefined {
    // No nesting: an unescaped `[` ends the attempt at once, so a paragraph is scanned in linear time.
    if (code === null || code === LEFT_BRACKET) return nok(code);
    if (code === RIGHT_BRACKET || (code === SEMICOLON && !inText)) {
      if (inText ? !hasText : !hasKey) return nok(code);
      closeAffix();
      if (code === SEMICOLON) {
        effects.enter('citeSeparator');
        effects.consume(code);
        effects.exit('citeSeparator');
        boundary = true;
        hasKey = false;
        return inside;
      }
      effects.enter('citeMarker');
      effects.consume(code);
      effects.exit('citeMarker');
      return after;
    }
    if (!hasKey && boundary && (code === AT || code === DASH)) {
      const follows = code === AT ? keyFollows : suppressedKeyFollows;
      // An in-text citation's locator holding a key is a citation of its own.
      return effects.check(follows, inText ? nok : key, text)(code);
    }
    return text(code);
  }

  function key(code: Code): State | undefined {
    closeAffix();
    if (code === DASH) {
      effects.enter('citeSuppress');
      effects.consume(code);
      effects.exit('citeSuppress');
      return key;
    }
    effects.enter('citeKeyMarker');
    effects.consume(code);
    effects.exit('citeKeyMarker');
    return factoryKey(effects, keyEnd, nok);
  }

  function keyEnd(code: Code): State | undefined {
    hasKey = true;
    boundary = false;
    return inside(code);
  }

  function text(code: Code): State | undefined {
    if (isLineEnding(code)) {
      closeAffix();
      effects.enter('citeLineEnding');
      effects.consume(code);
      effects.exit('citeLineEnding');
      boundary = true;
      return inside;
    }
    if (!inAffix) {
      effects.enter('citeAffix');
      inAffix = true;
    }
    boundary = isWhitespace(code);
    if (!boundary) hasText = true;
    effects.consume(code);
    return code === BACKSLASH ? escaped : inside;
  }

  function escaped(code: Code): State | undefined {
    if (!isAsciiPunctuation(code)) return inside(code);
    effects.consume(code);
    boundary = false;
    return inside;
  }

  function closeAffix(): void {
    if (inAffix) effects.exit('citeAffix');
    inAffix = false;
  }

  // `[@doe](url)` stays a link.
  function after(code: Code): State | undefined {
    return code === LEFT_PAREN ? nok(code) : ok(code);
  }
}

const bracketed: Construct = {
  name: 'citeBracketed',
  tokenize(effects, ok, nok) {
    return (code) => {
      effects.enter('citeBracketed');
      return factoryBracketed(effects, done, nok, false)(code);
    };
    function done(code: Code): State | undefined {
      effects.exit('citeBracketed');
      return ok(code);
    }
  },
};

/** ` [p. 3]` after an in-text citation's key. */
const inTextLocator: Construct = {
  partial: true,
  tokenize(effects, ok, nok) {
    return (code) => {
      if (code !== SPACE) return open(code);
      effects.enter('citeSpace');
      effects.consume(code);
      effects.exit('citeSpace');
      return open;
    };
    function open(code: Code): State | undefined {
      return code === LEFT_BRACKET ? factoryBracketed(effects, ok, nok, true)(code) : nok(code);
    }
  },
};

const OPENING = /^[\p{Ps}\p{Pi}]$/u;

const inText: Construct = {
  name: 'citeInText',
  // Start of text, after whitespace, an opening parenthesis or quote (`(@good)`, Pandoc's example reference);
  // never inside a word, so `a@b.com` is no citation, nor right after `[` (a bracketed citation or link text).
  previous: (code) => code === null || isWhitespace(code) || (code > 0 && code !== LEFT_BRACKET && OPENING.test(String.fromCharCode(code))),
  tokenize(effects, ok, nok) {
    return (code) => {
      effects.enter('citeInText');
      effects.enter('citeKeyMarker');
      effects.consume(code);
      effects.exit('citeKeyMarker');
      return factoryKey(effects, afterKey, nok);
    };
    function afterKey(code: Code): State | undefined {
      return code === SPACE || code === LEFT_BRACKET ? effects.attempt(inTextLocator, done, done)(code) : done(code);
    }
    function done(code: Code): State | undefined {
      effects.exit('citeInText');
      return ok(code);
    }
  },
};

/** The micromark extension: both citation forms, tried before links and footnote calls. */
export function citationSyntax(): Extension {
  return { text: { [LEFT_BRACKET]: bracketed, [AT]: inText } };
}
