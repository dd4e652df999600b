// CSL cite positions (CSL 1.0.2, "position" condition), worked out for the
// whole document in one pass. citeproc-js can track them itself, but its
// document-order processing re-renders earlier citations of the same source
// at every new one: 560 citations took 10 s. With positions given, each
// citation is rendered once.

/** citeproc-js's numbering of positions. */
export const POSITION = { first: 0, subsequent: 1, ibid: 2, ibidWithLocator: 3 } as const;

export interface PositionedCite {
  readonly position: (typeof POSITION)[keyof typeof POSITION];
  /** Note number of the source's first citation (for later citations). */
  readonly firstNote?: number;
  /** A later citation within `near-note-distance` notes of the previous one of the same source. */
  readonly nearNote: boolean;
}

export interface CiteForPosition {
  readonly id: string;
  readonly locator?: string;
  readonly label?: string;
}

export interface ClusterForPosition {
  readonly items: readonly CiteForPosition[];
  /** 0 when citations are not in notes (an in-text style). */
  readonly noteIndex: number;
}

/**
 * Positions of every cite of every cluster, clusters in document order. The
 * ibid rules follow citeproc-js: the cite before in the same citation, or the
 * first cite of the previous citation when that is alone in its note and the
 * note is this one or the one before.
 */
export function positions(clusters: readonly ClusterForPosition[], nearNoteDistance: number): PositionedCite[][] {
  const firstNote = new Map<string, number>();
  const lastNote = new Map<string, number>();
  const citationsInNote = new Map<number, number>();
  for (const cluster of clusters) citationsInNote.set(cluster.noteIndex, (citationsInNote.get(cluster.noteIndex) ?? 0) + 1);
  let previous: ClusterForPosition | undefined;
  return clusters.map((cluster) => {
    const { noteIndex } = cluster;
    const result = cluster.items.map((cite, k): PositionedCite => {
      const first = firstNote.get(cite.id);
      if (first === undefined) {
        firstNote.set(cite.id, noteIndex);
        lastNote.set(cite.id, noteIndex);
        return { position: POSITION.first, nearNote: false };
      }
      const before = k > 0 ? cluster.items[k - 1] : citeBefore(previous, noteIndex, citationsInNote);
      const position = before?.id === cite.id ? ibid(before, cite) : POSITION.subsequent;
      const last = lastNote.get(cite.id) ?? 0;
      lastNote.set(cite.id, noteIndex);
      return {
        position,
        ...(first === noteIndex ? {} : { firstNote: first }),
        nearNote: noteIndex === 0 || noteIndex - last <= nearNoteDistance,
      };
    });
    previous = cluster;
    return result;
  });
}

/** The cite an ibid. would point back to from the start of a citation in note `noteIndex`. */
function citeBefore(previous: ClusterForPosition | undefined, noteIndex: number, citationsInNote: ReadonlyMap<number, number>): CiteForPosition | undefined {
  if (previous === undefined) return undefined;
  // In the same note (or with no notes at all), the citation just before.
  if (previous.noteIndex === noteIndex) return previous.items[previous.items.length - 1];
  const adjacent = previous.noteIndex >= noteIndex - 1;
  const alone = citationsInNote.get(previous.noteIndex) === 1;
  return adjacent && alone ? previous.items[0] : undefined;
}

/** Ibid., with or without its own locator; a cite without a locator after one with a locator is only subsequent. */
function ibid(before: CiteForPosition, cite: CiteForPosition): PositionedCite['position'] {
  const previousLocator = before.locator === undefined ? undefined : `${before.locator}${before.label ?? ''}`;
  const locator = cite.locator === undefined ? undefined : `${cite.locator}${cite.label ?? ''}`;
  if (previousLocator !== undefined && locator === undefined) return POSITION.subsequent;
  if (locator !== undefined && locator !== previousLocator) return POSITION.ibidWithLocator;
  return POSITION.ibid;
}
