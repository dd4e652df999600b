// Real builds through the CLI, judged by validators nobody here wrote: the
// article, the benchmark's 40× article, and a manuscript using every construct.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EpubCheck } from '@likecoin/epubcheck-ts';
import { beforeAll, describe, expect, test } from 'vitest';
import { writeRepeatedManuscript } from '../../bench/long-manuscript.ts';
import { parseManuscript } from '../../src/parse/index.ts';
import { blockText, words } from '../../src/text.ts';
import { runGalley, temporaryDir } from '../helpers/cli.ts';
import { inOrder, textUnits } from '../helpers/read-pdf.ts';
import { JAVA_EPUBCHECK_TIMEOUT, run, runAce, runJavaEpubcheck, testWith } from '../helpers/external.ts';

const out = temporaryDir();
const manuscripts = {
  article: 'manuscript/article.md',
  'article-40x': join(out, 'article-40x.md'),
  'every-node': 'tests/fixtures/manuscripts/every-node.md',
};

beforeAll(() => {
  writeRepeatedManuscript(manuscripts.article, 40, out, 'article-40x.md');
  for (const file of Object.values(manuscripts)) {
    const run = runGalley(['build', file, '--out', out, '--report'], { SOURCE_DATE_EPOCH: '1700000000' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }
});

for (const name of Object.keys(manuscripts)) {
  const epub = (): string => join(out, `${name}.epub`);
  const pdf = (): string => join(out, `${name}.pdf`);

  describe(name, () => {
    test('EPUBCheck (TypeScript port): no errors or warnings', async () => {
      const result = await EpubCheck.validate(new Uint8Array(readFileSync(epub())));
      const problems = result.messages.filter((m) => m.severity !== 'usage' && m.severity !== 'info');
      expect(problems.map((m) => `${m.severity} ${m.id} ${m.location?.path ?? ''}: ${m.message}`)).toEqual([]);
    });

    testWith('Java EPUBCheck', 'Java EPUBCheck: 0 errors, 0 warnings', async () => {
      expect(await runJavaEpubcheck(epub())).toMatch(/^Messages: 0 fatals \/ 0 errors \/ 0 warnings/u);
    }, JAVA_EPUBCHECK_TIMEOUT);

    testWith('Ace by DAISY', 'Ace by DAISY: 0 violations', async () => {
      const { outcome, violations } = await runAce(epub());
      expect(violations).toEqual([]);
      expect(outcome).toBe('pass');
    }, 300_000);

    test('layout report: no overfull lines, widows or orphans, every note on its page', () => {
      const report = JSON.parse(readFileSync(join(out, `${name}.layout.json`), 'utf8'));
      expect(report.overfullLines.count).toBe(0);
      expect(report.notesOffPage).toBe(0);
      const pages = report.pages as { widows: number; orphans: number }[];
      expect(pages.reduce((n, p) => n + p.widows + p.orphans, 0)).toBe(0);
    });

    testWith('pdftotext', 'pdftotext -raw: every word, in order, hyphens at line ends joined', () => {
      const parsed = parseManuscript(manuscripts[name as keyof typeof manuscripts], readFileSync(manuscripts[name as keyof typeof manuscripts]));
      const doc = parsed.document!;
      const expected = [...words(doc.metadata.title), ...doc.blocks.flatMap((block) => words(blockText(block)))];
      const text = run('pdftotext', ['-raw', pdf(), '-']);
      expect(inOrder(textUnits(text), expected)).toBe('all found');
    });

    testWith('qpdf', 'qpdf --check: no errors', () => {
      const check = run('qpdf', ['--check', pdf()]);
      expect(check).toContain('No syntax or stream encoding errors found');
    });

    testWith('pdffonts', 'pdffonts: every font embedded with a Unicode map', () => {
      const rows = run('pdffonts', [pdf()]).trim().split('\n').slice(2);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row, row).toMatch(/\syes\s+yes\s+yes\s+\d+\s+\d+\s*$/);
    });
  });
}
