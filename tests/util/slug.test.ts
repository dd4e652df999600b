// Heading ids: what a reader's `#link` and the PDF's destinations are named.
import { describe, expect, it } from 'vitest';
import { Slugger } from '../../src/util/slug.ts';

describe('Slugger.slug', () => {
  it('makes GitHub-style ASCII slugs, accents folded', () => {
    const slugger = new Slugger();
    expect(slugger.slug('Über die Brücke: a Story')).toBe('uber-die-brucke-a-story');
  });

  it('numbers a repeated heading so each id is unique', () => {
    const slugger = new Slugger();
    expect([slugger.slug('Notes'), slugger.slug('Notes'), slugger.slug('Notes')]).toEqual(['notes', 'notes-1', 'notes-2']);
  });

  it('gives an XML-valid id to a heading that starts with a digit or has no ASCII letter', () => {
    const slugger = new Slugger();
    expect(slugger.slug('1984 revisited')).toBe('h-1984-revisited');
    expect(slugger.slug('第一章')).toBe('section');
    expect(slugger.slug('第二章')).toBe('section-1');
  });
});

describe('Slugger.claim', () => {
  it('takes an id written by the author, once', () => {
    const slugger = new Slugger();
    expect(slugger.claim('intro')).toEqual({ id: 'intro' });
    expect(slugger.claim('intro')).toEqual({ reason: 'an earlier heading has that id' });
  });

  it('refuses an id that is not a valid XML id', () => {
    expect(new Slugger().claim('2nd')).toHaveProperty('reason');
    expect(new Slugger().claim('a b')).toHaveProperty('reason');
  });

  it('makes an automatic slug avoid an id the author claimed', () => {
    const slugger = new Slugger();
    slugger.claim('results');
    expect(slugger.slug('Results')).toBe('results-1');
  });
});
