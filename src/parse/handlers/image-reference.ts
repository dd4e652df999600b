// A reference-style image (`![alt][ref]`): as an image, once its definition is found.
import { isRemote } from '../image-file.ts';
import { altInlines, remoteImage } from './image.ts';
import type { PhrasingHandler } from './types.ts';

export const imageReference: PhrasingHandler<'imageReference'> = (node, ctx) => {
  const definition = ctx.definition(node.identifier);
  if (!definition) return [{ type: 'text', value: ctx.source(node) }];
  if (isRemote(definition.url)) return remoteImage(node, ctx, definition.url);
  const ref = ctx.image(node, definition.url, node.alt ?? '', definition.title);
  return ref ? [{ type: 'image', image: ref }] : altInlines(node, ctx);
};
