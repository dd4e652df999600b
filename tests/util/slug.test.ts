// Heading ids: what a reader's `#link` and the PDF's destinations are named,
// as GitHub names them (github-slugger), and the ids Pandoc's reader gives.
import { describe, expect, it } from 'vitest';
import { pandocIdentifier, Slugger } from '../../src/util/slug.ts';

describe('Slugger.slug', () => {
  it('makes the slugs GitHub makes: letters of every script kept, lowercased, punctuation dropped', () => {
    const slugger = new Slugger();
    expect(slugger.slug('Über die Brücke: a Story')).toBe('über-die-brücke-a-story');
    expect(slugger.slug('Méta')).toBe('méta');
    expect(slugger.slug('Грамматика')).toBe('грамматика');
    expect(slugger.slug('Traitement des fichiers et des données')).toBe('traitement-des-fichiers-et-des-données');
    expect(slugger.slug('C++ & Rust')).toBe('c--rust');
    expect(slugger.slug('🚀 Launch')).toBe('-launch');
  });

  it('keeps a leading digit, as GitHub does', () => {
    expect(new Slugger().slug('1984 revisited')).toBe('1984-revisited');
    expect(new Slugger().slug('第一章')).toBe('第一章');
  });

  it('names a heading with nothing left as Pandoc does', () => {
    const slugger = new Slugger();
    expect([slugger.slug('???'), slugger.slug('!!!')]).toEqual(['section', 'section-1']);
  });

  it('reads decomposed accents as their precomposed letters', () => {
    expect(new Slugger().slug('Me\u0301ta')).toBe('méta');
  });

  it('numbers a repeated heading so each id is unique', () => {
    const slugger = new Slugger();
    expect([slugger.slug('Notes'), slugger.slug('Notes'), slugger.slug('Notes')]).toEqual(['notes', 'notes-1', 'notes-2']);
  });
});

describe('Slugger.claim', () => {
  it('takes an id written by the author, once', () => {
    const slugger = new Slugger();
    expect(slugger.claim('intro')).toEqual({ id: 'intro' });
    expect(slugger.claim('intro')).toEqual({ reason: 'an earlier heading or anchor has that id' });
  });

  it('takes letters of any script and a leading digit', () => {
    expect(new Slugger().claim('2nd')).toEqual({ id: '2nd' });
    expect(new Slugger().claim('ngôn-ngữ')).toEqual({ id: 'ngôn-ngữ' });
  });

  it('refuses an id with spaces or characters a link would have to escape', () => {
    expect(new Slugger().claim('a b')).toHaveProperty('reason');
    expect(new Slugger().claim('a#b')).toHaveProperty('reason');
    expect(new Slugger().claim('50%')).toHaveProperty('reason');
  });

  it('makes an automatic slug avoid an id the author claimed', () => {
    const slugger = new Slugger();
    slugger.claim('results');
    expect(slugger.slug('Results')).toBe('results-1');
  });
});

describe('pandocIdentifier', () => {
  it('drops what comes before the first letter and keeps periods', () => {
    expect(pandocIdentifier('1. Introduction')).toBe('introduction');
    expect(pandocIdentifier('Version 2.0  notes')).toBe('version-2.0-notes');
    expect(pandocIdentifier('Méta')).toBe('méta');
    expect(pandocIdentifier('2024')).toBe('section');
  });
});
