// kramdown-rfc's section lines in an IETF draft: the abstract taken as the
// manuscript's abstract, a note line a heading, the rest gone, every position kept.
import { describe, expect, it } from 'vitest';
import { kramdownSections } from '../../src/parse/kramdown-sections.ts';
import { documentOf, messages, parse } from '../helpers/parse.ts';

const DRAFT = [
  '---',
  'title: "An Example Draft"',
  'docname: draft-example-00',
  'ipr: trust200902',
  '---',
  '',
  '--- abstract',
  '',
  'This document describes an *example* protocol.',
  '',
  '--- note_Discussion_Venues',
  '',
  'Discuss this on the mailing list.',
  '',
  '--- middle',
  '',
  '# Introduction',
  '',
  'The protocol does things.',
  '',
  '--- back',
  '',
  '# Acknowledgments',
  '',
].join('\n');

const textOf = (value: unknown): string => JSON.stringify(value);

describe('kramdownSections', () => {
  it('takes the abstract, where it starts, and keeps every line of the manuscript its length', () => {
    const { text, abstract } = kramdownSections(DRAFT);
    expect(abstract).toEqual({ text: 'This document describes an *example* protocol.\n\n', line: 9, column: 1 });
    expect(kramdownSections(DRAFT).abstractLine).toBe(7);
    const before = DRAFT.split('\n');
    const after = text.split('\n');
    expect(after.map((line) => line.length)).toEqual(before.map((line) => line.length));
    expect(after[6]?.trim()).toBe('');
    expect(after[8]?.trim()).toBe('');
    expect(after[10]?.trimEnd()).toBe('# Discussion Venues');
    expect(after[14]?.trim()).toBe('');
    expect(after[20]?.trim()).toBe('');
    expect(after.slice(16).join('\n')).toBe(before.slice(16).join('\n').replace('--- back', '        '));
  });

  it('leaves alone a manuscript without front matter, and lines that only look alike', () => {
    expect(kramdownSections('--- abstract\n\nText.\n')).toEqual({ text: '--- abstract\n\nText.\n' });
    const prose = '---\ntitle: T\n---\n\nText --- abstract in a line, and\n---- abstract\n';
    expect(kramdownSections(prose)).toEqual({ text: prose });
  });
});

describe('an IETF draft', () => {
  it('prints its abstract as an abstract, its note as a heading, and no section line, with no warning', () => {
    const result = parse(DRAFT);
    const { blocks } = documentOf(result);
    expect(messages(result)).toEqual([]);
    expect(textOf(blocks)).not.toMatch(/---|middle|back|note_/u);
    expect(textOf(blocks[0])).toMatch(/Abstract.*example/u);
    expect(blocks.filter((b) => b.type === 'heading').map((h) => textOf(h))).toEqual([
      expect.stringMatching(/Discussion Venues/u),
      expect.stringMatching(/Introduction/u),
      expect.stringMatching(/Acknowledgments/u),
    ]);
  });

  it('whose YAML runs straight into "--- abstract", as kramdown-rfc\'s own examples have it, takes its title, abstract and body, with no warning', () => {
    const written = ['---', 'title: Block-wise transfers in CoAP', 'abbrev: CoAP-Block', 'docname: draft-ietf-core-block-xx', '', '--- abstract', '', 'CoAP is a RESTful transfer protocol.', '', '--- middle', '', '# Introduction', '', 'Body text.', ''].join('\n');
    const sections = kramdownSections(written);
    expect(sections.text.split('\n').map((line) => line.length)).toEqual(written.split('\n').map((line) => line.length));
    expect(sections.abstract).toEqual({ text: 'CoAP is a RESTful transfer protocol.\n\n', line: 8, column: 1 });
    const result = parse(written);
    expect(messages(result)).toEqual([]);
    const document = documentOf(result);
    expect(document.metadata.title).toBe('Block-wise transfers in CoAP');
    expect(textOf(document.blocks)).not.toMatch(/docname|abbrev|---/u);
    expect(textOf(document.blocks)).toMatch(/Abstract.*RESTful.*Introduction.*Body text/su);
  });

  it('with an abstract in its front matter too keeps that one and says the section is left out', () => {
    const result = parse(DRAFT.replace('ipr: trust200902', 'abstract: From the front matter.'));
    expect(textOf(documentOf(result).blocks)).toMatch(/From the front matter/u);
    expect(textOf(documentOf(result).blocks)).not.toMatch(/describes an/u);
    expect(messages(result)).toEqual(['book.md:7:1: warning: this "--- abstract" section is left out: the front matter has an abstract already']);
  });
});
