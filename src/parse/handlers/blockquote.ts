// A block quote: its content is flow content like the body's. One that opens
// with a GitHub alert marker (`[!NOTE]`, parse/alert.ts) is a callout instead.
import { readAlert } from '../alert.ts';
import type { FlowHandler } from './types.ts';

export const blockquote: FlowHandler<'blockquote'> = (node, ctx) => {
  const alert = readAlert(node);
  if (alert !== null) return [{ type: 'callout', kind: alert.kind, children: ctx.flow(alert.children) }];
  return [{ type: 'blockquote', children: ctx.flow(node.children) }];
};
