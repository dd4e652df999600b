// What a box's keeps bind it to: the boxes that must go on its page with it,
// which a page must find room for before it splits a note to make that room.
import type { FlowBox, FlowItem } from './flow.ts';

/**
 * The boxes that must stay with box k (it and the ones its keeps bind to the
 * next allowed break): the index of the last and their height beyond box k.
 * Null if they cite notes of their own (not yet `set`) or could never fit.
 */
export function keepChain(
  flow: readonly FlowItem[],
  k: number,
  notes: ReadonlyMap<number, readonly FlowBox[]>,
  set: (note: number) => boolean,
  height: number,
  keeps: (box: FlowBox) => boolean,
): { end: number; extra: number } | null {
  let end = k;
  let extra = 0;
  let pending = 0;
  let current = flow[k];
  while (current?.kind === 'box' && keeps(current)) {
    let j = end + 1;
    for (; flow[j]?.kind === 'glue'; j++) pending += flow[j]?.height ?? 0;
    const following = flow[j];
    if (following === undefined || following.kind !== 'box') break;
    if (following.noteRefs.some((n) => notes.has(n) && !set(n))) return null;
    extra += pending + following.height;
    pending = 0;
    if (extra > height) return null;
    end = j;
    current = following;
  }
  return { end, extra };
}
