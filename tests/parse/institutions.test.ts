// Front matter `institute` (Pandoc Scholar) and `affiliations` (Quarto): the
// institutions authors name by id, in every form the two write them.
import { parseDocument, type Node as YamlNode } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readInstitutionList, readInstitutions } from '../../src/parse/institutions.ts';

describe('readInstitutions', () => {
  it('reads "- id: Name", "- id: {name: …}", Quarto’s "- {id, name}" and a plain name, from both keys', () => {
    const doc = parseDocument(
      'institute:\n  - fosg: Federation of Spherical Geometers\n  - acme: {name: Acme Labs, address: Springfield}\naffiliations:\n  - id: mit\n    name: MIT\n  - Plain University\n',
    );
    expect([...readInstitutions(doc)]).toEqual([
      ['fosg', 'Federation of Spherical Geometers'],
      ['acme', 'Acme Labs'],
      ['mit', 'MIT'],
      ['Plain University', 'Plain University'],
    ]);
  });

  it('reads JOSS’s "- {name, index}" by its index, and a Quarto "- {name, city}" by its name', () => {
    const doc = parseDocument('affiliations:\n  - name: University of Harbours\n    index: 1\n    ror: 00hx57361\n  - name: Tide Institute\n    city: Bergen\n');
    expect([...readInstitutions(doc)]).toEqual([
      ['1', 'University of Harbours'],
      ['Tide Institute', 'Tide Institute'],
    ]);
  });
});

describe('readInstitutionList', () => {
  const warnings = (yaml: string): string[] => {
    const found: string[] = [];
    readInstitutionList('affiliations', parseDocument(yaml).contents as YamlNode, (m) => found.push(m));
    return found;
  };

  it('warns about a value that is not a list, and an entry with no name, and keeps the rest', () => {
    expect(warnings('Acme Labs')).toEqual(['front matter "affiliations" must be a list of institutions ("- id: Name" or "- id: {name: Name}"); it is ignored']);
    expect(warnings('- id: x\n- Good Name\n')).toEqual(['an entry of front matter "affiliations" has no institution name ("- id: Name", "- id: {name: Name}" or "- name: Name"); it is ignored']);
  });
});
