// TeX math as Pandoc's Markdown reads it (`tex_math_dollars`): `$$…$$` display
// math, inline or on lines of its own, by micromark-extension-math with its
// single dollars off, and `$…$` by Galley's own construct (dollar-math.ts),
// which follows Pandoc's rules where that extension's differ.
import { mathFromMarkdown } from 'mdast-util-math';
import { math } from 'micromark-extension-math';
import type { Processor } from 'unified';
import { dollarMathSyntax } from './dollar-math.ts';

interface Data {
  micromarkExtensions?: unknown[];
  fromMarkdownExtensions?: unknown[];
}

export function remarkPandocMath(this: Processor): void {
  const data = this.data() as Data;
  (data.micromarkExtensions ??= []).push(math({ singleDollarTextMath: false }), dollarMathSyntax);
  // A formula written over two lines keeps its line break (a space to TeX), as code spans keep theirs.
  (data.fromMarkdownExtensions ??= []).push(mathFromMarkdown(), { canContainEols: ['inlineMath'] });
}
