// Front matter `author` in each form people copy from Pandoc, Quarto and
// Pandoc Scholar: the names a reader sees on the title page, affiliations by
// name or by id, and the mistakes warned about rather than printed.
import { parseDocument, type Node as YamlNode } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readAuthors } from '../../src/parse/authors.ts';

const institutions = new Map([
  ['fosg', 'Federation of Spherical Geometers'],
  ['1', 'University of Harbours'],
  ['2', 'Tide Institute'],
]);

const read = (yaml: string) => {
  const failures: string[] = [];
  const warnings: string[] = [];
  const result = readAuthors(parseDocument(yaml).contents as YamlNode, (m) => failures.push(m), (m) => warnings.push(m), institutions);
  return { result, failures, warnings };
};

describe('readAuthors', () => {
  it('takes a name or a list of names', () => {
    expect(read('Jane Doe').result).toEqual({ names: ['Jane Doe'] });
    expect(read('[Jane Doe, John Roe]').result).toEqual({ names: ['Jane Doe', 'John Roe'] });
  });

  it('reads Quarto maps: given and family, affiliations by name, email and ORCID', () => {
    const { result, warnings } = read(
      '- name: {given: Ada, family: Lovelace}\n  affiliations: [Analytical Society]\n  email: ada@example.org\n  orcid: https://orcid.org/0000-0002-1825-0097\n',
    );
    expect(warnings).toEqual([]);
    expect(result?.details).toEqual([{ name: 'Ada Lovelace', affiliations: ['Analytical Society'], email: 'ada@example.org', orcid: '0000-0002-1825-0097' }]);
  });

  it('reads Pandoc Scholar’s "- Name: {institute: [id]}" and resolves the id', () => {
    expect(read('- Jane Doe:\n    institute: [fosg]\n').result?.details).toEqual([{ name: 'Jane Doe', affiliations: ['Federation of Spherical Geometers'] }]);
  });

  it('warns about an ORCID that is not one, an unknown key (suggesting the near one) and an id no institution has', () => {
    const { result, warnings } = read('- name: Jane Doe\n  orcid: 1234\n  emial: jane@example.org\n  affiliations: [{ref: nowhere}]\n');
    expect(result?.details).toEqual([{ name: 'Jane Doe', affiliations: [] }]);
    expect(warnings).toEqual([
      'author "orcid" is not an ORCID iD such as 0000-0002-1825-0097; it is ignored',
      'unknown author key "emial" is ignored; did you mean "email"?',
      'author "affiliations" refers to "nowhere", which no top-level "affiliations" or "institute" entry has as its id or index; it is left out',
    ]);
  });

  it('reads JOSS’s affiliation numbers, several in one string, and keeps a name with a comma whole', () => {
    const { result, warnings } = read('- name: Jane Doe\n  affiliation: "1, 2"\n  equal-contrib: true\n- name: Bo Chen\n  affiliation: 2\n- name: Ann Lee\n  affiliation: Sea College, Bergen\n');
    expect(warnings).toEqual([]);
    expect(result?.details).toEqual([
      { name: 'Jane Doe', affiliations: ['University of Harbours', 'Tide Institute'] },
      { name: 'Bo Chen', affiliations: ['Tide Institute'] },
      { name: 'Ann Lee', affiliations: ['Sea College, Bergen'] },
    ]);
  });

  it('leaves out an author map without a name, with a warning; fails on an author that is no name at all', () => {
    const nameless = read('- email: x@example.org\n- name:\n- Ann Lee\n');
    expect(nameless.result?.names).toEqual(['Ann Lee']);
    expect(nameless.warnings).toEqual([
      'an author written as a map needs a "name" (or "fullname"); this one is left out',
      'an author written as a map needs a "name" (or "fullname"); this one is left out',
    ]);
    expect(read('[[nested]]').failures).toEqual(['front matter "author" must be a name, a list of names, or a list of "name:" maps (in the list)']);
  });

  it('reads kramdown-rfc authors: the full name beside the initials, the organization as the affiliation', () => {
    const { result, warnings } = read('- ins: M. Nottingham\n  fullname: Mark Nottingham\n  organization: Example Corp\n  street: 1 Main St\n  country: Australia\n  uri: https://example.org\n');
    expect(result?.details).toEqual([{ name: 'Mark Nottingham', affiliations: ['Example Corp'] }]);
    expect(warnings).toEqual([]);
  });
});
