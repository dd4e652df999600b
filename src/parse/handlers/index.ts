// The parse stage's handler table: one handler per mdast node type, typed by
// node type (types.ts), so a node type without a handler is a compile error.
// Flow content becomes Blocks, phrasing content becomes Inlines; `html` can be
// either, so it has one handler for each place it can appear.
import type { PhrasingContent } from 'mdast';
import { anchor } from './anchor.ts';
import { blockquote } from './blockquote.ts';
import { hardBreak } from './break.ts';
import { cite } from './cite.ts';
import { code } from './code.ts';
import { definition } from './definition.ts';
import { definitionDescription, definitionList, definitionTerm, definitionTermBlock } from './definition-list.ts';
import { strikethrough } from './delete.ts';
import { script } from './script.ts';
import { emphasis } from './emphasis.ts';
import { fencedDiv } from './fenced-div.ts';
import { footnoteDefinition } from './footnote-definition.ts';
import { footnoteReference } from './footnote-reference.ts';
import { gridTable } from './grid-table.ts';
import { heading } from './heading.ts';
import { htmlFlow, htmlPhrasing } from './html.ts';
import { image } from './image.ts';
import { imageReference } from './image-reference.ts';
import { inlineCode } from './inline-code.ts';
import { link } from './link.ts';
import { linkReference } from './link-reference.ts';
import { list } from './list.ts';
import { inlineMath, mathBlock } from './math.ts';
import { paragraph } from './paragraph.ts';
import { strong } from './strong.ts';
import { table } from './table.ts';
import { text } from './text.ts';
import { thematicBreak } from './thematic-break.ts';
import type { FlowHandler, FlowNode, PhrasingHandler } from './types.ts';
import { yaml } from './yaml.ts';

export const flowHandlers: { readonly [T in FlowNode['type']]: FlowHandler<T> } = {
  blockquote,
  code,
  definition,
  defList: definitionList,
  defListDescription: definitionDescription,
  defListTerm: definitionTermBlock,
  fencedDiv,
  footnoteDefinition,
  gridTable,
  heading,
  html: htmlFlow,
  list,
  math: mathBlock,
  paragraph,
  table,
  thematicBreak,
  yaml,
};

export const phrasingHandlers: { readonly [T in PhrasingContent['type']]: PhrasingHandler<T> } = {
  anchor,
  break: hardBreak,
  cite,
  defListTerm: definitionTerm,
  delete: strikethrough,
  emphasis,
  footnoteReference,
  html: htmlPhrasing,
  image,
  imageReference,
  inlineCode,
  inlineMath,
  link,
  linkReference,
  script,
  strong,
  text,
};
