// The parse stage's one handler shape, `(node, ctx)`, as the PDF's and the
// EPUB's (pdf/layout/blocks/types.ts): flow content becomes Blocks, phrasing
// content becomes Inlines.
import type { BlockContent, DefinitionContent, PhrasingContent, Yaml } from 'mdast';
import type { Block, Inline } from '../../document.ts';
import type { ParseContext } from '../context.ts';

export type FlowNode = BlockContent | DefinitionContent | Yaml;

export type FlowHandler<T extends FlowNode['type']> = (node: Extract<FlowNode, { type: T }>, ctx: ParseContext) => Block[];

export type PhrasingHandler<T extends PhrasingContent['type']> = (node: Extract<PhrasingContent, { type: T }>, ctx: ParseContext) => Inline[];
