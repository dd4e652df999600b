import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { closest } from '../../src/util/closest.ts';
import { documentOf, FIXTURES, messages, parse } from '../helpers/parse.ts';

const body = '\nBody.\n';
const withFrontMatter = (yaml: string): string => `---\n${yaml}---\n${body}`;

describe('front matter', () => {
  it('reads every supported key into the metadata', () => {
    const document = documentOf(
      parse(
        withFrontMatter(
          [
            'title: "Harbour & Tides"',
            'subtitle: A study',
            'author: [Ann Lee, Bo Chen]',
            'publisher: Sea Press',
            'source: https://example.org/harbour',
            'lang: fr-ca',
            'identifier: urn:isbn:9780000000000',
            'rights: CC BY 4.0',
            'date: 2024-02-29',
            'keywords: sea, tides ,  harbour',
            'description: About tides.',
            '',
          ].join('\n'),
        ),
      ),
    );
    expect(document.metadata).toEqual({
      title: 'Harbour & Tides',
      subtitle: 'A study',
      authors: ['Ann Lee', 'Bo Chen'],
      publisher: 'Sea Press',
      source: 'https://example.org/harbour',
      lang: 'fr-CA',
      identifier: 'urn:isbn:9780000000000',
      rights: 'CC BY 4.0',
      date: '2024-02-29',
      keywords: ['sea', 'tides', 'harbour'],
      description: 'About tides.',
    });
  });

  it('fills defaults: language en-US, a stable identifier from the title, description from the subtitle', () => {
    const first = documentOf(parse(withFrontMatter('title: Tides\nsubtitle: On the sea\nauthor: Ann Lee\n')));
    const again = documentOf(parse(withFrontMatter('title: Tides\nsubtitle: On the sea\nauthor: Ann Lee\n')));
    const sha = createHash('sha256').update('Tides').digest('hex');
    expect(first.metadata).toEqual({
      title: 'Tides',
      subtitle: 'On the sea',
      description: 'On the sea',
      authors: ['Ann Lee'],
      keywords: [],
      lang: 'en-US',
      identifier: `urn:galley:${sha}`,
    });
    expect(again.metadata.identifier).toBe(first.metadata.identifier);
    const other = documentOf(parse(withFrontMatter('title: Other\n')));
    expect(other.metadata.identifier).not.toBe(first.metadata.identifier);
  });

  it('ends front matter at YAML\'s document end marker "..." as Pandoc does, or at "---", whichever comes first', () => {
    const dotted = documentOf(parse('---\ntitle: Dotted\nsubtitle: S\n...\n\nFirst.\n\n---\n\nAfter the rule.\n'));
    expect(dotted.metadata).toMatchObject({ title: 'Dotted', subtitle: 'S' });
    expect(dotted.blocks.map((block) => block.type)).toEqual(['paragraph', 'thematicBreak', 'paragraph']);
    const dashed = documentOf(parse('---\ntitle: Dashed\n---\n\nText.\n\n...\n'));
    expect(dashed.metadata.title).toBe('Dashed');
    expect(dashed.blocks.map((block) => block.type)).toEqual(['paragraph', 'paragraph']);
  });

  it('keeps a number written as a title as it was written', () => {
    expect(documentOf(parse(withFrontMatter('title: 1984.10\n'))).metadata.title).toBe('1984.10');
  });

  it('takes a missing title from the first heading (printed once, as the title), else the file name, warning at 1:1', () => {
    const fromFile = parse(withFrontMatter('subtitle: No title\n'));
    expect(messages(fromFile)).toEqual(['book.md:1:1: warning: the manuscript has no "title" in its front matter; the file name, "book", is the title']);
    expect(documentOf(fromFile).metadata.title).toBe('book');
    const fromHeading = parse('# What Is *Ownership*?\n\nJust text.\n\n## More\n');
    expect(messages(fromHeading)).toEqual(['book.md:1:1: warning: the manuscript has no "title" in its front matter; the first heading, "What Is Ownership?", is the title']);
    expect(documentOf(fromHeading).metadata.title).toBe('What Is Ownership?');
    expect(documentOf(fromHeading).blocks.map((b) => b.type)).toEqual(['paragraph', 'heading']);
    // Pandoc's attribute block is never part of the title (js-primer writes `# JavaScriptとは {#what-is-javascript}`).
    const withAttributes = parse('# JavaScriptとは {#what-is-javascript}\n\nJust text.\n');
    expect(messages(withAttributes)).toEqual(['book.md:1:1: warning: the manuscript has no "title" in its front matter; the first heading, "JavaScriptとは", is the title']);
    expect(documentOf(withAttributes).metadata.title).toBe('JavaScriptとは');
  });

  it('takes the level-1 heading after a bar of links for the title, printed once; a level-2 heading only when the manuscript opens with it', () => {
    const languageBar = documentOf(parse('*[English](https://example.org/en) ∙ [Deutsch](https://example.org/de) ∙ Français*\n\n# L’art de la ligne de commande\n\n## Avant\n\nTexte.\n'));
    expect(languageBar.metadata.title).toBe('L’art de la ligne de commande');
    expect(languageBar.blocks.map((b) => (b.type === 'heading' ? `h${b.depth}` : b.type))).toEqual(['paragraph', 'h2', 'paragraph']);
    // manubot's template: an introduction, then headings of every level: they all stay where they stand.
    const introduced = documentOf(parse('Intro paragraph before any heading.\n\n## Basic formatting\n\nSome text.\n\n# Heading 1\n\nMore.\n'));
    expect(introduced.metadata.title).toBe('book');
    expect(introduced.blocks.map((b) => (b.type === 'heading' ? `h${b.depth}` : b.type))).toEqual(['paragraph', 'h2', 'paragraph', 'h1', 'paragraph']);
    // awesome's README: an HTML title, then "## Contents" after a paragraph: the file name, not "Contents".
    const contents = parse('<h1>Awesome</h1>\n\nA list.\n\n## Contents\n\n- item\n');
    expect(documentOf(contents).metadata.title).toBe('book');
    expect(documentOf(contents).blocks.some((b) => b.type === 'heading')).toBe(true);
    const opensWithH2 = documentOf(parse('## Chapter notes\n\nText.\n'));
    expect(opensWithH2.metadata.title).toBe('Chapter notes');
    expect(opensWithH2.blocks.map((b) => b.type)).toEqual(['paragraph']);
  });

  it('reports a wrong type at the value, naming the key', () => {
    const result = parse(withFrontMatter('title: T\nauthor:\n  - Ann\n  - [nested]\nsubtitle: {a: 1}\nrights: true\n'));
    expect(result.document).toBeNull();
    expect(messages(result)).toEqual([
      'book.md:5:5: error: front matter "author" must be a name, a list of names, or a list of "name:" maps (in the list)',
      'book.md:6:11: error: front matter "subtitle" must be text',
      'book.md:7:9: error: front matter "rights" must be text',
    ]);
  });

  it('rejects an empty title; leaves out a key with no value, as Pandoc does, with a warning (none for a key Galley ignores)', () => {
    expect(messages(parse(withFrontMatter('title: "  "\nsubtitle:\n')))).toEqual([
      'book.md:2:8: error: front matter "title" must not be empty',
      'book.md:3:1: warning: front matter "subtitle" has no value; left out',
    ]);
    const result = parse(withFrontMatter('title: Notes\ndate:\nauthor:\ndescription:\ntags:\n'));
    expect(messages(result)).toEqual([
      'book.md:3:1: warning: front matter "date" has no value; left out',
      'book.md:4:1: warning: front matter "author" has no value; left out',
      'book.md:5:1: warning: front matter "description" has no value; left out',
    ]);
    expect(documentOf(result).metadata).toMatchObject({ title: 'Notes', authors: [] });
  });

  it('checks the source URL, the language tag and the date', () => {
    const result = parse(withFrontMatter('title: T\nsource: ftp://example.org/x\nlang: english please\ndate: 2023-02-29\n'));
    expect(result.document).toBeNull();
    expect(messages(result)).toEqual([
      'book.md:3:9: error: front matter "source" must be an http(s) URL, not "ftp://example.org/x"',
      'book.md:4:7: error: front matter "lang" must be a BCP 47 language tag such as "en-US", not "english please"',
      'book.md:5:7: error: front matter "date": 2023-02-29 is not a real date (that month has 28 days)',
    ]);
    expect(messages(parse(withFrontMatter('title: T\ndate: [2024]\nlang: english\n')))).toEqual([
      'book.md:3:7: error: front matter "date" must be a date written YYYY-MM-DD (or a date-time such as 2023-09-27T11:50:51-04:00)',
      'book.md:4:7: error: front matter "lang" must be a BCP 47 language tag such as "en-US", not "english"',
    ]);
    expect(documentOf(parse(withFrontMatter('title: T\nlang: zh-hant-tw\n'))).metadata.lang).toBe('zh-Hant-TW');
  });

  it('takes the day of a date-time as written, never moved to UTC', () => {
    const dayOf = (date: string): string | undefined => documentOf(parse(withFrontMatter(`title: T\ndate: ${date}\n`))).metadata.date;
    expect(dayOf('2023-09-27T11:50:51-04:00')).toBe('2023-09-27');
    // 23:50 at UTC−4 is already the 28th in UTC; the manuscript says the 27th.
    expect(dayOf('2023-09-27T23:50:51-04:00')).toBe('2023-09-27');
    expect(dayOf('2024-01-01T00:30:00+09:00')).toBe('2024-01-01');
    expect(dayOf('2011-12-31 23:59:59 -0500')).toBe('2011-12-31');
    expect(dayOf('"2024-04-26"')).toBe('2024-04-26');
    expect(messages(parse(withFrontMatter('title: T\ndate: 2024-02-30T10:00:00Z\n')))).toEqual([
      'book.md:3:7: error: front matter "date": 2024-02-30 is not a real date (that month has 29 days)',
    ]);
  });

  it('prints a date in other words as written, as Pandoc does, with a warning', () => {
    const result = parse(withFrontMatter('title: T\ndate: March 22, 2005\n'));
    expect(messages(result)).toEqual([
      'book.md:3:7: warning: front matter "date": "March 22, 2005" is printed as written; write it YYYY-MM-DD to date the EPUB (dc:date) and fix the files\' timestamps',
    ]);
    expect(documentOf(result).metadata).toMatchObject({ dateText: 'March 22, 2005' });
    expect(documentOf(result).metadata.date).toBeUndefined();
    expect(documentOf(parse(withFrontMatter('title: T\ndate: 2005\n'))).metadata.dateText).toBe('2005');
  });

  it('reads Pandoc and Quarto author maps: names, affiliations, email, ORCID', () => {
    const result = parse(
      withFrontMatter(
        [
          'title: T',
          'author:',
          '  - name: Jane Doe',
          '    affiliation: University of Harbours',
          '    email: jane@example.org',
          '    orcid: https://orcid.org/0000-0002-1825-0097',
          '    corresponding: true',
          '  - name: {given: John, family: Roe}',
          '    affiliations:',
          '      - name: Tide Institute',
          '      - Sea College',
          '    emial: john@example.org',
          '  - Plain Name',
          '',
        ].join('\n'),
      ),
    );
    expect(messages(result)).toEqual(['book.md:13:5: warning: unknown author key "emial" is ignored; did you mean "email"?']);
    const { metadata } = documentOf(result);
    expect(metadata.authors).toEqual(['Jane Doe', 'John Roe', 'Plain Name']);
    expect(metadata.authorDetails).toEqual([
      { name: 'Jane Doe', affiliations: ['University of Harbours'], email: 'jane@example.org', orcid: '0000-0002-1825-0097' },
      { name: 'John Roe', affiliations: ['Tide Institute', 'Sea College'] },
      { name: 'Plain Name', affiliations: [] },
    ]);
    // Names alone, as before: no details.
    expect(documentOf(parse(withFrontMatter('title: T\nauthor: [Ann Lee, Bo Chen]\n'))).metadata.authorDetails).toBeUndefined();
    expect(messages(parse(withFrontMatter('title: T\nauthor:\n  - affiliation: Nowhere\n')))).toEqual([
      'book.md:4:5: warning: an author written as a map needs a "name" (or "fullname"); this one is left out',
    ]);
  });

  it('reads Pandoc Scholar authors (the name as the key) with institutes given by id', () => {
    const result = parse(
      withFrontMatter(
        [
          'title: T',
          'author:',
          '  - Jane Doe:',
          '      institute: [fosg, fop]',
          '      email: jane.doe@example.com',
          '      equal_contributor: "yes"',
          '  - Peder Ås:',
          '      institute: fosg',
          '  - Juan Pérez:',
          'institute:',
          '  - fosg:',
          '      name: Formatting Open Science Group',
          '      address: 23 Science Street',
          '  - fop: Federation of Planets',
          '',
        ].join('\n'),
      ),
    );
    expect(messages(result)).toEqual([]);
    const { metadata } = documentOf(result);
    expect(metadata.authors).toEqual(['Jane Doe', 'Peder Ås', 'Juan Pérez']);
    expect(metadata.authorDetails).toEqual([
      { name: 'Jane Doe', affiliations: ['Formatting Open Science Group', 'Federation of Planets'], email: 'jane.doe@example.com' },
      { name: 'Peder Ås', affiliations: ['Formatting Open Science Group'] },
      { name: 'Juan Pérez', affiliations: [] },
    ]);
  });

  it('looks up Quarto affiliations given by "ref" in the top-level list, and warns at a ref it cannot find', () => {
    const result = parse(
      withFrontMatter(
        [
          'title: T',
          'author:',
          '  - name: Ann Lee',
          '    affiliations:',
          '      - ref: tide',
          '      - ref: nowhere',
          'affiliations:',
          '  - id: tide',
          '    name: Tide Institute',
          '  - id: sea',
          '',
        ].join('\n'),
      ),
    );
    expect(messages(result)).toEqual([
      'book.md:7:9: warning: author "affiliations" refers to "nowhere", which no top-level "affiliations" or "institute" entry has as its id or index; it is left out',
      'book.md:11:5: warning: an entry of front matter "affiliations" has no institution name ("- id: Name", "- id: {name: Name}" or "- name: Name"); it is ignored',
    ]);
    expect(documentOf(result).metadata.authorDetails).toEqual([{ name: 'Ann Lee', affiliations: ['Tide Institute'] }]);
  });

  it('reads a JOSS paper’s "authors", with its affiliations by index ("1, 2", a number or a list), quietly', () => {
    const result = parse(
      withFrontMatter(
        [
          'title: T',
          'authors:',
          '  - name: Jane Doe',
          '    orcid: 0000-0002-1825-0097',
          '    equal-contrib: true',
          '    corresponding: true',
          '    affiliation: "1, 2"',
          '  - name: John Roe',
          '    equal-contrib: true',
          '    affiliation: 2',
          '  - given-names: Ludwig',
          '    dropping-particle: van',
          '    surname: Beethoven',
          '    affiliation: [1, 3]',
          'affiliations:',
          '  - name: University of Harbours, Norway',
          '    index: 1',
          '    ror: 00hx57361',
          '  - name: Tide Institute',
          '    index: 2',
          '',
        ].join('\n'),
      ),
    );
    expect(messages(result)).toEqual([
      'book.md:15:22: warning: author "affiliation" refers to "3", which no top-level "affiliations" or "institute" entry has as its id or index; it is left out',
    ]);
    const { metadata } = documentOf(result);
    expect(metadata.authors).toEqual(['Jane Doe', 'John Roe', 'Ludwig van Beethoven']);
    expect(metadata.authorDetails).toEqual([
      { name: 'Jane Doe', affiliations: ['University of Harbours, Norway', 'Tide Institute'], orcid: '0000-0002-1825-0097' },
      { name: 'John Roe', affiliations: ['Tide Institute'] },
      { name: 'Ludwig van Beethoven', affiliations: ['University of Harbours, Norway'] },
    ]);
  });

  it('reads "author" when "authors" is given too, warning at "authors"', () => {
    const result = parse(withFrontMatter('title: T\nauthors:\n  - name: Jane Doe\nauthor: Ann Lee\n'));
    expect(messages(result)).toEqual(['book.md:3:1: warning: front matter has both "author" and "authors"; "authors" is ignored']);
    expect(documentOf(result).metadata.authors).toEqual(['Ann Lee']);
    expect(documentOf(parse(withFrontMatter('title: T\nauthors: [Ann Lee, Bo Chen]\n'))).metadata.authors).toEqual(['Ann Lee', 'Bo Chen']);
  });

  it('reads an ISBN, or print and ebook ones, checked by their check digits', () => {
    const isbnOf = (yaml: string): unknown => documentOf(parse(withFrontMatter(`title: T\n${yaml}\n`))).metadata;
    expect(isbnOf('isbn: 978-0-306-40615-7')).toMatchObject({
      isbn: { print: { text: '978-0-306-40615-7', urn: 'urn:isbn:9780306406157' }, ebook: { text: '978-0-306-40615-7', urn: 'urn:isbn:9780306406157' } },
    });
    // Unquoted digits are a YAML number; an ISBN-10 may end in X.
    expect(isbnOf('isbn: 9780306406157')).toMatchObject({ isbn: { print: { text: '9780306406157', urn: 'urn:isbn:9780306406157' } } });
    expect(isbnOf('isbn: {print: 978 0 306 40615 7, ebook: 0-8044-2957-X}')).toMatchObject({
      isbn: { print: { urn: 'urn:isbn:9780306406157' }, ebook: { text: '0-8044-2957-X', urn: 'urn:isbn:080442957X' } },
    });
    expect(isbnOf('isbn: {print: 978-0-306-40615-7}\nidentifier: urn:x:1')).toEqual(
      expect.objectContaining({ identifier: 'urn:x:1', isbn: { print: { text: '978-0-306-40615-7', urn: 'urn:isbn:9780306406157' } } }),
    );
    expect(messages(parse(withFrontMatter('title: T\nisbn: 978-0-306-40615-8\n')))).toEqual([
      'book.md:3:7: error: front matter "isbn": "978-0-306-40615-8" is not a valid ISBN: its check digit would be 7, not 8',
    ]);
    expect(messages(parse(withFrontMatter('title: T\nisbn:\n  ebook: 0-306-40615-3\n  prnt: 12\n')))).toEqual([
      'book.md:4:10: error: front matter "isbn": "0-306-40615-3" is not a valid ISBN: its check digit would be 2, not 3',
      'book.md:5:3: error: front matter "isbn" has "print:" and "ebook:", not "prnt:"; did you mean "print"?',
    ]);
    expect(messages(parse(withFrontMatter('title: T\nisbn: 12345\n')))).toEqual([
      'book.md:3:7: error: front matter "isbn": "12345" is not an ISBN: an ISBN-13 has 13 digits, an ISBN-10 has 10 (hyphens and spaces are allowed)',
    ]);
  });

  it('reads "hyphenation" as words with their breaks marked, leaving out and locating a malformed one', () => {
    const wordsOf = (yaml: string): unknown => documentOf(parse(withFrontMatter(`title: T\n${yaml}\n`))).metadata.hyphenation;
    expect(wordsOf('hyphenation: [Ouro-bo-ros, block-chain, Galley]')).toEqual(['Ouro-bo-ros', 'block-chain', 'Galley']);
    expect(wordsOf('hyphenation: Ouro-bo-ros, Ether’eum')).toEqual(['Ouro-bo-ros', 'Ether’eum']);
    expect(wordsOf('hyphenation: []')).toBeUndefined();
    const result = parse(withFrontMatter('title: T\nhyphenation:\n  - Ouro-bo-ros\n  - block chain\n  - NASA\n  - -ing\n'));
    expect(documentOf(result).metadata.hyphenation).toEqual(['Ouro-bo-ros']);
    expect(messages(result)).toEqual([
      'book.md:5:5: warning: front matter "hyphenation": "block chain" is not a word with its breaks marked by "-" (such as "block-chain", or "Galley" for never); left out',
      'book.md:6:5: warning: front matter "hyphenation": "NASA" has no lower-case letter: words in capitals are never hyphenated; left out',
      'book.md:7:5: warning: front matter "hyphenation": "-ing" is not a word with its breaks marked by "-" (such as "block-chain", or "Galley" for never); left out',
    ]);
    expect(messages(parse(withFrontMatter('title: T\nhyphenation: {a: b}\n')))).toHaveLength(1);
  });

  it('warns about an unknown key and suggests the closest known one', () => {
    const result = parse(withFrontMatter('title: T\ntitel: Typo\nautor: Ann\nflavour: vanilla\n'));
    expect(result.document).not.toBeNull();
    expect(messages(result)).toEqual([
      'book.md:3:1: warning: unknown front matter key "titel"; did you mean "title"?',
      'book.md:4:1: warning: unknown front matter key "autor"; did you mean "author"?',
      'book.md:5:1: warning: unknown front matter key "flavour"',
    ]);
  });

  it('accepts without a word the Pandoc, Quarto and Hugo keys that mean nothing in print, still warning on a typo', () => {
    const keys = 'project: {type: website}\ntags: [a, b]\ncategories: [c]\ndraft: false\nslug: my-post\ntoc: true\nformat: html\n';
    const result = parse(withFrontMatter(`title: T\n${keys}keywrods: [x]\n`));
    expect(messages(result)).toEqual(['book.md:10:1: warning: unknown front matter key "keywrods"; did you mean "keywords"?']);
  });

  it('reads dir: rtl as the direction of the whole text, and refuses any other word', () => {
    expect(documentOf(parse(withFrontMatter('title: T\ndir: rtl\n'))).metadata.dir).toBe('rtl');
    expect(messages(parse(withFrontMatter('title: T\ndir: up\n')))).toEqual(['book.md:3:6: error: front matter "dir" must be "rtl" or "ltr", not "up"']);
  });

  it('accepts the key reserved for a later feature, saying it is ignored for now', () => {
    const result = parse(withFrontMatter('title: T\ntheme: default\n'));
    expect(result.document).not.toBeNull();
    expect(messages(result)).toEqual([
      'book.md:3:1: warning: front matter key "theme" is reserved for a later version and is ignored for now',
    ]);
  });

  it('resolves a cover image next to the manuscript, checked like any image', () => {
    const manuscript = join(FIXTURES, 'images', 'book.md');
    const document = documentOf(parse(withFrontMatter('title: T\ncover: sub/tall.png\n'), manuscript));
    expect(document.metadata.cover).toEqual({
      path: join(FIXTURES, 'images', 'sub', 'tall.png'),
      alt: '',
      mediaType: 'image/png',
      width: 5,
      height: 7,
      natural: { width: 3.75, height: 5.25 },
    });
    const result = parse(withFrontMatter('title: T\ncover:   https://example.org/c.jpg\n'), manuscript);
    expect(result.document).toBeNull();
    expect(messages(result).map((m) => m.replace(`${manuscript}:`, ''))).toEqual([
      '3:10: error: front matter "cover": remote images are not fetched at build time; download it next to the manuscript and link it relatively',
    ]);
  });

  it('maps YAML syntax errors to manuscript lines, after the opening ---', () => {
    const result = parse(withFrontMatter('title: T\nkeywords: [a, b\nlang: en\n'));
    expect(result.document).toBeNull();
    // The unclosed list opened on line 3 is noticed on the next line, "lang: en" (manuscript line 4).
    expect(messages(result)).toEqual([
      'book.md:4:1: error: front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  it('reports a key given twice at the second one', () => {
    expect(messages(parse(withFrontMatter('title: A\nsubtitle: S\ntitle: B\n')))).toEqual([
      'book.md:4:1: error: front matter key "title" appears twice',
    ]);
  });

  it('requires key: value pairs', () => {
    expect(messages(parse(withFrontMatter('- just\n- a list\n')))).toEqual([
      'book.md:2:1: error: front matter must be a list of "key: value" lines',
    ]);
  });
});

describe('closest', () => {
  it('suggests near misses only', () => {
    expect(closest('titel', ['title', 'subtitle'])).toBe('title');
    expect(closest('Keyword', ['keywords', 'lang'])).toBe('keywords');
    expect(closest('x', ['csl', 'lang'])).toBeUndefined();
    expect(closest('bibliograpy', ['bibliography', 'csl'])).toBe('bibliography');
    // A citation key cut short: only when one key begins so.
    expect(closest('smith', ['Smith2020harbours', 'doe2019'])).toBe('Smith2020harbours');
    expect(closest('smith', ['smith2020', 'smith2021'])).toBeUndefined();
    expect(closest('sm', ['smith2020'])).toBeUndefined();
  });
});
