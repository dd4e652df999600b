// Global, order-aware alignment of two word sequences (the manuscript's and the
// text layer's), as patience diff does it: anchor on words that occur equally
// often on both sides, keep the longest run of anchors in order on both, recurse
// between anchors, and settle what is left with an exact LCS when it is small.
// Memory stays linear in the text; the LCS table is bounded by MAX_CELLS.

/** Matched index pairs [expected, layer], increasing on both sides. */
export type Pairs = Array<readonly [number, number]>;

// An exact LCS is used on a gap of at most this many cells (expected × layer units).
const MAX_CELLS = 4_000_000;

/** Indices (into `pairs`) of a longest run increasing on the second index (patience sorting). */
function longestIncreasing(pairs: ReadonlyArray<readonly [number, number]>): number[] {
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length).fill(-1);
  for (let i = 0; i < pairs.length; i++) {
    const value = (pairs[i] as readonly [number, number])[1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((pairs[tails[mid] as number] as readonly [number, number])[1] < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1] as number;
    tails[lo] = i;
  }
  const run: number[] = [];
  for (let i = tails.length > 0 ? (tails[tails.length - 1] as number) : -1; i !== -1; i = previous[i] as number) run.push(i);
  return run.reverse();
}

/**
 * Anchors between a[a0, a1) and b[b0, b1): the k-th occurrence of a word in `a`
 * paired with its k-th occurrence in `b`, for every word that occurs once on
 * both sides (`unique`, as patience diff proper) or equally often; then the
 * longest run in order.
 */
function anchors(a: readonly string[], a0: number, a1: number, b: readonly string[], b0: number, b1: number, unique: boolean): Pairs {
  const counts = new Map<string, [number, number]>();
  for (let i = a0; i < a1; i++) {
    const c = counts.get(a[i] as string);
    if (c === undefined) counts.set(a[i] as string, [1, 0]);
    else c[0]++;
  }
  for (let j = b0; j < b1; j++) {
    const c = counts.get(b[j] as string);
    if (c !== undefined) c[1]++;
  }
  const positions = new Map<string, number[]>();
  for (let j = b0; j < b1; j++) {
    const c = counts.get(b[j] as string);
    if (c === undefined || c[0] !== c[1] || (unique && c[0] !== 1)) continue;
    const list = positions.get(b[j] as string);
    if (list === undefined) positions.set(b[j] as string, [j]);
    else list.push(j);
  }
  const seen = new Map<string, number>();
  const candidates: Array<readonly [number, number]> = [];
  for (let i = a0; i < a1; i++) {
    const list = positions.get(a[i] as string);
    if (list === undefined) continue;
    const k = seen.get(a[i] as string) ?? 0;
    seen.set(a[i] as string, k + 1);
    candidates.push([i, list[k] as number]);
  }
  return longestIncreasing(candidates).map((i) => candidates[i] as readonly [number, number]);
}

/** Exact longest common subsequence of two small ranges. */
function lcs(a: readonly string[], a0: number, a1: number, b: readonly string[], b0: number, b1: number, out: Pairs): void {
  const n = a1 - a0;
  const m = b1 - b0;
  const table = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const at = i * (m + 1) + j;
      table[at] = a[a0 + i] === b[b0 + j] ? (table[at + m + 2] as number) + 1 : Math.max(table[at + m + 1] as number, table[at + 1] as number);
    }
  }
  for (let i = 0, j = 0; i < n && j < m; ) {
    const at = i * (m + 1) + j;
    if (a[a0 + i] === b[b0 + j]) out.push([a0 + i++, b0 + j++]);
    else if ((table[at + m + 1] as number) >= (table[at + 1] as number)) i++;
    else j++;
  }
}

/** In-order matching without lookahead limit, for gaps too large for an exact LCS and without anchors (rare). */
function greedy(a: readonly string[], a0: number, a1: number, b: readonly string[], b0: number, b1: number, out: Pairs): void {
  const next = new Map<string, number[]>();
  for (let j = b1 - 1; j >= b0; j--) {
    const list = next.get(b[j] as string);
    if (list === undefined) next.set(b[j] as string, [j]);
    else list.push(j);
  }
  let j = b0;
  for (let i = a0; i < a1; i++) {
    const list = next.get(a[i] as string);
    while (list !== undefined && list.length > 0 && (list[list.length - 1] as number) < j) list.pop();
    const at = list?.pop();
    if (at !== undefined) {
      out.push([i, at]);
      j = at + 1;
    }
  }
}

type Task = { readonly range: readonly [number, number, number, number] } | { readonly pairs: Pairs };

/** Aligns `expected` against `layer`: the pairs of equal words, in order on both sides. */
export function align(expected: readonly string[], layer: readonly string[]): Pairs {
  const out: Pairs = [];
  // Tasks run left to right (the stack holds them in reverse), so `out` stays sorted.
  const stack: Task[] = [{ range: [0, expected.length, 0, layer.length] }];
  while (stack.length > 0) {
    const task = stack.pop() as Task;
    if ('pairs' in task) {
      out.push(...task.pairs);
      continue;
    }
    let [a0, a1, b0, b1] = task.range;
    while (a0 < a1 && b0 < b1 && expected[a0] === layer[b0]) out.push([a0++, b0++]);
    const suffix: Pairs = [];
    while (a0 < a1 && b0 < b1 && expected[a1 - 1] === layer[b1 - 1]) suffix.unshift([--a1, --b1]);
    // Words once on each side first: a word as often on both sides may still stand
    // in other places (a code name split at a line end in one, glued in the other),
    // and pairing its k-th occurrences then ties a passage to the wrong one.
    // Equal counts serve a range where no word is unique (a repetitive text).
    const within = a0 < a1 && b0 < b1;
    const unique = within ? anchors(expected, a0, a1, layer, b0, b1, true) : [];
    const found = unique.length > 0 || !within ? unique : anchors(expected, a0, a1, layer, b0, b1, false);
    if (found.length > 0) {
      const tasks: Task[] = [];
      let [pa, pb] = [a0, b0];
      for (const [i, j] of found) {
        tasks.push({ range: [pa, i, pb, j] }, { pairs: [[i, j]] });
        [pa, pb] = [i + 1, j + 1];
      }
      tasks.push({ range: [pa, a1, pb, b1] }, { pairs: suffix });
      for (let k = tasks.length - 1; k >= 0; k--) stack.push(tasks[k] as Task);
      continue;
    }
    if (a0 < a1 && b0 < b1) {
      if ((a1 - a0) * (b1 - b0) <= MAX_CELLS) lcs(expected, a0, a1, layer, b0, b1, out);
      else greedy(expected, a0, a1, layer, b0, b1, out);
    }
    out.push(...suffix);
  }
  return out;
}
