// TeX math as Pandoc's Markdown reads it (`tex_math_dollars`): `$$…$$` display
// math, inline or on lines of its own, by micromark-extension-math with its
// single dollars off, and `$…$` by Galley's own construct (dollar-math.ts),
// which follows Pandoc's rules where that extension's differ.
//
// The extension reads `$$` at a line's start as a fence, as ``` opens code:
// text after it is a "meta" it drops, and only a line of dollars alone closes
// it. Pandoc has no such block: `$$a +` / `b$$` is one formula in a paragraph.
// So the fence is taken only when its lines are what such a block means to
// Pandoc too: the opening dollars alone on their line, and a line of dollars
// alone before any blank line. Anything else is read in the paragraph, where
// `$$…$$` may run over lines.
import { mathFromMarkdown } from 'mdast-util-math';
import { math } from 'micromark-extension-math';
import { markdownLineEnding, markdownSpace } from 'micromark-util-character';
import type { Code, Construct, Effects, State } from 'micromark-util-types';
import type { Processor } from 'unified';
import { dollarMathSyntax } from './dollar-math.ts';

interface Data {
  micromarkExtensions?: unknown[];
  fromMarkdownExtensions?: unknown[];
}

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    /** What closedFence looks at (a check: its tokens are thrown away). */
    mathFlowCheck: 'mathFlowCheck';
  }
}

const DOLLAR = 36;

/** From the opening dollars: they stand alone on their line, and a line of as many or more dollars alone comes before a blank line. */
const closedFence: Construct = {
  partial: true,
  tokenize(effects: Effects, ok: State, nok: State): State {
    let opening = 0;
    let dollars = 0;
    let other = false;
    let firstLine = true;
    const next = (code: Code): State | undefined => {
      if (code === null) return nok(code);
      if (markdownLineEnding(code)) {
        if (firstLine ? other || opening < 2 : !other && dollars === 0) return nok(code);
        if (!firstLine && !other && dollars >= opening) return ok(code);
        firstLine = false;
        dollars = 0;
        other = false;
        effects.consume(code);
        return next;
      }
      if (code === DOLLAR && !other) {
        if (firstLine) opening += 1;
        else dollars += 1;
      } else if (!markdownSpace(code)) other = true;
      effects.consume(code);
      return next;
    };
    return (code) => {
      effects.enter('mathFlowCheck');
      return next(code);
    };
  },
};

/** micromark-extension-math with its fence taken only where closedFence finds one. */
function pandocMath(): unknown {
  const extension = math({ singleDollarTextMath: false }) as { flow: Record<number, Construct>; text: Record<number, Construct> };
  const fence = extension.flow[DOLLAR] as Construct;
  const guarded: Construct = {
    ...fence,
    tokenize(effects, ok, nok) {
      return effects.check(closedFence, fence.tokenize.call(this, effects, ok, nok), nok);
    },
  };
  return { ...extension, flow: { [DOLLAR]: guarded } };
}

export function remarkPandocMath(this: Processor): void {
  const data = this.data() as Data;
  (data.micromarkExtensions ??= []).push(pandocMath(), dollarMathSyntax);
  // A formula written over two lines keeps its line break (a space to TeX), as code spans keep theirs.
  (data.fromMarkdownExtensions ??= []).push(mathFromMarkdown(), { canContainEols: ['inlineMath'] });
}
