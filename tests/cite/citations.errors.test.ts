// Every problem with citations, sources or a style is a diagnostic at the
// line:col where it is written: in the manuscript, the bibliography or the style.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOOK, DIR, messages, parseBook } from '../helpers/cite.ts';

const at = (file: string): string => join(DIR, file);

describe('citation errors in the manuscript', () => {
  it('warns of an unknown key at its @, naming it and suggesting the nearest key, and prints that citation as written (as Pandoc)', () => {
    const result = parseBook('A [@doe] and [see @dow, p. 2] and @amse says.');
    expect(result.document).not.toBeNull();
    const first = result.document?.blocks[0];
    const printed = first?.type === 'paragraph' ? first.children.map((inline) => ('value' in inline ? inline.value : '')).join('') : '';
    expect(printed).toContain(' and [see @dow, p. 2] and @amse says.');
    expect(messages(result)).toEqual([
      `${BOOK}:6:19: warning: unknown citation key "@dow" (did you mean "@doe"?); the citation is printed as written`,
      `${BOOK}:6:35: warning: unknown citation key "@amse" (did you mean "@ames"?); the citation is printed as written`,
      `${at('sources.yaml')}:12:5: warning: source "ames" is never cited`,
      `${at('sources.yaml')}:22:5: warning: source "zed:2019" is never cited`,
    ]);
  });

  it('suggests the one key that begins as a key cut short does', () => {
    expect(messages(parseBook('A [@zed] and [@doe].'))).toContain(`${BOOK}:6:4: warning: unknown citation key "@zed" (did you mean "@zed:2019"?); the citation is printed as written`);
  });

  it('warns of a bracketed citation when the front matter names no sources, and prints it as written', () => {
    const result = parseBook('A [@doe].', []);
    expect(messages(result)).toEqual([
      `${BOOK}:5:4: warning: citation "@doe" is printed as written: the front matter names no sources (add "bibliography: sources.yaml" or "references:")`,
    ]);
    expect(result.document?.blocks[0]).toMatchObject({ type: 'paragraph', children: [{ type: 'text', value: 'A ' }, { type: 'text', value: '[@doe]' }, { type: 'text', value: '.' }] });
  });

  it('reports a missing bibliography file at its name in the front matter', () => {
    const result = parseBook('A [@doe].', ['bibliography:', '  - sources.yaml', '  - missing.yaml']);
    expect(messages(result)).toEqual([
      `${BOOK}:5:5: error: bibliography "missing.yaml" cannot be read: no such file (looked for ${at('missing.yaml')})`,
      `${at('sources.yaml')}:12:5: warning: source "ames" is never cited`,
      `${at('sources.yaml')}:22:5: warning: source "zed:2019" is never cited`,
    ]);
  });

  it('refuses a bibliography format it cannot read', () => {
    expect(messages(parseBook('A [@doe].', ['bibliography: refs.ris']))).toEqual([
      `${BOOK}:3:15: error: bibliography "refs.ris": use BibTeX or BibLaTeX (.bib), CSL-JSON (.json) or CSL-YAML (.yaml, .yml)`,
    ]);
  });

  it('reports a BibTeX syntax error where the parser stopped in the .bib file', () => {
    expect(messages(parseBook('A [@broken].', ['bibliography: malformed.bib']))).toEqual([
      `${at('malformed.bib')}:4:1: error: BibTeX syntax error: expected "text", got EOF`,
    ]);
  });

  it('warns about an unused entry of the inline references at that entry', () => {
    const result = parseBook('A [@x].', ['references:', '  - id: x', '    type: book', '    title: X', '  - id: y', '    type: book', '    title: Y']);
    expect(result.document).not.toBeNull();
    expect(messages(result)).toEqual([`${BOOK}:7:5: warning: source "y" is never cited`]);
  });

  it('reports a second entry with the same id, and warns about an unknown field', () => {
    const result = parseBook('A [@x].', ['references:', '  - id: x', '    type: book', '    title: X', '  - id: x', '    type: book', '    titel: Y']);
    expect(messages(result)).toEqual([
      `${BOOK}:7:5: error: source "x" is already defined at ${BOOK}:4:5`,
      `${BOOK}:9:5: warning: source "x": unknown CSL field "titel" is ignored; did you mean "title"?`,
    ]);
  });
});

