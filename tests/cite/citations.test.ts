// Citations at the Document level, as both writers receive them: notes
// numbered with the manual ones, full then short forms (Chicago full-note),
// locators, the Sources list with anchors the notes link to.
import { describe, expect, it } from 'vitest';
import type { Block, Inline } from '../../src/document.ts';
import { documentOf, messages, noteText, parseBook, showBlock } from '../helpers/cite.ts';

const FULL_DOE = 'Jane Doe, *Harbours and Tides* (Boston: Sea Press, 2020)';
const AMES_URL = 'https://example.com/tide?day=4&month=3';
const AMES_ARCHIVE = 'https://web.archive.org/web/2021/https://example.com/tide';

function paragraphs(blocks: readonly Block[]): string[] {
  return blocks.filter((b) => b.type === 'paragraph').map(showBlock);
}

function links(inlines: readonly Inline[]): string[] {
  return inlines.flatMap((inline) => ('children' in inline ? [...(inline.type === 'link' ? [inline.url] : []), ...links(inline.children)] : []));
}

describe('citation notes', () => {
  const result = parseBook(
    [
      'A.[^m] B [@doe]. C [@ames, p. 2]. D.[^m] E [@doe]. F [@doe, 5]. G [@zed:2019, chap. 3]. H [@ames].',
      '',
      'As @doe argues, tides turn. Write to a@b.com.',
      '',
      '[^m]: See [@doe, p. 4] and @ames.',
    ].join('\n'),
  );
  const document = documentOf(result);

  it('parses without a diagnostic', () => {
    expect(messages(result)).toEqual([]);
  });

  it('numbers citations and manual notes together, in reading order, a note per citation', () => {
    expect(document.notes.map((n) => [n.number, n.kind, n.label])).toEqual([
      [1, 'manual', 'm'],
      [2, 'citation', '[@doe]'],
      [3, 'citation', '[@ames, p. 2]'],
      [4, 'citation', '[@doe]'],
      [5, 'citation', '[@doe, 5]'],
      [6, 'citation', '[@zed:2019, chap. 3]'],
      [7, 'citation', '[@ames]'],
      [8, 'citation', '@doe'],
    ]);
    // Body line 1 is manuscript line 6; a citation note starts where its citation does.
    expect(document.notes[1]?.position).toEqual({ line: 6, column: 10 });
  });

  it('sets each mark where its citation was, after the punctuation that follows, and names an in-text author in the sentence', () => {
    expect(paragraphs(document.blocks)).toEqual([
      'A.^1 B.^2 C.^3 D.^1 E.^4 F.^5 G.^6 H.^7',
      'As Jane Doe^8 argues, tides turn. Write to [a@b.com](mailto:a@b.com).',
    ]);
  });

  it('writes a citation inside a manual note in its text, in full the first time, without a note of its own', () => {
    expect(noteText(document.notes[0])).toBe(
      `See ([${FULL_DOE}, 4](#src-doe)) and [Ruth Ames, “The Tide Report,” *The Coast Daily*, March 4, 2021, ](#src-ames)` +
        `[${AMES_URL}](${AMES_URL})[.](#src-ames) Archived at [${AMES_ARCHIVE}](${AMES_ARCHIVE}).`,
    );
  });

  it('shortens later citations of a source, with their locators', () => {
    expect(document.notes.slice(1).map(noteText)).toEqual([
      '[Doe, *Harbours and Tides*.](#src-doe)',
      '[Ames, “The Tide Report,” 2.](#src-ames)',
      '[Doe, *Harbours and Tides*.](#src-doe)',
      '[Doe, 5.](#src-doe)',
      '[Harbour Board, “Annual Survey,” June 2019, chap. 3.](#src-zed2019)',
      '[Ames, “The Tide Report.”](#src-ames)',
      '[Doe, *Harbours and Tides*.](#src-doe)',
    ]);
  });

  it('lists the cited sources under a Sources heading, alphabetically, each an anchor', () => {
    const [heading, list] = document.blocks.slice(-2);
    expect(heading).toEqual({ type: 'heading', depth: 2, id: 'sources', children: [{ type: 'text', value: 'Sources' }] });
    if (list?.type !== 'list') throw new Error('no list');
    expect(list).toMatchObject({ ordered: false, bibliography: true });
    expect(list.items.map((item) => [item.id, item.children.map(showBlock).join(' ')])).toEqual([
      ['src-ames', `Ames, Ruth. “The Tide Report.” *The Coast Daily*, March 4, 2021. [${AMES_URL}](${AMES_URL}). Archived at [${AMES_ARCHIVE}](${AMES_ARCHIVE}).`],
      ['src-doe', 'Doe, Jane. *Harbours and Tides*. Boston: Sea Press, 2020.'],
      ['src-zed2019', 'Harbour Board. “Annual Survey,” June 2019.'],
    ]);
  });

  it('links every note to a Sources entry that exists, and gives the archived copy only with the first full citation', () => {
    const ids = new Set(document.blocks.flatMap((b) => (b.type === 'list' ? b.items.map((i) => i.id) : [])));
    const targets = document.notes.flatMap((n) => n.children.flatMap((b) => (b.type === 'paragraph' ? links(b.children) : []))).filter((u) => u.startsWith('#'));
    expect(targets.length).toBeGreaterThan(8);
    for (const target of targets) expect(ids.has(target.slice(1)), target).toBe(true);
    const archived = document.notes.filter((n) => noteText(n).includes(AMES_ARCHIVE)).map((n) => n.number);
    expect(archived).toEqual([1]);
  });
});

