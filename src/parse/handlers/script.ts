// Superscript and subscript text with no Unicode characters of its own
// (`<sup>?</sup>`, `x^th^`): the HTML reader (html.ts) and Pandoc's `^…^`
// (text.ts) make this mdast node, which both writers set as such, smaller and
// raised or lowered, as Pandoc does. Text that has the characters (`2^10^`,
// `H<sub>2</sub>O`) is written in them instead, so it reads the same when
// copied (html-script.ts).
import type { Node as UnistNode } from 'unist';
import type { PhrasingContent } from 'mdast';
import type { PhrasingHandler } from './types.ts';

declare module 'mdast' {
  interface Script extends UnistNode {
    type: 'script';
    kind: 'sup' | 'sub';
    children: PhrasingContent[];
  }
  interface PhrasingContentMap {
    script: Script;
  }
  interface RootContentMap {
    script: Script;
  }
}

export const script: PhrasingHandler<'script'> = (node, ctx) => [{ type: 'script', kind: node.kind, children: ctx.phrasing(node.children) }];
