// A bulleted, numbered or task list, with where its numbers start.
import { listItem } from './list-item.ts';
import type { FlowHandler } from './types.ts';

export const list: FlowHandler<'list'> = (node, ctx) => [
    {
      type: 'list',
      ordered: node.ordered ?? false,
      start: node.start ?? 1,
      spread: node.spread ?? false,
      items: node.children.map((item) => listItem(item, ctx)),
    },
  ];
