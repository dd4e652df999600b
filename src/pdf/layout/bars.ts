// An alert's bar runs down beside all of its boxes, across the gaps between
// them, which only pagination fixes (glue vanishes at a page break, and
// vertical justification widens it). Each box carries a piece of the bar; once
// a page is composed, the pieces of one bar on it become one rectangle from the
// first piece's top to the last one's foot.
import type { PageItem, PlacedRule } from '../page-model.ts';

/** The page's items with each bar's pieces joined into one rule, where its first piece was. */
export function joinBars(items: readonly PageItem[]): PageItem[] {
  const extent = new Map<number, { top: number; bottom: number }>();
  for (const item of items) {
    if (item.kind !== 'rule' || item.bar === undefined) continue;
    const seen = extent.get(item.bar);
    const bottom = item.y + item.thickness;
    extent.set(item.bar, seen === undefined ? { top: item.y, bottom } : { top: Math.min(seen.top, item.y), bottom: Math.max(seen.bottom, bottom) });
  }
  if (extent.size === 0) return [...items];
  const placed = new Set<number>();
  return items.flatMap((item): PageItem[] => {
    if (item.kind !== 'rule' || item.bar === undefined) return [item];
    if (placed.has(item.bar)) return [];
    placed.add(item.bar);
    const { top, bottom } = extent.get(item.bar) ?? { top: item.y, bottom: item.y + item.thickness };
    const joined: PlacedRule = { ...item, y: top, thickness: bottom - top };
    return [joined];
  });
}
