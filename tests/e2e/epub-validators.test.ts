// The EPUBs open in the validators with nothing to report: the TypeScript port
// of EPUBCheck in-process, then Java EPUBCheck and Ace by DAISY when installed.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EpubCheck } from '@likecoin/epubcheck-ts';
import { beforeAll, describe, expect, test } from 'vitest';
import type { PageStart } from '../../src/document.ts';
import { blockText, words } from '../../src/text.ts';
import { ARTICLE, EVERY_NODE } from '../fixtures/epub/documents.ts';
import { build } from '../fixtures/epub/build.ts';
import { JAVA_EPUBCHECK_TIMEOUT, runAce, runJavaEpubcheck, testWith } from '../helpers/external.ts';

/** A page start in the middle of every block that has words, as a PDF might give. */
const PAGE_STARTS: PageStart[] = [
  { page: 1, block: -1, word: 0 },
  ...EVERY_NODE.blocks.flatMap((block, index) => {
    const count = words(blockText(block)).length;
    return count > 0 ? [{ block: index, word: Math.floor(count / 2) }] : [];
  }).map((start, n) => ({ ...start, page: n + 2 })),
];

const books: Record<string, string> = {};

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'galley-epub-'));
  const built = {
    'every-node.epub': await build(EVERY_NODE, { pageStarts: PAGE_STARTS }),
    'article.epub': await build(ARTICLE),
  };
  for (const [name, bytes] of Object.entries(built)) {
    books[name] = path.join(dir, name);
    writeFileSync(path.join(dir, name), bytes);
  }
});

describe('EPUBCheck (TypeScript port, in-process)', () => {
  for (const name of ['every-node.epub', 'article.epub']) {
    test(`${name}: no fatal errors, errors or warnings`, async () => {
      const result = await EpubCheck.validate(new Uint8Array(readFileSync(books[name] ?? '')));
      const problems = result.messages.filter((m) => m.severity !== 'usage' && m.severity !== 'info');
      expect(problems.map((m) => `${m.severity} ${m.id} ${m.location?.path ?? ''}: ${m.message}`)).toEqual([]);
      expect(result.version).toBe('3.0');
    });
  }
});

describe('Java EPUBCheck', () => {
  for (const name of ['every-node.epub', 'article.epub']) {
    testWith(
      'Java EPUBCheck',
      `${name}: 0 errors, 0 warnings`,
      async () => {
        expect(await runJavaEpubcheck(books[name] ?? '')).toMatch(/Messages: 0 fatals \/ 0 errors \/ 0 warnings/u);
      },
      JAVA_EPUBCHECK_TIMEOUT,
    );
  }
});

describe('Ace by DAISY', () => {
  for (const name of ['every-node.epub', 'article.epub']) {
    testWith(
      'Ace by DAISY',
      `${name}: 0 violations`,
      async () => {
        const { outcome, violations } = await runAce(books[name] ?? '');
        expect(violations).toEqual([]);
        expect(outcome).toBe('pass');
      },
      180_000,
    );
  }
});
