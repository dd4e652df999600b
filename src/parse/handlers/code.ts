// A fenced or indented code block, kept verbatim with its language; a
// ```math fence is display math, as GitHub and GitLab render it.
import { displayMath } from './math.ts';
import type { FlowHandler } from './types.ts';

export const code: FlowHandler<'code'> = (node) =>
  node.lang === 'math' ? displayMath(node.value) : [{ type: 'code', lang: node.lang ?? null, value: node.value }];
