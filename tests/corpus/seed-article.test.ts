// The article manuscript must be the seed article word for word; the source
// citations (and the one manual note) are the only additions.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Block, Inline } from '../../src/document.ts';
import { parseManuscript } from '../../src/parse/index.ts';
import { sharedPath } from '../helpers/cli.ts';
import { blockText, inlineText } from '../../src/text.ts';

const ARTICLE = new URL('../../manuscript/article.md', import.meta.url).pathname;
const SOURCES = new URL('../../manuscript/sources.yaml', import.meta.url).pathname;
const SEED = sharedPath('seed/article.txt');
const CARD = sharedPath('seed/design-card.md');

const markdown = readFileSync(ARTICLE, 'utf8');
const seed = readFileSync(SEED, 'utf8').split('\n');
const seedText = `${readFileSync(SEED, 'utf8')}\n${readFileSync(CARD, 'utf8')}`;
const sourceUrl = /https:\/\/nysun\.com\/\S+/.exec(readFileSync(CARD, 'utf8'))?.[0];

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;
const NOTE_DEFINITION = /^\[\^[^\]]+\]:/;
/** Manual note markers `[^x]` and bracketed citations `[@key]`. */
const MARKER = /\[[\^@][^\]]+\]/g;

/** Body paragraphs of the manuscript with front matter, note definitions and markers removed. */
function bodyParagraphs(): string[] {
  return markdown
    .replace(FRONT_MATTER, '')
    .split(/\n{2,}/)
    .map((block) => block.split('\n').filter((line) => !NOTE_DEFINITION.test(line)).join('\n'))
    .map((block) => block.replace(MARKER, '').trim())
    .filter((block) => block !== '');
}

/** Paragraphs of the manuscript text as written, markers kept, note definitions dropped. */
function markedParagraphs(): string[] {
  return markdown
    .replace(FRONT_MATTER, '')
    .split(/\n{2,}/)
    .filter((block) => !NOTE_DEFINITION.test(block));
}

const result = parseManuscript('manuscript/article.md', readFileSync(ARTICLE));
const document = result.document;

