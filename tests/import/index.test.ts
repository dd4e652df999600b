// `galley import` on saved pages made for the purpose (tests/fixtures/import,
// written by make.mjs): each container gives the same manuscript, with the
// page's own metadata, its saved images, and none of its scripts, frames,
// forms or trackers.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { formatDiagnostic, UserError } from '../../src/diagnostics.ts';
import { importPage, type ImportResult } from '../../src/import/index.ts';
import { decodeHtml } from '../../src/import/page.ts';
import { parseManuscript } from '../../src/parse/index.ts';

const fixture = (name: string): string => new URL(`../fixtures/import/${name}`, import.meta.url).pathname;
const out = (): string => mkdtempSync(join(tmpdir(), 'galley-import-'));
const URL_OF_ARTICLE = 'https://harbour.example/news/tides.html';

async function imported(name: string, options: { url?: string; linksAsNotes?: boolean } = {}): Promise<{ result: ImportResult; markdown: string; dir: string }> {
  const dir = out();
  const result = await importPage(fixture(name), { outDir: dir, linksAsNotes: options.linksAsNotes ?? false, ...(options.url !== undefined ? { url: options.url } : {}) });
  return { result, markdown: readFileSync(result.manuscript, 'utf8'), dir };
}

async function refusal(name: string, options: { url?: string } = {}): Promise<string> {
  try {
    await imported(name, options);
  } catch (error) {
    if (error instanceof UserError) return error.diagnostics.map(formatDiagnostic).join('\n');
    throw error;
  }
  throw new Error(`${name} was imported`);
}

const frontMatterOf = (markdown: string): string => /^---\n([\s\S]*?)\n---\n/u.exec(markdown)?.[1] ?? '';
const bodyOf = (markdown: string): string => markdown.replace(/^---\n[\s\S]*?\n---\n/u, '');

// Git does not keep the saved page's file time: fix the capture time where it would come from it.
let epoch: string | undefined;
beforeEach(() => {
  epoch = process.env.SOURCE_DATE_EPOCH;
});
afterEach(() => {
  if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
  else process.env.SOURCE_DATE_EPOCH = epoch;
});

