// A fenced or indented code block, kept verbatim with its language.
import type { FlowHandler } from './types.ts';

export const code: FlowHandler<'code'> = (node) => [{ type: 'code', lang: node.lang ?? null, value: node.value }];
