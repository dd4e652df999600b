// GitHub's emoji shortcodes (`:tada:`, `:+1:`), as GitHub and Pandoc's gfm
// reader print them: the emoji, from GitHub's own list (gemoji). A name not on
// it (`:ref:`, `10:30:45`) stays as written; code is never touched. The text
// node keeps its place in the manuscript, so warnings still point at it.
import { nameToEmoji } from 'gemoji';
import type { Root } from 'mdast';
import { eachNode } from './each-node.ts';

const SHORTCODE = /:(\+1|-1|[\w-]+):/gu;

export function withEmojiShortcodes(root: Root): Root {
  eachNode(root, (node) => {
    if (node.type !== 'text' || !node.value.includes(':')) return;
    node.value = node.value.replace(SHORTCODE, (written, name: string) => nameToEmoji[name] ?? written);
  });
  return root;
}
