// A section break: <hr>, drawn by the stylesheet.
import { h } from '../hast.ts';
import type { BlockHandler } from './types.ts';

export const thematicBreak: BlockHandler<'thematicBreak'> = () => [h('hr')];
