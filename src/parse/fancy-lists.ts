// The remark plugin for Pandoc's ordered list markers (fancy-list-construct.ts):
// the construct in micromark's document constructs, and the list's numbering
// (style, delimiter, first number) from its token onto the mdast `list` node,
// where the list handler reads it.
import type { List } from 'mdast';
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';
import type { Processor } from 'unified';
import { fancyListConstructs, type ListNumbering } from './fancy-list-construct.ts';

declare module 'mdast' {
  interface ListData {
    /** How an ordered list is numbered, as written (`a.`, `(iv)`, `#.`). */
    numbering?: ListNumbering;
  }
}

const fromMarkdown: Extension = {
  exit: {
    listOrdered(this: CompileContext, token: Token): undefined {
      const node = this.stack[this.stack.length - 1] as List;
      const numbering = token._numbering;
      // mdast-util-from-markdown reads the first number as digits: a letter or numeral is only read right here.
      if (numbering !== undefined) {
        node.start = numbering.start;
        node.data = { ...node.data, numbering };
      }
      this.exit(token);
    },
  },
};

export function remarkFancyLists(this: Processor): undefined {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ document: fancyListConstructs() });
  (data.fromMarkdownExtensions ??= []).push(fromMarkdown);
}