describe('manuscript/article.md', () => {
  it('has the seed’s body, paragraph by paragraph, once the note markers and citations are removed', () => {
    expect(bodyParagraphs()).toEqual(seed.slice(2));
  });

  it('has the seed’s headline and dek as title and subtitle, and invents no author or date', () => {
    const frontMatter = parseYaml(FRONT_MATTER.exec(markdown)?.[1] ?? '') as Record<string, unknown>;
    expect(frontMatter['title']).toBe(seed[0]);
    expect(frontMatter['subtitle']).toBe(seed[1]);
    expect(frontMatter['bibliography']).toBe('sources.yaml');
    expect(frontMatter).not.toHaveProperty('author');
    expect(frontMatter).not.toHaveProperty('date');
  });

  it('parses without a diagnostic into metadata, the seed’s paragraphs and then the Sources list', () => {
    expect(result.diagnostics).toEqual([]);
    if (!document) throw new Error('no document');
    expect(document.metadata).toMatchObject({
      title: seed[0],
      subtitle: seed[1],
      publisher: 'The New York Sun',
      source: sourceUrl,
      lang: 'en-US',
      authors: [],
    });
    expect(document.metadata.identifier).toMatch(/^urn:galley:/);
    expect(document.metadata.date).toBeUndefined();
    const paragraphs = document.blocks.slice(0, -2);
    expect(paragraphs.map((b) => (b.type === 'paragraph' ? inlineText(b.children) : b.type))).toEqual(seed.slice(2));
    const [heading, list] = document.blocks.slice(-2);
    expect(heading).toMatchObject({ type: 'heading', depth: 2, id: 'sources', children: [{ type: 'text', value: 'Sources' }] });
    expect(list).toMatchObject({ type: 'list', bibliography: true, ordered: false });
  });

  it('cites a source at every quoted passage of Putin and of the KCNA statement', () => {
    const paragraphs = markedParagraphs();
    const quotesOf = (speaker: RegExp) =>
      paragraphs.filter((p) => speaker.test(p)).flatMap((p) => [...p.matchAll(/“[^“”]*”(\[@[^\]]+\])?/g)].map((m) => [m[0].slice(0, 30), m[1] ?? 'no citation']));
    // Putin's words all come from the Tass interview; every paragraph quoting him names Tass.
    const putin = quotesOf(/Tass/);
    expect(putin.length).toBe(6);
    for (const [quote, citation] of putin) expect(`${quote} ${citation}`).toMatch(/ \[@tass-putin\]$/);
    const kcna = quotesOf(/Korean Central News Agency|KCNA/).filter(([, citation]) => citation !== 'no citation');
    expect(kcna.map(([, citation]) => citation)).toEqual(['[@kcna]', '[@kcna]', '[@kcna]']);
  });

  it('numbers its notes in reading order: the note on the original, then one per citation', () => {
    expect(document?.notes.map((n) => [n.number, n.kind, n.label])).toEqual([
      [1, 'manual', 'original'],
      [2, 'citation', '[@nis-briefing; @yonhap-briefing]'],
      [3, 'citation', '[@yonhap-briefing]'],
      ...[4, 5, 6, 7, 8, 9].map((n) => [n, 'citation', '[@tass-putin]']),
      ...[10, 11, 12].map((n) => [n, 'citation', '[@kcna]']),
      [13, 'citation', '[@ukraine-video]'],
      [14, 'citation', '[@yonhap-video]'],
      [15, 'citation', '[@kirby]'],
    ]);
    const refs: number[] = [];
    const collect = (nodes: readonly Inline[]): void => {
      for (const n of nodes) if (n.type === 'noteRef') refs.push(n.number);
    };
    document?.blocks.forEach((b: Block) => b.type === 'paragraph' && collect(b.children));
    expect(refs).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
  });

  it('cites the original publication, with its address, in the note on it', () => {
    const original = document?.notes[0]?.children[0];
    const text = original?.type === 'paragraph' ? inlineText(original.children) : '';
    expect(text).toBe(
      `First published as “${seed[0]},” The New York Sun, n.d., ${sourceUrl}. Author and date are not given in the archived text.`,
    );
    const links = original?.type === 'paragraph' ? original.children.filter((c) => c.type === 'link').map((c) => c.url) : [];
    expect(links).toEqual(['#src-nysun', sourceUrl]);
  });

  it('gives a source in full the first time, then short (Chicago notes)', () => {
    const noteText = (n: number): string => (document?.notes[n - 1]?.children ?? []).map(blockText).join(' ');
    expect(noteText(4)).toBe('Putin, interview by Tass, n.d.');
    for (const n of [5, 6, 7, 8, 9]) expect(noteText(n)).toBe('Putin.');
    expect(noteText(10)).toMatch(/^North Korean foreign ministry spokesman, statement, in the official translation, Korean Central News Agency, n\.d\.$/);
    expect(noteText(11)).toBe('North Korean foreign ministry spokesman.');
  });

  it('lists its eight sources alphabetically, each an anchor the notes link to', () => {
    const list = document?.blocks.at(-1);
    if (list?.type !== 'list') throw new Error('no Sources list');
    expect(list.items.map((item) => item.id)).toEqual([
      'src-kirby',
      'src-kcna',
      'src-tass-putin',
      'src-nis-briefing',
      'src-nysun',
      'src-ukraine-video',
      'src-yonhap-briefing',
      'src-yonhap-video',
    ]);
    const entries = list.items.map((item) => item.children.map(blockText).join(' '));
    expect(entries[0]).toBe('Kirby, John. Statement as Washington’s national security communications adviser. n.d.');
    const targets = new Set(
      (document?.notes ?? []).flatMap((note) => note.children.flatMap((b) => (b.type === 'paragraph' ? b.children : [])))
        .filter((c) => c.type === 'link' && c.url.startsWith('#'))
        .map((c) => (c.type === 'link' ? c.url.slice(1) : '')),
    );
    expect([...targets].sort()).toEqual(list.items.map((item) => item.id).sort());
  });

  it('uses in its sources no date, author or address the seed does not give', () => {
    const sources = parseYaml(readFileSync(SOURCES, 'utf8')) as { references: Record<string, unknown>[] };
    for (const entry of sources.references) {
      for (const field of ['issued', 'accessed', 'event-date', 'original-date']) expect(entry, String(entry['id'])).not.toHaveProperty(field);
      if (entry['URL'] !== undefined) expect(entry['URL']).toBe(sourceUrl);
      // Every word of every author's name is in the seed (`North Korean foreign ministry spokesman`).
      const names = (entry['author'] as Record<string, string>[] | undefined) ?? [];
      for (const word of names.flatMap((name) => Object.values(name)).flatMap((part) => part.split(' '))) expect(seedText, word).toContain(word);
    }
  });
});
