// A list's item (read by the list handler, never dispatched alone): its task
// box and its flow content.
import type { ListItem as MdastListItem } from 'mdast';
import type { ListItem } from '../../document.ts';
import type { ParseContext } from '../context.ts';

export function listItem(node: MdastListItem, ctx: ParseContext): ListItem {
  return { checked: node.checked ?? null, children: ctx.flow(node.children) };
}
