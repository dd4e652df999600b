// CSL positions worked out for the whole document (what citeproc would track).
import { describe, expect, it } from 'vitest';
import { POSITION, positions, type ClusterForPosition } from '../../src/cite/positions.ts';

const { first, subsequent, ibid, ibidWithLocator } = POSITION;

function of(clusters: ClusterForPosition[]): string[][] {
  return positions(clusters, 5).map((cites) =>
    cites.map((c) => `${c.position}${c.firstNote === undefined ? '' : ` from ${c.firstNote}`}${c.nearNote ? ' near' : ''}`),
  );
}

describe('positions', () => {
  it('gives the first citation, then ibid. for the next note, with its own locator when it differs', () => {
    expect(of([
      { noteIndex: 1, items: [{ id: 'a' }] },
      { noteIndex: 2, items: [{ id: 'a' }] },
      { noteIndex: 3, items: [{ id: 'a', locator: '5', label: 'page' }] },
      { noteIndex: 4, items: [{ id: 'a', locator: '5', label: 'page' }] },
      { noteIndex: 5, items: [{ id: 'a' }] },
    ])).toEqual([[`${first}`], [`${ibid} from 1 near`], [`${ibidWithLocator} from 1 near`], [`${ibid} from 1 near`], [`${subsequent} from 1 near`]]);
  });

  it('is no ibid. after a note citing something else, or a gap of a note, and far after more than five notes', () => {
    expect(of([
      { noteIndex: 1, items: [{ id: 'a' }] },
      { noteIndex: 2, items: [{ id: 'b' }] },
      { noteIndex: 3, items: [{ id: 'a' }] },
      { noteIndex: 5, items: [{ id: 'a' }] },
      { noteIndex: 11, items: [{ id: 'a' }] },
    ])).toEqual([[`${first}`], [`${first}`], [`${subsequent} from 1 near`], [`${subsequent} from 1 near`], [`${subsequent} from 1`]]);
  });

  it('looks back within a citation, and not past a note holding several citations', () => {
    expect(of([
      { noteIndex: 1, items: [{ id: 'a' }, { id: 'a', locator: '2', label: 'page' }] },
      { noteIndex: 2, items: [{ id: 'b' }] },
      { noteIndex: 2, items: [{ id: 'b' }] },
      { noteIndex: 3, items: [{ id: 'b' }] },
    ])).toEqual([[`${first}`, `${ibidWithLocator} near`], [`${first}`], [`${ibid} near`], [`${subsequent} from 2 near`]]);
  });
});
