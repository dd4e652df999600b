// A book's chapters share one PDF and one EPUB: each chapter's anchors get
// its own prefix, links between chapters are resolved to those anchors, and
// a link to a heading that does not exist is dropped with a located warning.
import { describe, expect, it } from 'vitest';
import type { Block, Document } from '../../src/document.ts';
import { anchorsOf, checkCrossReferences, chapterId, prefixAnchors, XREF_SCHEME } from '../../src/book/anchors.ts';
import type { CrossReference } from '../../src/book/anchors.ts';
import { heading, item, link, list, makeDocument, note, para, quote } from '../helpers/build-doc.ts';

const xref = (url: string, from = 1): CrossReference => ({ from, file: 'ch1.md', at: { line: 3, column: 5 }, url, written: url.replace(XREF_SCHEME, 'ch') });
const urlsOf = (blocks: readonly Block[]): string[] =>
  blocks.flatMap((b) => (b.type === 'paragraph' ? b.children.flatMap((i) => (i.type === 'link' ? [i.url] : [])) : []));

describe('anchorsOf', () => {
  it('finds the ids of headings and list items, inside quotes and lists too', () => {
    const itemWithId = { ...item(para('Smith 2020')), id: 'smith2020' };
    const blocks = [heading(1, 'Intro', 'intro'), quote(heading(2, 'Quoted', 'quoted')), list(false, [itemWithId])];
    const targets = anchorsOf(blocks);
    expect(['intro', 'quoted', 'smith2020', 'nowhere'].map((id) => targets.resolve(id))).toEqual(['intro', 'quoted', 'smith2020', undefined]);
  });
});

describe('checkCrossReferences', () => {
  const anchors = [anchorsOf([heading(1, 'Intro', 'intro')]), anchorsOf([heading(1, 'Harbours', 'harbours'), heading(2, 'Méta', 'méta')])];

  it('accepts links to a chapter or to an anchor it has', () => {
    expect(checkCrossReferences([xref(`${XREF_SCHEME}2`), xref(`${XREF_SCHEME}2#harbours`)], anchors).warnings).toEqual([]);
  });

  it('finds an anchor as a chapter’s own links find theirs: percent-decoded, or differing only in case', () => {
    const { reached, warnings } = checkCrossReferences([xref(`${XREF_SCHEME}2#m%C3%A9ta`), xref(`${XREF_SCHEME}2#Harbours`)], anchors);
    expect(warnings).toEqual([]);
    expect([...reached.values()]).toEqual(['méta', 'harbours']);
  });

  it('warns at the link about a missing anchor, showing it decoded, and marks it to be unlinked', () => {
    const { reached, warnings } = checkCrossReferences([xref(`${XREF_SCHEME}2#ships`), xref(`${XREF_SCHEME}2#m%C3%A1s`)], anchors);
    expect([...reached]).toEqual([[`${XREF_SCHEME}2#ships`, null], [`${XREF_SCHEME}2#m%C3%A1s`, null]]);
    expect(warnings).toMatchObject([{ severity: 'warning', file: 'ch1.md', line: 3, column: 5 }, { severity: 'warning' }]);
    expect(warnings[0]?.message).toMatch(/no heading, anchor or item with the id "ships"; its text is kept/u);
    expect(warnings[1]?.message).toMatch(/^link to "ch2#más" .* the id "más"/u);
  });
});

describe('prefixAnchors', () => {
  const doc: Document = makeDocument(
    [
      { type: 'heading', depth: 2, id: 'harbours', children: [{ type: 'anchor', id: 'ports' }, { type: 'text', value: 'Harbours' }] },
      para(link('#harbours', 'here'), link(`${XREF_SCHEME}1#intro`, 'there'), link(`${XREF_SCHEME}3`, 'chapter'), link(`${XREF_SCHEME}1#gone`, 'gone'), link('https://example.com', 'web')),
    ],
    [note(1, para(link('#harbours', 'in a note')))],
  );
  const prefixed = prefixAnchors(doc, 2, new Map([[`${XREF_SCHEME}1#gone`, null], [`${XREF_SCHEME}1#intro`, 'intro']]));

  it('prefixes the chapter’s ids and its own links to them, notes included', () => {
    expect(prefixed.blocks[0]).toMatchObject({ type: 'heading', id: 'c2-harbours', children: [{ type: 'anchor', id: 'c2-ports' }, { type: 'text' }] });
    expect(urlsOf(prefixed.blocks)[0]).toBe('#c2-harbours');
    expect(urlsOf(prefixed.notes[0]!.children)).toEqual(['#c2-harbours']);
  });

  it('points links to other chapters at their prefixed anchors or their opening, and leaves web links alone', () => {
    expect(urlsOf(prefixed.blocks).slice(1)).toEqual(['#c1-intro', `#${chapterId(3)}`, 'https://example.com']);
  });

  it('prefixes a figure’s id, and finds it as a target', () => {
    const figure: Block = { type: 'figure', image: { path: '/x.png', alt: '', mediaType: 'image/png', width: 1, height: 1 }, caption: [], id: 'fig:map' };
    expect(anchorsOf([figure]).resolve('fig:map')).toBe('fig:map');
    expect(prefixAnchors(makeDocument([figure]), 3, new Map()).blocks[0]).toMatchObject({ type: 'figure', id: 'c3-fig:map' });
  });

  it('drops a broken link but keeps its text', () => {
    const paragraph = prefixed.blocks[1];
    expect(paragraph?.type === 'paragraph' && paragraph.children.some((i) => i.type === 'text' && i.value === 'gone')).toBe(true);
  });
});
