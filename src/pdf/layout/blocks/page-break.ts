import { box } from '../flow.ts';
import type { BlockHandler } from './types.ts';

/** The writer's page break: an empty box pagination ends the page before (page-fill.ts). */
export const pageBreak: BlockHandler<'pageBreak'> = () => ({ items: [box({ height: 0, items: [], pageBreak: true })], spaceBefore: 0, spaceAfter: 0 });