describe('malformed sources', () => {
  it('reports broken YAML in the bibliography at its line:col, and no unknown keys on top', () => {
    expect(messages(parseBook('A [@one].', ['bibliography: malformed.yaml']))).toEqual([
      `${at('malformed.yaml')}:5:1: error: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`,
    ]);
  });

  it('reports broken JSON at its line:col', () => {
    expect(messages(parseBook('A [@one].', ['bibliography: malformed.json']))).toEqual([
      `${at('malformed.json')}:3:17: error: not valid JSON: comma expected`,
    ]);
  });

  it('reports an entry without id, a field of the wrong type and an unknown type, naming entry and field', () => {
    expect(messages(parseBook('A [@when] [@j].', ['bibliography:', '  - invalid.yaml', '  - invalid.json']))).toEqual([
      `${at('invalid.json')}:6:15: error: source "j": "issued" must be a date: YYYY, YYYY-MM or YYYY-MM-DD (a range with "/"), or {date-parts: [[year, month, day]]}`,
      `${at('invalid.yaml')}:2:5: error: source 1 has no "id": every entry needs the key it is cited by`,
      `${at('invalid.yaml')}:7:13: error: source "when": "issued" must be a date: YYYY, YYYY-MM or YYYY-MM-DD (a range with "/"), or {date-parts: [[year, month, day]]}`,
      `${at('invalid.yaml')}:9:11: error: source "kind": "type" must be a CSL type such as "book" or "article-newspaper", not "bok"; did you mean "book"?`,
      `${at('invalid.yaml')}:13:13: error: source "who": "author" must list names, each text or {family, given} (or {literal}), not 42`,
    ]);
  });

  it('checks dates in every form it accepts', () => {
    const entry = (issued: string): string[] => ['references:', '  - id: x', '    type: book', '    title: X', `    issued: ${issued}`];
    for (const good of ['2024', '2024-02', '2024-02-29', '2024-02-01/2024-03-01', '{date-parts: [[2024, 2]]}', '[{year: 2024, month: 2}]', '{literal: Spring 2024}']) {
      expect(messages(parseBook('A [@x].', entry(good))), good).toEqual([]);
    }
    for (const bad of ['2023-02-29', '2024-13', 'soon', '{date-parts: [[2024, 2, 30]]}', '{year: 2024, week: 3}']) {
      expect(messages(parseBook('A [@x].', entry(bad))), bad).toEqual([
        `${BOOK}:7:13: error: source "x": "issued" must be a date: YYYY, YYYY-MM or YYYY-MM-DD (a range with "/"), or {date-parts: [[year, month, day]]}`,
      ]);
    }
  });
});

describe('style errors', () => {
  it('reports a style file that is not well-formed XML at its own line:col, naming it', () => {
    expect(messages(parseBook('A [@doe].', ['bibliography: sources.yaml', 'csl: broken.csl']))).toContain(
      `${at('broken.csl')}:6:5: error: CSL style "broken.csl" is not well-formed XML: </layout> closes <text>`,
    );
  });

  it('reports a style that calls a macro it does not define', () => {
    expect(messages(parseBook('A [@doe].', ['bibliography: sources.yaml', 'csl: no-macro.csl']))).toContain(
      `${at('no-macro.csl')}:5:7: error: CSL style "no-macro.csl" is not a usable CSL style: macro "missing" is called but never defined`,
    );
  });

  it('reports a missing style at its name in the front matter', () => {
    const result = parseBook('A [@doe].', ['bibliography: sources.yaml', 'csl: nope.csl']);
    expect(result.document).toBeNull();
    expect(messages(result)).toContain(`${BOOK}:4:6: error: CSL style "nope.csl" cannot be read: no such file`);
  });

  it('reports a citation that prints nothing in the style (here the short form of an entry with no author or title)', () => {
    const result = parseBook('A [@y]. B [@y].', ['references:', '  - id: y', '    type: article-newspaper', '    container-title-short: Y']);
    expect(messages(result)).toEqual([
      `${BOOK}:9:12: error: citation "[@y]" prints nothing in CSL style "@citation/csl-style-chicago-fullnote-bibliography"; give its source a title or an author`,
    ]);
  });
});