describe('a page saved as HTML with its _files folder', () => {
  test('gives front matter from Open Graph, JSON-LD and <meta>, which Galley accepts', async () => {
    process.env.SOURCE_DATE_EPOCH = '1742025600';
    const { result, markdown } = await imported('article.html');
    const front = frontMatterOf(markdown);
    expect(front).toContain('title: Ledgers of the Tide Keepers\n');
    expect(front).toContain('subtitle: Two centuries of handwritten tide readings show the sea rising at Brightwater.\n');
    expect(front).toContain('author:\n  - Ada Lovelace\n  - Grace Hopper\n');
    expect(front).toContain('publisher: The Harbour Gazette\n');
    expect(front).toContain('date: 2025-03-14\n');
    expect(front).toContain(`source: ${URL_OF_ARTICLE}\n`);
    expect(front).toContain('lang: en-GB\n');
    expect(front).toContain('archived: 2025-03-15T08:00:00Z\n');
    expect(front).toMatch(/identifier: urn:galley:web:[0-9a-f]{32}\n/u);
    expect(front).toContain(`rights: Archival copy of ${URL_OF_ARTICLE}, captured 2025-03-15; all rights remain with The Harbour Gazette.`);
    const parsed = parseManuscript(result.manuscript, readFileSync(result.manuscript));
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.document?.metadata).toMatchObject({ title: 'Ledgers of the Tide Keepers', authors: ['Ada Lovelace', 'Grace Hopper'], lang: 'en-GB', date: '2025-03-14', source: URL_OF_ARTICLE });
  });

  test('keeps headings, lists, tables, quotes, strikethrough and figures with captions, in order', async () => {
    const { markdown } = await imported('article.html');
    const body = bodyOf(markdown);
    const order = [
      'The old harbour of Brightwater',
      '![The quay at Brightwater at low water](ledgers-of-the-tide-keepers-1.png "The quay where the gauge was read each morning.")',
      '## What the ledgers show',
      '[steeply after 1970](<https://university.example/tides/report>)',
      '~always~',
      '-   1820s: a mean high water of 4.12 metres',
      '| Decade | Mean high water |',
      '> We never thought the ledgers would matter',
      '![Chart of mean high water by decade](ledgers-of-the-tide-keepers-2.png',
      '*Map of the old quay*',
      'beside the parish registers.',
    ];
    const at = order.map((text) => body.indexOf(text));
    expect(at.every((i) => i >= 0), JSON.stringify(at)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // The title is in the front matter; the article's own h1 would print it twice.
    expect(body).not.toMatch(/^# Ledgers/mu);
  });

  test('writes its images beside the manuscript, converting WebP to PNG, and warns where a saved image is missing', async () => {
    const { result, dir } = await imported('article.html');
    expect(readdirSync(dir).sort()).toEqual(['ledgers-of-the-tide-keepers-1.png', 'ledgers-of-the-tide-keepers-2.png', 'ledgers-of-the-tide-keepers.md']);
    expect(readFileSync(join(dir, 'ledgers-of-the-tide-keepers-1.png')).equals(readFileSync(fixture('article_files/harbour.png')))).toBe(true);
    expect(readFileSync(join(dir, 'ledgers-of-the-tide-keepers-2.png')).readUInt32BE(0)).toBe(0x89504e47);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      `${fixture('article.html')}:31:19: warning: image article_files/quay-map.jpg is not in the saved files; the figure keeps its caption only`,
    ]);
  });

  test('leaves out scripts, iframes, forms, tracking pixels and the page furniture', async () => {
    const { markdown, result } = await imported('article.html');
    for (const secret of ['tracker-secret', 'form-secret', 'iframe-secret', 'script-secret', 'Subscribe', 'Newsletter', 'Most read', 'Ferry timetable', 'pixel', 'google-analytics']) {
      expect(markdown, secret).not.toContain(secret);
    }
    expect(result.original.map((f) => [f.name, f.type])).toEqual([
      ['article.html', 'text/html'],
      ['1-harbour.png', 'image/png'],
      ['2-chart.webp', 'image/webp'],
    ]);
  });

  test('--links-as-notes: each external link keeps its text and gains a note with its URL', async () => {
    const { markdown, result } = await imported('article.html', { linksAsNotes: true });
    expect(markdown).toContain('steeply after 1970[^link-1], as the sea wall story[^link-2] explained');
    expect(markdown).toContain('[^link-1]: <https://university.example/tides/report>');
    expect(markdown).toContain('[^link-2]: <https://harbour.example/news/sea-wall.html>');
    expect(parseManuscript(result.manuscript, readFileSync(result.manuscript)).document?.notes).toHaveLength(2);
  });
});

describe('the same page as MHTML and in a WARC', () => {
  test('MHTML: the same article and images; captured at its Date header', async () => {
    process.env.SOURCE_DATE_EPOCH = '1742025600';
    const html = await imported('article.html');
    delete process.env.SOURCE_DATE_EPOCH;
    const mhtml = await imported('article.mhtml');
    expect(bodyOf(mhtml.markdown)).toBe(bodyOf(html.markdown));
    expect(frontMatterOf(mhtml.markdown)).toBe(frontMatterOf(html.markdown));
    expect(readFileSync(join(mhtml.dir, 'ledgers-of-the-tide-keepers-1.png')).equals(readFileSync(fixture('article_files/harbour.png')))).toBe(true);
    expect(mhtml.result.diagnostics.map((d) => d.message)).toEqual([
      'image https://harbour.example/images/quay-map.jpg is not in the saved files (line and column in its HTML); the figure keeps its caption only',
    ]);
  });

  test('WARC: --url chooses the record; its WARC-Date is the capture time; its other records are the images', async () => {
    const warc = await imported('crawl.warc.gz', { url: URL_OF_ARTICLE });
    expect(frontMatterOf(warc.markdown)).toContain('archived: 2025-03-15T08:00:00Z\n');
    expect(warc.markdown).toContain('![The quay at Brightwater at low water](ledgers-of-the-tide-keepers-1.png');
    // The crawl did not fetch the chart: its caption stays.
    expect(warc.markdown).toContain('*Mean high water by decade, from the ledgers.*');
    const other = await imported('crawl.warc.gz', { url: 'https://harbour.example/news/lifeboat.html#top' });
    expect(frontMatterOf(other.markdown)).toContain('title: Lifeboat day\n');
    expect(frontMatterOf(other.markdown)).toContain('source: https://harbour.example/news/lifeboat.html\n');
  });

  test('WARC without --url, or with one it does not hold: an error listing the pages it has', async () => {
    const listing = 'https://harbour.example/news/tides.html\n  https://harbour.example/news/lifeboat.html';
    expect(await refusal('crawl.warc.gz')).toBe(`${fixture('crawl.warc.gz')}:1:1: error: the WARC file holds 2 pages; choose one with --url:\n  ${listing}`);
    expect(await refusal('crawl.warc.gz', { url: 'https://harbour.example/nope.html' })).toBe(
      `${fixture('crawl.warc.gz')}:1:1: error: the WARC file has no page at https://harbour.example/nope.html; it has:\n  ${listing}`,
    );
  });

  test('the identifier depends on the URL only: every copy of the article has the same one', async () => {
    const identifiers = await Promise.all(
      [['article.html'], ['article.mhtml'], ['crawl.warc.gz', URL_OF_ARTICLE]].map(async ([name, url]) => /identifier: (\S+)/u.exec((await imported(name ?? '', url !== undefined ? { url } : {})).markdown)?.[1]),
    );
    expect(new Set(identifiers).size).toBe(1);
  });
});

