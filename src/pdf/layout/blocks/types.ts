import type { Block } from '../../../document.ts';
import type { LayoutContext } from '../context.ts';
import type { FlowItem } from '../flow.ts';

/** A block's flow and the space it wants around it (collapsed with its neighbours'). */
export interface BlockLayout {
  readonly items: readonly FlowItem[];
  readonly spaceBefore: number;
  readonly spaceAfter: number;
}

export type BlockHandler<T extends Block['type']> = (block: Extract<Block, { type: T }>, ctx: LayoutContext) => BlockLayout;
