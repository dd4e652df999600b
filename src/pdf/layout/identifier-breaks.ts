// Where an identifier in inline code may break when nothing better exists:
// between the words of a camelCase or PascalCase name ("Reference|Error",
// "XML|Http|Request"), and after the bracket opening a call's arguments
// ("function(|studentID)"), after a comma between two arguments
// ("concat("two",|"three")") and before a backslash opening a TeX command or
// a path's next part ("300|\letterpercent|\space"), where code formatters
// break too, as technical publishers break a long code term at a logical
// point, adding nothing (no hyphen: it could be read as part of the code).
// Each side keeps at least three characters, so no scrap ("get|X", "f(|x)",
// "f(a,|b)") stands alone; URLs never break here, only where the Chicago
// Manual says.

// A lower-case letter or digit and then an upper-case one ("eE" in "ReferenceError"),
// or the last capital of an acronym before a capitalised word ("LH" in "XMLHttp").
const WORD_START = /(?<=[\p{Ll}\p{N}])(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/gu;
// After an opening bracket that follows a name and precedes one ("function(|studentID").
const AFTER_OPENING = /(?<=[\p{L}\p{N}_$][([{])(?=[\p{L}\p{N}_$])/gu;
// After a comma between two arguments, and before a backslash that opens a command or a path's part.
const AFTER_COMMA = /(?<=[^\s,],)(?=[^\s,])/gu;
const BEFORE_BACKSLASH = /(?<=[^\s\\])(?=\\[\p{L}\p{N}@])/gu;
const NAME_CHARACTER = /[\p{L}\p{N}]/u;
const MIN_SIDE = 3;

/** Whether a text may hold a break `identifierBreakPositions` finds: most words have none. */
export const IDENTIFIER_BREAK_HINT = /[\p{Ll}\p{N}]\p{Lu}|\p{Lu}\p{Lu}\p{Ll}|[\p{L}\p{N}_$][([{][\p{L}\p{N}_$]|,[^\s,]|\\/u;

/**
 * Offsets in `text` (0 < offset < length) between two words of a name, or
 * after a bracket opening between two names, where at least MIN_SIDE letters
 * or digits stand on each side; after a comma or before a backslash, where
 * MIN_SIDE characters of any kind do;
 * `inCode(i)` says whether character i is code (a name's break needs both
 * characters around it in code). Ascending.
 */
export function identifierBreakPositions(text: string, inCode: (index: number) => boolean = () => true): number[] {
  const positions: number[] = [];
  for (const match of text.matchAll(WORD_START)) {
    const pos = match.index;
    if (!inCode(pos - 1) || !inCode(pos)) continue;
    if (nameRun(text, pos, -1) >= MIN_SIDE && nameRun(text, pos, 1) >= MIN_SIDE) positions.push(pos);
  }
  for (const match of text.matchAll(AFTER_OPENING)) {
    const pos = match.index;
    if (!inCode(pos - 2) || !inCode(pos)) continue;
    if (nameRun(text, pos - 1, -1) >= MIN_SIDE && nameRun(text, pos, 1) >= MIN_SIDE) positions.push(pos);
  }
  for (const pattern of [AFTER_COMMA, BEFORE_BACKSLASH]) {
    for (const match of text.matchAll(pattern)) {
      const pos = match.index;
      if (inCode(pos - 1) && inCode(pos) && pos >= MIN_SIDE && text.length - pos >= MIN_SIDE) positions.push(pos);
    }
  }
  return positions.sort((a, b) => a - b);
}

/** Letters and digits of the name from `pos` going one way (-1: before it), up to MIN_SIDE. */
function nameRun(text: string, pos: number, way: -1 | 1): number {
  let count = 0;
  for (let i = way < 0 ? pos - 1 : pos; count < MIN_SIDE && i >= 0 && i < text.length; i += way) {
    if (!NAME_CHARACTER.test(text[i] as string)) break;
    count += 1;
  }
  return count;
}
