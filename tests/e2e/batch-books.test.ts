// Books in a batch: a folder of manuscripts with book folders among them
// builds each book as one unit (its chapters are not articles of their own),
// the --json summary lists the book, and a rerun rebuilds a book when one of
// its chapters, its book.yaml, its bibliography or its theme changes, and
// only then.
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPdfText } from '../../src/check/pdf/layer.ts';
import { runGalley, temporaryDir } from '../helpers/cli.ts';
import { writeCollection } from '../helpers/collection.ts';

const EPOCH = { SOURCE_DATE_EPOCH: '1700000000' };
const FIXTURE = new URL('../fixtures/book', import.meta.url).pathname;
const TWO_SIDED = new URL('../fixtures/book-two-sided', import.meta.url).pathname;

interface Summary {
  built: number;
  current: number;
  failed: number;
  manuscripts: { input: string; kind: string; status: string; title?: string; chapters?: number; outputs: string[]; pages?: number }[];
}

/** Every file under `dir`, relative to it, sorted. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(?:pdf|epub)$/u.test(name))
    .map((name) => relative(dir, join(dir, name)))
    .sort();

describe('a folder holding books and loose manuscripts', () => {
  const root = temporaryDir('galley-batch-books-');
  const collection = join(root, 'shelf');
  const out = join(root, 'out');
  writeCollection(collection, 2);
  cpSync(FIXTURE, join(collection, 'harbour'), { recursive: true });
  // The book names its own theme, a folder beside its chapters.
  cpSync(TWO_SIDED, join(collection, 'harbour', 'facing'), { recursive: true });
  writeFileSync(join(collection, 'harbour', 'book.yaml'), `${readFileSync(join(collection, 'harbour', 'book.yaml'), 'utf8')}theme: ./facing\n`);
  const build = (...extra: string[]): Summary => {
    const run = runGalley(['build', collection, '--out', out, '-j', '2', '--format', 'pdf', '--json', ...extra], EPOCH);
    expect(run.status, run.stderr).toBe(0);
    return JSON.parse(run.stdout) as Summary;
  };

  test('builds the book as one unit beside the articles, and --json lists it as a book', async () => {
    const summary = build();
    expect([summary.built, summary.current, summary.failed]).toEqual([3, 0, 0]);
    expect(filesUnder(out)).toEqual(['harbour.pdf', 'vol-1/article-1.pdf', 'vol-2/issue-2/article-2.pdf']);
    const book = summary.manuscripts.find((m) => m.kind === 'book');
    expect(book).toMatchObject({ input: join(collection, 'harbour', 'book.yaml'), status: 'built', title: 'The Harbour Book', chapters: 4, outputs: [join(out, 'harbour.pdf')] });
    expect(summary.manuscripts.filter((m) => m.kind === 'manuscript')).toHaveLength(2);
    // The book's PDF is the whole book: its contents page and every chapter's opening.
    const pages = (await readPdfText(new Uint8Array(readFileSync(join(out, 'harbour.pdf'))))).pages;
    expect(book?.pages).toBe(pages.length);
    const text = pages.map((p) => p.items.map((i) => i.str).join(' ')).join(' ');
    for (const title of ['Contents', 'The Rising Water', 'Where the Water Meets the Wall', 'Low Water']) expect(text).toContain(title);
  }, 120_000);

  test('a rerun builds nothing; a changed chapter or book.yaml rebuilds the book, and only the book', () => {
    expect(build().current).toBe(3);
    const chapter = join(collection, 'harbour', 'chapter-2.md');
    writeFileSync(chapter, `${readFileSync(chapter, 'utf8')}\nOne more sentence at the end.\n`);
    const afterChapter = build();
    expect([afterChapter.built, afterChapter.current]).toEqual([1, 2]);
    expect(afterChapter.manuscripts.find((m) => m.status === 'built')?.kind).toBe('book');

    const yaml = join(collection, 'harbour', 'book.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('First edition', 'Second edition'));
    const afterYaml = build();
    expect([afterYaml.built, afterYaml.current]).toEqual([1, 2]);
    expect(afterYaml.manuscripts.find((m) => m.status === 'built')?.input).toBe(yaml);

    const bibliography = join(collection, 'harbour', 'sources.yaml');
    writeFileSync(bibliography, readFileSync(bibliography, 'utf8').replace('1834', '1835'));
    expect(build().built).toBe(1);

    const theme = join(collection, 'harbour', 'facing', 'theme.yaml');
    writeFileSync(theme, readFileSync(theme, 'utf8').replace('twoSided: true', 'twoSided: false'));
    expect(build().built).toBe(1);
    expect(build().built).toBe(0);
  }, 240_000);
});

describe('several book.yaml files named on the command line', () => {
  test('builds each book into its own PDF and EPUB, named after its folder', () => {
    const root = temporaryDir('galley-batch-two-books-');
    cpSync(FIXTURE, join(root, 'a'), { recursive: true });
    cpSync(FIXTURE, join(root, 'b'), { recursive: true });
    const out = join(root, 'out');
    const run = runGalley(['build', join(root, 'a', 'book.yaml'), join(root, 'b', 'book.yaml'), '--out', out, '-j', '2', '--quiet'], EPOCH);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('2 built, 0 already up to date, 0 failed');
    expect(filesUnder(out)).toEqual(['a.epub', 'a.pdf', 'b.epub', 'b.pdf']);
    expect(existsSync(join(out, 'a', 'chapter-1.pdf'))).toBe(false);
  }, 240_000);
});
