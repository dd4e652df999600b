// One handler per mdast node type, in two typed maps: flow content becomes
// Blocks, phrasing content becomes Inlines. `html` can be either, so it has one
// handler for each place it can appear.
import type { BlockContent, DefinitionContent, PhrasingContent, Yaml } from 'mdast';
import type { Block, Inline } from '../../document.ts';
import type { State } from '../state.ts';
import { blockquote } from './blockquote.ts';
import { hardBreak } from './break.ts';
import { cite } from './cite.ts';
import { code } from './code.ts';
import { definition } from './definition.ts';
import { strikethrough } from './delete.ts';
import { emphasis } from './emphasis.ts';
import { footnoteDefinition } from './footnote-definition.ts';
import { footnoteReference } from './footnote-reference.ts';
import { heading } from './heading.ts';
import { htmlFlow, htmlPhrasing } from './html.ts';
import { image } from './image.ts';
import { imageReference } from './image-reference.ts';
import { inlineCode } from './inline-code.ts';
import { link } from './link.ts';
import { linkReference } from './link-reference.ts';
import { list } from './list.ts';
import { paragraph } from './paragraph.ts';
import { strong } from './strong.ts';
import { table } from './table.ts';
import { text } from './text.ts';
import { thematicBreak } from './thematic-break.ts';
import { yaml } from './yaml.ts';

export type FlowNode = BlockContent | DefinitionContent | Yaml;

export type FlowHandler<N extends FlowNode> = (state: State, node: N) => Block[];
export type PhrasingHandler<N extends PhrasingContent> = (state: State, node: N) => Inline[];

type FlowHandlers = { readonly [T in FlowNode['type']]: FlowHandler<Extract<FlowNode, { type: T }>> };
type PhrasingHandlers = { readonly [T in PhrasingContent['type']]: PhrasingHandler<Extract<PhrasingContent, { type: T }>> };

export const flowHandlers: FlowHandlers = {
  blockquote,
  code,
  definition,
  footnoteDefinition,
  heading,
  html: htmlFlow,
  list,
  paragraph,
  table,
  thematicBreak,
  yaml,
};

export const phrasingHandlers: PhrasingHandlers = {
  break: hardBreak,
  cite,
  delete: strikethrough,
  emphasis,
  footnoteReference,
  html: htmlPhrasing,
  image,
  imageReference,
  inlineCode,
  link,
  linkReference,
  strong,
  text,
};
