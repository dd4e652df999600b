// A hard line break (two spaces or a backslash at a line's end).
import type { PhrasingHandler } from './types.ts';

export const hardBreak: PhrasingHandler<'break'> = () => [{ type: 'break' }];
