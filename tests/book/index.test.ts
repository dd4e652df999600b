// book.yaml and its chapters → a Book: titles from front matter or the first
// heading (not a series line every chapter repeats), parts, cross-references
// resolved to the other chapter's anchors, and mistakes located in book.yaml.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBook } from '../../src/book/index.ts';
import { temporaryDir } from '../helpers/cli.ts';

function bookWith(files: Record<string, string>): string {
  const dir = temporaryDir('galley-book-load-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return join(dir, 'book.yaml');
}

describe('loadBook', () => {
  it('takes a chapter title from front matter, else its first heading, which leaves the text', () => {
    const path = bookWith({
      'book.yaml': 'title: T\nchapters:\n  - a.md\n  - part: "One"\n    chapters:\n      - b.md\n',
      'a.md': '---\ntitle: From Front Matter\n---\n\n# A heading\n\nText.\n',
      'b.md': '# From Heading\n\nText of b.\n',
    });
    const { book, diagnostics } = loadBook(path);
    expect(diagnostics).toEqual([]);
    expect(book?.chapters.map((c) => [c.title, c.part])).toEqual([['From Front Matter', undefined], ['From Heading', 1]]);
    expect(book?.parts.map((p) => p.title)).toEqual(['One']);
    expect(book?.chapters[1]?.document.blocks.map((b) => b.type)).toEqual(['paragraph']);
    expect(book?.chapters[0]?.document.blocks[0]).toMatchObject({ type: 'heading', id: 'c1-a-heading' });
  });

  it("sets a chapter's quotation marks in the book's language unless the chapter names its own; a file name standing in for a title keeps its dashes", () => {
    const path = bookWith({
      'book.yaml': 'title: T\nlang: fr\nchapters:\n  - a.md\n  - b.md\n  - chapter--three.md\n',
      'a.md': '# « Déjà » dit\n\nIl a dit "oui".\n',
      'b.md': '---\ntitle: B\nlang: de\n---\n\nEr sagte "ja".\n',
      'chapter--three.md': 'Text "here".\n',
    });
    const { book } = loadBook(path);
    const text = (i: number): string => JSON.stringify(book?.chapters[i]?.document.blocks.at(-1));
    expect(book?.chapters.map((c) => c.document.metadata.lang)).toEqual(['fr', 'de', 'fr']);
    expect(text(0)).toContain('«\u202foui\u202f»');
    expect(text(1)).toContain('„ja“');
    expect(book?.chapters[2]?.title).toBe('chapter--three');
  });

  it('passes over a series heading every chapter opens with', () => {
    const path = bookWith({
      'book.yaml': 'title: T\nchapters:\n  - a.md\n  - b.md\n',
      'a.md': '# The Series\n# Chapter 1: Scope\n\nText.\n',
      'b.md': '# The Series\n# Chapter 2: Closure\n\nText.\n',
    });
    expect(loadBook(path).book?.chapters.map((c) => c.title)).toEqual(['Chapter 1: Scope', 'Chapter 2: Closure']);
  });

  it('marks a chapter unnumbered by {.unnumbered} or {-} on its title heading, or unnumbered: true in its front matter', () => {
    const path = bookWith({
      'book.yaml': 'title: T\nchapters:\n  - a.md\n  - b.md\n  - c.md\n  - d.md\n',
      'a.md': '# Interlude {.unnumbered}\n\nText.\n',
      'b.md': '# Coda {-}\n\nText.\n',
      'c.md': '---\ntitle: Afterthoughts\nunnumbered: true\n---\n\nText.\n',
      'd.md': '# Numbered {#own-id}\n\nText.\n',
    });
    const { book, diagnostics } = loadBook(path);
    expect(diagnostics).toEqual([]);
    // The attribute block is never part of the title.
    expect(book?.chapters.map((c) => [c.title, c.unnumbered])).toEqual([['Interlude', true], ['Coda', true], ['Afterthoughts', true], ['Numbered', undefined]]);
  });

  it("warns once of a source in book.yaml's bibliography that no chapter cites, and not of one another chapter cites", () => {
    const path = bookWith({
      'book.yaml': 'title: T\nbibliography: refs.yaml\nchapters:\n  - a.md\n  - b.md\n',
      'refs.yaml': 'references:\n  - id: cited\n    type: book\n    title: Cited\n  - id: idle\n    type: book\n    title: Idle\n',
      'a.md': '# A\n\nText [@cited].\n',
      'b.md': '# B\n\nText.\n',
    });
    const { diagnostics } = loadBook(path);
    expect(diagnostics.map((d) => d.message)).toEqual(['source "idle" is never cited']);
    expect(diagnostics[0]).toMatchObject({ severity: 'warning', line: 5, column: 5 });
  });

  it('turns a link to another chapter into a link to its anchor, and warns at a link to a missing heading', () => {
    const path = bookWith({
      'book.yaml': 'title: T\nchapters:\n  - a.md\n  - sub/b.md\n',
      'a.md': '# A\n\nSee [b](sub/b.md#the-front), [all of b](sub/b.md) and [nothing](sub/b.md#gone).\n',
      'sub/b.md': '# B\n\n## The front\n\nBack to [a](../a.md#a).\n',
    });
    const { book, diagnostics } = loadBook(path);
    const links = JSON.stringify(book?.chapters.map((c) => c.document.blocks));
    expect(links).toContain('"url":"#c2-the-front"');
    expect(links).toContain('"url":"#chapter-2"');
    expect(links).not.toContain('gone');
    expect(diagnostics).toHaveLength(2);
    expect(diagnostics[0]).toMatchObject({ severity: 'warning', line: 3, column: 55 });
    expect(diagnostics[0]?.file).toMatch(/a\.md$/u);
    // "#a" was the heading that became the title; it is no anchor in the text any more.
    expect(diagnostics[1]?.message).toContain('"../a.md#a"');
  });

  it('locates a missing chapter, a misspelt key and a bad part in book.yaml', () => {
    const path = bookWith({
      'book.yaml': 'title: T\nautor: X\nchapters:\n  - nope.md\n  - a.md\n',
      'a.md': '# A\n\nText.\n',
    });
    const { book, diagnostics } = loadBook(path);
    expect(book).toBeNull();
    const lines = diagnostics.map((d) => `${d.line}:${d.column}: ${d.severity}: ${d.message}`);
    expect(lines).toContain('2:1: warning: unknown book.yaml key "autor"; did you mean "author"?');
    expect(lines).toContain('4:5: error: chapter file "nope.md" does not exist (looked for ' + join(path, '..', 'nope.md') + ')');
    const part = loadBook(bookWith({ 'book.yaml': 'title: T\nchapters:\n  - part: "P"\n    chapter:\n      - a.md\n' }));
    expect(part.book).toBeNull();
    expect(part.diagnostics.map((d) => `${d.line}:${d.column}: ${d.message}`)).toContain('4:5: unknown key "chapter" in a part; did you mean "chapters"?');
  });
});
