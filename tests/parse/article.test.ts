// The article manuscript must be the seed article word for word; the source
// notes are the only addition.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Block, Inline } from '../../src/document.ts';
import { parseManuscript } from '../../src/parse/index.ts';
import { sharedPath } from '../helpers/cli.ts';
import { inlineText } from '../../src/text.ts';

const ARTICLE = new URL('../../manuscript/article.md', import.meta.url).pathname;
const SEED = sharedPath('seed/article.txt');
const CARD = sharedPath('seed/design-card.md');

const markdown = readFileSync(ARTICLE, 'utf8');
const seed = readFileSync(SEED, 'utf8').split('\n');
const sourceUrl = /https:\/\/nysun\.com\/\S+/.exec(readFileSync(CARD, 'utf8'))?.[0];

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;
const NOTE_DEFINITION = /^\[\^[^\]]+\]:/;
const NOTE_MARKER = /\[\^[^\]]+\]/g;

/** Body paragraphs of the manuscript with front matter, note definitions and note markers removed. */
function bodyParagraphs(): string[] {
  return markdown
    .replace(FRONT_MATTER, '')
    .split(/\n{2,}/)
    .map((block) => block.split('\n').filter((line) => !NOTE_DEFINITION.test(line)).join('\n'))
    .map((block) => block.replace(NOTE_MARKER, '').trim())
    .filter((block) => block !== '');
}

/** Paragraphs of the manuscript text as written, markers kept, note definitions dropped. */
function markedParagraphs(): string[] {
  return markdown
    .replace(FRONT_MATTER, '')
    .split(/\n{2,}/)
    .filter((block) => !NOTE_DEFINITION.test(block));
}

describe('manuscript/article.md', () => {
  it('has the seed’s body, paragraph by paragraph, once the note markers are removed', () => {
    expect(bodyParagraphs()).toEqual(seed.slice(2));
  });

  it('has the seed’s headline and dek as title and subtitle, and invents no author or date', () => {
    const frontMatter = parseYaml(FRONT_MATTER.exec(markdown)?.[1] ?? '') as Record<string, unknown>;
    expect(frontMatter['title']).toBe(seed[0]);
    expect(frontMatter['subtitle']).toBe(seed[1]);
    expect(frontMatter).not.toHaveProperty('author');
    expect(frontMatter).not.toHaveProperty('date');
  });

  it('parses without a diagnostic into metadata and paragraphs that carry the seed’s text', () => {
    const result = parseManuscript('manuscript/article.md', readFileSync(ARTICLE));
    expect(result.diagnostics).toEqual([]);
    const document = result.document;
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
    expect(document.blocks.map((b) => (b.type === 'paragraph' ? inlineText(b.children) : b.type))).toEqual(seed.slice(2));
  });

  it('cites a source note at every quoted passage of Putin and of the KCNA statement', () => {
    const paragraphs = markedParagraphs();
    const quotesOf = (speaker: RegExp) =>
      paragraphs.filter((p) => speaker.test(p)).flatMap((p) => [...p.matchAll(/“[^“”]*”(\[\^[^\]]+\])?/g)].map((m) => [m[0].slice(0, 30), m[1] ?? 'no note']));
    // Putin's words all come from the Tass interview; every paragraph quoting him names Tass.
    const putin = quotesOf(/Tass/);
    expect(putin.length).toBe(6);
    for (const [quote, note] of putin) expect(`${quote} ${note}`).toMatch(/ \[\^tass\]$/);
    const kcna = quotesOf(/Korean Central News Agency|KCNA/).filter(([, note]) => note !== 'no note');
    expect(kcna.map(([, note]) => note)).toEqual(['[^kcna]', '[^kcna]', '[^kcna]']);
  });

  it('numbers its source notes in reading order and cites every one', () => {
    const document = parseManuscript('manuscript/article.md', readFileSync(ARTICLE)).document;
    expect(document?.notes.map((n) => n.label)).toEqual([
      'original',
      'nis',
      'yonhap-briefing',
      'tass',
      'kcna',
      'video',
      'yonhap-video',
      'kirby',
    ]);
    const refs: Inline[] = [];
    const collect = (nodes: readonly Inline[]): void => {
      for (const n of nodes) if (n.type === 'noteRef') refs.push(n);
    };
    document?.blocks.forEach((b: Block) => b.type === 'paragraph' && collect(b.children));
    expect(refs.filter((r) => r.type === 'noteRef' && r.number === 4).length).toBe(6);
    const original = document?.notes[0]?.children[0];
    expect(original?.type === 'paragraph' && inlineText(original.children)).toBe(
      `First published by The New York Sun at ${sourceUrl}. Author and date are not given in the archived text.`,
    );
  });
});
