// A grid table opens with a border line: `+` then `-`, `=` or `:`. The
// library's construct for `+` is tried on every paragraph line that starts
// with one (`+1 555-0100`, `+1 for this`), and once it had been tried and
// failed, every list and block quote later in the document was read as plain
// text (micromark-extension-gridtables 2.0.4). It is tried now only where
// such a border starts.
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import type { Processor } from 'unified';

const PLUS = 43;
const BORDER = new Set<Code>([45, 61, 58]); // - = :

const borderStart: Construct = {
  partial: true,
  tokenize(effects: Effects, ok: State, nok: State): State {
    const after: State = (code) => {
      effects.exit('data');
      return BORDER.has(code) ? ok(code) : nok(code);
    };
    return (code) => {
      if (code !== PLUS) return nok(code);
      effects.enter('data');
      effects.consume(code);
      return after;
    };
  },
};

/** Replaces the grid-table construct registered for `+` by one that first checks for a border. */
export function remarkGridTableStart(this: Processor): undefined {
  const extensions = (this.data('micromarkExtensions') ?? []) as Extension[];
  for (const extension of extensions) {
    const table = extension.flow?.[PLUS];
    if (table === undefined || Array.isArray(table) || table.resolveAll === undefined || table.tokenize === undefined) continue;
    const tokenizeTable = table.tokenize;
    extension.flow = {
      ...extension.flow,
      [PLUS]: {
        ...table,
        tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
          return effects.check(borderStart, tokenizeTable.call(this, effects, ok, nok), nok);
        },
      },
    };
  }
  return undefined;
}
