// A thematic break (`***`), a section break in print.
import type { FlowHandler } from './types.ts';

export const thematicBreak: FlowHandler<'thematicBreak'> = () => [{ type: 'thematicBreak' }];
