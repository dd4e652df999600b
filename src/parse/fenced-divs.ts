// The remark plugin for Pandoc's fenced divs (fenced-div-construct.ts): the
// construct among micromark's flow constructs, and an mdast `fencedDiv` node
// holding the div's blocks and attributes, which handlers/fenced-div.ts reads.
import type { Parent } from 'mdast';
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';
import type { Processor } from 'unified';
import { fencedDivConstruct } from './fenced-div-construct.ts';
import { readFenceInfo, type Attributes } from './pandoc-attributes.ts';

declare module 'mdast' {
  interface FencedDiv extends Parent {
    type: 'fencedDiv';
    attributes: Attributes;
    children: BlockContent[];
  }
  interface BlockContentMap {
    fencedDiv: FencedDiv;
  }
  interface RootContentMap {
    fencedDiv: FencedDiv;
  }
}

const COLON = 58;

const fromMarkdown: Extension = {
  enter: {
    fencedDiv(this: CompileContext, token: Token): undefined {
      this.enter({ type: 'fencedDiv', attributes: { classes: [], pairs: {} }, children: [] }, token);
    },
  },
  exit: {
    fencedDivInfo(this: CompileContext, token: Token): undefined {
      const node = this.stack[this.stack.length - 1] as { attributes?: Attributes };
      node.attributes = readFenceInfo(this.sliceSerialize(token)) ?? { classes: [], pairs: {} };
    },
    fencedDiv(this: CompileContext, token: Token): undefined {
      this.exit(token);
    },
  },
};

export function remarkFencedDivs(this: Processor): undefined {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ flow: { [COLON]: fencedDivConstruct } });
  (data.fromMarkdownExtensions ??= []).push(fromMarkdown);
}
