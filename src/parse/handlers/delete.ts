// GFM strikethrough (`~~text~~`, or `~text~`). Pandoc reads `~text~` with no
// space inside as a subscript (`H~2~O`), GitHub as strikethrough: where the
// text has Unicode subscript characters (digits, signs, a e o x), it is set in
// them, as HTML's <sub> is; otherwise (`~draft~`) it stays GitHub's
// strikethrough, the reading of most Markdown in the wild.
import { inScript } from './html-script.ts';
import type { PhrasingHandler } from './types.ts';

export const strikethrough: PhrasingHandler<'delete'> = (node, ctx) => {
  const [only] = node.children;
  if (node.children.length === 1 && only?.type === 'text' && /^~[^~]/u.test(ctx.source(node)) && !/\s/u.test(only.value)) {
    const shifted = inScript(only.value, 'sub');
    if (shifted !== null) return [{ type: 'text', value: shifted }];
  }
  return [{ type: 'delete', children: ctx.phrasing(node.children) }];
};
