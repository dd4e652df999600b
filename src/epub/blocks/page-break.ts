// The writer's page break: an empty division the stylesheet breaks the page
// before (`break-before: page`), which reading systems that paginate honour.
import { h } from '../hast.ts';
import type { BlockHandler } from './types.ts';

export const pageBreak: BlockHandler<'pageBreak'> = () => [h('div', { className: ['page-break'] })];
