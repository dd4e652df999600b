// A link reference definition prints nothing itself: references resolve
// through it (see ParseContext.definition).
import type { FlowHandler } from './types.ts';

export const definition: FlowHandler<'definition'> = () => [];
