// The benchmark's generated book (bench/book300.ts: twenty chapters in four
// parts, the seed article's text with its notes and citations) built end to
// end and read back: at least 300 pages, every contents entry the label of
// the page its chapter opens on, every note on its mark's page within its
// chapter, and every word of every chapter in the text layer, in order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeBook } from '../../bench/book300.ts';
import { checkContents } from '../../src/check/pdf/contents.ts';
import { readPdfText, type PdfText, type TextPage } from '../../src/check/pdf/layer.ts';
import { checkNotesOnPage, checkTextAgainstSource } from '../../src/check/pdf/text-layer.ts';
import { runGalley, temporaryDir } from '../helpers/cli.ts';

const CHAPTERS = 20;
const textOf = (page: TextPage): string => page.items.map((item) => item.str).join(' ').replace(/\s+/gu, ' ');

describe('the generated 300-page book', () => {
  const dir = temporaryDir('galley-book300-');
  const out = join(dir, 'out');
  let bytes: Uint8Array = new Uint8Array();
  let text: PdfText = { pages: [], attachments: new Map(), chapterStarts: [] };

  beforeAll(async () => {
    writeBook(join(dir, 'book300'), CHAPTERS);
    const run = runGalley(['build', join(dir, 'book300'), '--out', out, '--format', 'pdf'], { SOURCE_DATE_EPOCH: '1700000000' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/error|link to .* is dropped/u);
    bytes = new Uint8Array(readFileSync(join(out, 'book300.pdf')));
    text = await readPdfText(bytes);
  }, 300_000);

  it('has at least 300 pages, and every chapter opens where the contents say', async () => {
    expect(text.pages.length).toBeGreaterThanOrEqual(300);
    // The twenty chapters, then the Sources gathered at the book's end.
    expect(text.chapterStarts).toHaveLength(CHAPTERS + 1);
    const contents = text.pages.filter((p) => p.label !== String(Number(p.label)) && textOf(p).includes('Kursk front')).map(textOf).join(' ');
    for (const [i, start] of text.chapterStarts.slice(0, CHAPTERS).entries()) {
      const opening = text.pages[start - 1];
      expect(textOf(opening!)).toContain(`Report ${i + 1} from the Kursk front`);
      expect(contents, `chapter ${i + 1}`).toMatch(new RegExp(`Report ${i + 1} from the Kursk front[ .]*${opening!.label}(?:\\s|$)`, 'u'));
    }
    const check = await checkContents(bytes);
    expect(check.status, check.details?.join('\n')).toBe('pass');
    // Twenty chapters, four parts and the Sources.
    expect(check.message).toMatch(/^25 entries/u);
  }, 300_000);

  it('sets every note on the page of its mark, chapter by chapter', () => {
    const check = checkNotesOnPage(text.pages, text.chapterStarts);
    expect(check.status, check.details?.join('\n')).toBe('pass');
    expect(check.message).toMatch(new RegExp(`paired within ${CHAPTERS} chapter\\(s\\)`, 'u'));
  });

  it('loses no word of any chapter, body or note', async () => {
    const chapters = Array.from({ length: CHAPTERS }, (_, i) => readFileSync(join(dir, 'book300', `chapter-${String(i + 1).padStart(2, '0')}.md`), 'utf8'));
    const check = await checkTextAgainstSource(text.pages, chapters);
    expect(check.status, check.details?.join('\n')).toBe('pass');
  }, 300_000);
});
