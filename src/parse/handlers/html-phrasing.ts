// Which Markdown nodes the HTML reader's output holds inline: they run on into
// one paragraph, where the others stand as blocks of their own.
import type { PhrasingContent, RootContent } from 'mdast';

const PHRASING = new Set(['anchor', 'text', 'emphasis', 'strong', 'delete', 'script', 'inlineCode', 'break', 'link', 'image', 'linkReference', 'imageReference', 'html', 'footnoteReference']);

export function isPhrasing(node: RootContent): node is PhrasingContent {
  return PHRASING.has(node.type);
}
