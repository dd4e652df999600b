// A block quote: its content is flow content like the body's. One that opens
// with a GitHub alert marker (`[!NOTE]`, parse/alert.ts) or an Obsidian
// callout's (`[!tip] Title`, parse/obsidian-callouts.ts) is a callout instead.
import { readCallout } from '../obsidian-callouts.ts';
import type { FlowHandler } from './types.ts';

export const blockquote: FlowHandler<'blockquote'> = (node, ctx) => {
  const alert = readCallout(node);
  if (alert !== null) return [{ type: 'callout', kind: alert.kind, children: ctx.flow(alert.children) }];
  return [{ type: 'blockquote', children: ctx.flow(node.children) }];
};
