// A reference-style link (`[text][ref]`): as a link, once its definition is found.
import { linkTo } from './link.ts';
import type { PhrasingHandler } from './types.ts';

export const linkReference: PhrasingHandler<'linkReference'> = (node, ctx) => {
  const definition = ctx.definition(node.identifier);
  if (!definition) return [{ type: 'text', value: ctx.source(node) }];
  return linkTo(node, ctx, ctx.phrasing(node.children), definition.url, definition.title);
};
