// Front matter becomes Document.metadata (read before the body), not a block.
import type { FlowHandler } from './types.ts';

export const yaml: FlowHandler<'yaml'> = () => [];
