// A note's body leaves the flow wherever it was written (even inside a quote
// or list): it becomes Document.notes when first cited (see ParseContext.cite).
import type { FlowHandler } from './types.ts';

export const footnoteDefinition: FlowHandler<'footnoteDefinition'> = () => [];
