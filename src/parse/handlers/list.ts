// A bulleted, numbered or task list, with where its numbers start and how
// they are written (Pandoc's `a.`, `(iv)`: see parse/fancy-lists.ts).
import { listItem } from './list-item.ts';
import type { FlowHandler } from './types.ts';

export const list: FlowHandler<'list'> = (node, ctx) => {
  const numbering = node.ordered === true ? node.data?.numbering : undefined;
  return [
    {
      type: 'list',
      ordered: node.ordered ?? false,
      start: node.start ?? 1,
      // Only what differs from `1.` is written down, so a plain list reads as before.
      ...(numbering !== undefined && numbering.style !== 'decimal' ? { style: numbering.style } : {}),
      ...(numbering !== undefined && numbering.delimiter !== 'period' ? { delimiter: numbering.delimiter } : {}),
      // Loose, as CommonMark has it, when blank lines part its items or the blocks of any one item (mdast's item
      // `spread`): a tight list's paragraphs run together in the EPUB, where they are written without <p>.
      spread: (node.spread ?? false) || node.children.some((item) => item.spread === true),
      items: node.children.map((item) => listItem(item, ctx)),
    },
  ];
};