describe('sources from several places', () => {
  it('reads CSL-JSON and inline references together, and keeps the Sources id unique beside a heading of that name', () => {
    const result = parseBook('A [@brown] and [@x].\n\n# Sources\n\nText.', [
      'bibliography: sources.json',
      'references:',
      '  - id: x',
      '    type: book',
      '    title: Inline Book',
      '    archived_url: https://web.archive.org/x',
    ]);
    expect(messages(result)).toEqual([]);
    const document = documentOf(result);
    expect(document.notes.map(noteText)).toEqual([
      '[Cal Brown, *Salt and Stone* (Shore Books, 2018).](#src-brown)',
      '[*Inline Book*, n.d.](#src-x) Archived at [https://web.archive.org/x](https://web.archive.org/x).',
    ]);
    expect(document.blocks.filter((b) => b.type === 'heading').map((b) => (b.type === 'heading' ? b.id : ''))).toEqual(['sources', 'sources-1']);
  });

  it('reads a BibLaTeX file (strings, braces, journaltitle, date) and locates its entries', () => {
    const result = parseBook('A [@doe] and [@ames, p. 13].', ['bibliography: sources.bib']);
    expect(messages(result)).toEqual([]);
    expect(documentOf(result).notes.map(noteText)).toEqual([
      '[Jane Doe, *Harbours and Tides* (Boston: Sea Press, 2020).](#src-doe)',
      '[Ruth Ames and Harbour Board, “The Tide Report,” *The Coast Daily*, March 4, 2021, 13.](#src-ames)',
    ]);
    const unused = parseBook('A [@doe].', ['bibliography: sources.bib']);
    expect(messages(unused)).toEqual([expect.stringMatching(/sources\.bib:12:1: warning: source "ames" is never cited$/)]);
  });

  it('reads no sources and keeps @name as text when the front matter names none', () => {
    const result = parseBook('Follow @galley for news.', []);
    expect(messages(result)).toEqual([]);
    expect(paragraphs(documentOf(result).blocks)).toEqual(['Follow @galley for news.']);
  });
});

describe('an in-text style named by csl:', () => {
  const result = parseBook('A [@doe, p. 3]. As @doe says. [-@ames] and [see @doe; @ames].[^m]\n\n[^m]: Also [@doe].', [
    'bibliography: sources.yaml',
    'csl: in-text.csl',
  ]);
  const document = documentOf(result);

  it('keeps citations in the sentence, linked to the Sources list, with no notes but the manual one', () => {
    expect(paragraphs(document.blocks)).toEqual([
      'A [(Doe 2020, 3)](#src-doe). As Doe [(2020)](#src-doe) says. [(2021)](#src-ames) and ([see Doe 2020](#src-doe); [Ames 2021](#src-ames)).^1',
    ]);
    expect(document.notes.map((n) => [n.kind, noteText(n)])).toEqual([['manual', 'Also [(Doe 2020)](#src-doe).']]);
  });

  it('lists the sources as that style does', () => {
    expect(showBlock(document.blocks.at(-1) as Block).split('\n')).toEqual([
      `Ames. 2021. *The tide report*. Archived at [${AMES_ARCHIVE}](${AMES_ARCHIVE}).`,
      'Doe. 2020. *Harbours and Tides*.',
    ]);
  });

  it('warns about the source it does not cite', () => {
    expect(messages(result)).toEqual([`${result.diagnostics[0]?.file}:22:5: warning: source "zed:2019" is never cited`]);
    expect(result.diagnostics[0]?.file).toMatch(/sources\.yaml$/);
  });
});
