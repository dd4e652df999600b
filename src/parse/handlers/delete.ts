// GFM strikethrough (`~~text~~`, or `~text~`). Pandoc reads `~text~` with no
// space inside as a subscript (`H~2~O`): so does Galley, in the Unicode
// subscript characters that exist, as it sets HTML's <sub>; a single-tilde
// span with a space in it is GitHub's strikethrough.
import { inScript } from './html-script.ts';
import type { PhrasingHandler } from './types.ts';

export const strikethrough: PhrasingHandler<'delete'> = (node, ctx) => {
  const [only] = node.children;
  const source = ctx.source(node);
  if (node.children.length === 1 && only?.type === 'text' && /^~[^~]/u.test(source) && !/\s/u.test(only.value)) {
    const shifted = inScript(only.value, 'sub');
    if (shifted !== null) return [{ type: 'text', value: shifted }];
    ctx.warning(node, `subscript "~${only.value}~" has no Unicode subscript characters; it is set as normal text`);
    return [{ type: 'text', value: only.value }];
  }
  return [{ type: 'delete', children: ctx.phrasing(node.children) }];
};
