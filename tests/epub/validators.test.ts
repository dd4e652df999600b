// The EPUBs open in the validators with nothing to report: the TypeScript port
// of EPUBCheck in-process, then Java EPUBCheck and Ace by DAISY when installed.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { EpubCheck } from '@likecoin/epubcheck-ts';
import { beforeAll, describe, expect, test } from 'vitest';
import type { PageStart } from '../../src/document.ts';
import { blockText, words } from '../../src/text.ts';
import { ARTICLE, EVERY_NODE } from '../fixtures/epub/documents.ts';
import { build } from '../fixtures/epub/build.ts';
import { epubcheckJar, onPath, testWithValidator } from '../helpers/validators.ts';

const run = promisify(execFile);

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
    testWithValidator('Java EPUBCheck', epubcheckJar !== undefined, `${name}: 0 errors, 0 warnings`, async () => {
      const { stdout, stderr } = await run('java', ['-jar', epubcheckJar ?? '', books[name] ?? '']).catch((error: { stdout: string; stderr: string }) => error);
      expect(`${stdout}\n${stderr}`).toMatch(/Messages: 0 fatals \/ 0 errors \/ 0 warnings/u);
    });
  }
});

/** Ace by DAISY's CLI: GALLEY_ACE names it, else `ace-puppeteer` on PATH. */
const ace = process.env.GALLEY_ACE !== undefined && existsSync(process.env.GALLEY_ACE) ? process.env.GALLEY_ACE : onPath('ace-puppeteer') ? 'ace-puppeteer' : undefined;

interface AceAssertion {
  readonly 'earl:result': { readonly 'earl:outcome': string };
  readonly 'earl:test'?: { readonly 'dct:title': string };
  readonly assertions?: readonly AceAssertion[];
}

describe('Ace by DAISY', () => {
  for (const name of ['every-node.epub', 'article.epub']) {
    testWithValidator(
      'Ace by DAISY',
      ace !== undefined,
      `${name}: 0 violations`,
      async () => {
        const out = mkdtempSync(path.join(tmpdir(), 'galley-ace-'));
        const env = { ...process.env };
        if (env.PUPPETEER_EXECUTABLE_PATH === undefined && existsSync('/usr/bin/chromium')) env.PUPPETEER_EXECUTABLE_PATH = '/usr/bin/chromium';
        await run(ace ?? '', ['-f', '-s', '-o', out, books[name] ?? ''], { env });
        const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as { 'earl:result': { 'earl:outcome': string }; assertions: AceAssertion[] };
        const violations = report.assertions.flatMap((doc) => (doc.assertions ?? []).filter((a) => a['earl:result']['earl:outcome'] === 'fail'));
        expect(violations.map((v) => v['earl:test']?.['dct:title'])).toEqual([]);
        expect(report['earl:result']['earl:outcome']).toBe('pass');
      },
      180_000,
    );
  }
});