describe('pages that are not articles', () => {
  test('an index page and a login wall are errors naming the file, and nothing is written', async () => {
    expect(await refusal('index.html')).toMatch(new RegExp(`^${fixture('index.html')}:1:1: error: no article found in this page: \\d+% of its main text is links`, 'u'));
    expect(await refusal('login.html')).toMatch(new RegExp(`^${fixture('login.html')}:1:1: error: no article found in this page: its main text has \\d+ word\\(s\\)`, 'u'));
  });

  test('a missing file, or one that is no saved page, is an error naming it', async () => {
    expect(await refusal('nowhere.html')).toBe(`${fixture('nowhere.html')}:1:1: error: cannot read the page: no such file`);
    expect(await refusal('make.mjs')).toMatch(/make\.mjs:1:1: error: not a saved web page/u);
  });

  test('a broken MHTML or WARC file is an error naming it, never a crash', async () => {
    const dir = out();
    const cases: [string, string | Buffer, RegExp][] = [
      ['broken.mhtml', 'From: nobody\r\nSubject: not multipart\r\n\r\nhello', /broken\.mhtml:1:1: error: not an MHTML file/u],
      ['broken.warc', 'WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\ntruncated', /broken\.warc:1:1: error: (not a readable WARC file|the WARC file holds no HTML page)/u],
      ['empty.warc.gz', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]), /empty\.warc\.gz:1:1: error: /u],
    ];
    for (const [name, content, expected] of cases) {
      writeFileSync(join(dir, name), content);
      await expect(importPage(join(dir, name), { outDir: join(dir, 'out'), linksAsNotes: false }), name).rejects.toThrow(expected);
    }
  });

  test('--strict: a missing image is an error and nothing is written', async () => {
    const dir = out();
    await expect(importPage(fixture('article.html'), { outDir: dir, linksAsNotes: false, strict: true })).rejects.toThrow(/error: image article_files\/quay-map.jpg is not in the saved files/u);
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
  });
});

describe('the archived key in front matter', () => {
  test('takes a date or a date and time, and reports anything else where it is', () => {
    const manuscript = (value: string): Buffer => Buffer.from(`---\ntitle: T\narchived: ${value}\n---\n\nText.\n`);
    expect(parseManuscript('a.md', manuscript('2025-03-15T08:00:00Z')).diagnostics).toEqual([]);
    expect(parseManuscript('a.md', manuscript('2025-03-15')).diagnostics).toEqual([]);
    expect(parseManuscript('a.md', manuscript('last week')).diagnostics.map(formatDiagnostic)).toEqual([
      'a.md:3:11: error: front matter "archived" must be a date (YYYY-MM-DD) or a date and time such as 2026-01-02T10:30:00Z',
    ]);
  });
});

describe('the page\u2019s encoding', () => {
  test('a legacy charset is honoured, and UTF-8 text is UTF-8 whatever its old <meta charset> says', () => {
    const head = '<html><head><meta charset="windows-1252"></head><body>';
    expect(decodeHtml(Buffer.concat([Buffer.from(head, 'latin1'), Buffer.from([0x63, 0x61, 0x66, 0xe9])]))).toContain('café');
    expect(decodeHtml(Buffer.from(`${head}caf\u00e9 \u817e\u8baf`, 'utf8'))).toContain('café 腾讯');
    expect(decodeHtml(Buffer.from([0x93, 0x71, 0x94]), 'windows-1252')).toBe('\u201cq\u201d');
  });
});
