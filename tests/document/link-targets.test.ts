// Which anchor a `#fragment` link reaches: the id it names, percent-decoded;
// else an id differing only in case (GitHub's page finds those); else a
// heading by the id Pandoc's own Markdown reader gives it.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/document.ts';
import { decodeFragment, LinkTargets } from '../../src/document/link-targets.ts';
import { heading, item, list, para, quote } from '../helpers/build-doc.ts';

describe('decodeFragment', () => {
  it('percent-decodes as the author means it, in NFC', () => {
    expect(decodeFragment('m%C3%A9ta')).toBe('méta');
    expect(decodeFragment('me\u0301ta')).toBe('méta');
    expect(decodeFragment('%D0%B3%D1%80%D0%B0%D0%BC%D0%BC%D0%B0%D1%82%D0%B8%D0%BA%D0%B0')).toBe('грамматика');
  });

  it('keeps a fragment that does not decode as written', () => {
    expect(decodeFragment('100%')).toBe('100%');
  });
});

describe('LinkTargets', () => {
  it('finds the anchors at any depth: in quotes, in list items, in a quote in an item', () => {
    const blocks: Block[] = [
      heading(1, 'Intro', 'intro'),
      quote(heading(2, 'Quoted', 'quoted')),
      list(true, [{ ...item(quote(heading(2, 'Deep', 'deep'))), id: 'item' }]),
      para('text'),
    ];
    const targets = new LinkTargets(blocks);
    expect(['intro', 'quoted', 'deep', 'item', 'text'].map((id) => targets.resolve(id))).toEqual(['intro', 'quoted', 'deep', 'item', undefined]);
  });

  it('matches an id by its percent-encoded form', () => {
    const targets = new LinkTargets([heading(2, 'Méta', 'méta'), heading(2, 'Грамматика', 'грамматика')]);
    expect(targets.resolve('m%C3%A9ta')).toBe('méta');
    expect(targets.resolve('%D0%B3%D1%80%D0%B0%D0%BC%D0%BC%D0%B0%D1%82%D0%B8%D0%BA%D0%B0')).toBe('грамматика');
  });

  it('takes an id that differs only in case when none matches exactly', () => {
    const targets = new LinkTargets([heading(2, 'Podstawy', 'podstawy'), heading(2, 'Codzienny użytek', 'codzienny-użytek')]);
    expect(targets.resolve('Podstawy')).toBe('podstawy');
    expect(targets.resolve('Codzienny-u%C5%BCytek')).toBe('codzienny-użytek');
  });

  it('prefers the exact id to one differing in case', () => {
    const targets = new LinkTargets([heading(2, 'API', 'API'), heading(2, 'api', 'api')]);
    expect(targets.resolve('api')).toBe('api');
    expect(targets.resolve('API')).toBe('API');
  });

  it('finds a heading by the id Pandoc gives it, repeats numbered as Pandoc numbers them', () => {
    const targets = new LinkTargets([heading(2, '1. Introduction', '1-introduction'), heading(2, 'Notes', 'notes'), heading(2, 'Notes', 'notes-1')]);
    expect(targets.resolve('introduction')).toBe('1-introduction');
    expect(targets.resolve('notes-1')).toBe('notes-1');
  });
});
