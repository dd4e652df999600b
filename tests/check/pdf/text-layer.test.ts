// `galley check` reading the text layer against the embedded manuscript: the
// cases that used to fail correct files now pass, and files broken for the
// purpose (a note's text gone from its page, a paragraph missing, paragraphs
// out of order) fail with a message that says which passage and which page.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkFile } from '../../../src/check/index.ts';
import type { CheckResult } from '../../../src/check/index.ts';
import { readTextLayer } from '../../../src/check/pdf/layer.ts';
import { loadFonts } from '../../../src/fonts.ts';
import { parseManuscript } from '../../../src/parse/index.ts';
import { layoutDocument } from '../../../src/pdf/layout/index.ts';
import type { Page } from '../../../src/pdf/page-model.ts';
import { paintPdf } from '../../../src/pdf/paint/index.ts';
import { loadTheme } from '../../../src/theme/load.ts';
import { temporaryDir } from '../../helpers/cli.ts';

const out = temporaryDir('galley-text-layer-');
const theme = loadTheme();
const fonts = loadFonts(theme);

interface Built {
  readonly file: string;
  readonly text: CheckResult;
  readonly notes: CheckResult;
}

/**
 * Lays out `typeset` as Galley does and paints it with `embedded` (by default the
 * same manuscript) as the embedded source, after `edit` has changed the pages.
 */
async function build(name: string, typeset: string, options: { embedded?: string; edit?: (pages: readonly Page[]) => Page[] } = {}): Promise<Built> {
  const path = join(out, `${name}.md`);
  writeFileSync(path, typeset);
  const { document } = parseManuscript(path, Buffer.from(typeset));
  if (document === null) throw new Error(`${name}: does not parse`);
  const doc = { ...document, source: Buffer.from(options.embedded ?? typeset) };
  const { pages } = layoutDocument(doc, theme, fonts);
  const painted = options.edit?.(pages) ?? pages;
  const info = { Title: doc.metadata.title, CreationDate: new Date(0), ModDate: new Date(0), Producer: 'test', Creator: 'test' };
  const { bytes } = await paintPdf(painted, fonts, theme, {
    writer: { info, lang: 'en-GB', version: '1.7', xmp: '' },
    interactive: true,
    source: { bytes: doc.source, name: `${name}.md`, date: new Date(0) },
  });
  const file = join(out, `${name}.pdf`);
  writeFileSync(file, bytes);
  const report = await checkFile(file);
  const byId = (id: string): CheckResult => report.checks.find((c) => c.id === id) ?? { id, title: id, status: 'skip', message: 'not run' };
  return { file, text: byId('pdf.text'), notes: byId('pdf.notes') };
}

const passes = (built: Built): void => {
  expect(built.text.details ?? []).toEqual([]);
  expect(built.text.status).toBe('pass');
  expect(built.notes.status).toBe('pass');
};

// A few hundred distinct words, so a passage is recognisable in a message.
const WORDS = 'harbour tide lantern quay ferry gull net rope keel mast sail anchor beacon pier jetty dune cove reef shoal brine'.split(' ');
function prose(count: number, seed: number): string {
  const words = Array.from({ length: count }, (_, i) => `${WORDS[(i * 7 + seed) % WORDS.length]}${(i * 13 + seed) % 29}`);
  return `${words.join(' ')}.`;
}

const frontMatter = (title: string, lang = 'en-GB'): string => `---\ntitle: ${title}\nlang: ${lang}\n---\n\n`;
const CHINESE = '北京大学图书馆收藏了大量珍贵的古籍文献，其中包括宋元明清各个时期的刻本和抄本。这些文献对于研究中国古代历史、文学、哲学和科学技术具有重要价值。';
const LONG_WORDS = 'extraordinary circumstances notwithstanding parliamentary commission recommended comprehensive reorganisation administrative responsibilities neighbouring jurisdictions'.split(' ');
/** Long words in a scrambled but fixed order (a linear congruential sequence), so lines end mid-word. */
function longWords(count: number, seed: number): string {
  let state = seed + 1;
  return Array.from({ length: count }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return LONG_WORDS[Math.floor(state / 65536) % LONG_WORDS.length];
  }).join(' ');
}

// An English-led paragraph of mostly Arabic words: a left-to-right paragraph (its first strong character), whose first line is mostly Arabic.
const LATIN_LED_ARABIC = '# A\n\nTypeShadow هو تطبيق مصمم مع دعم كامل (RTL) ومن اليسار إلى اليمين (LTR). تدرب على الكتابة بالعربية.\n';
// A table whose second row the page ends inside: its long middle cell goes on overleaf, after the row's last cell on the first page.
const SPLIT_ROW = `# Split\n\n${Array.from({ length: 12 }, (_, i) => `Filler paragraph number ${i + 1} with enough words to take up a full line or two of the page body text here.\n\n`).join('')}| | A | B |
| - | - | - |
| *Grant* | If 83(b) election filed, ordinary tax on FMV. None otherwise. | No tax. |
| *Vesting* | None if 83(b) election filed. Ordinary tax on FMV of vested portion otherwise and some more words to make it long enough to wrap over many lines in a narrow column. | Ordinary tax on value. |
| *Sale* | Long-term gains. | Long-term. |
`;

// Code in narrow table columns, broken between two letters with no hyphen (":kissin" / "g:"), beside a cell with the same word whole.
const CODE_COLUMNS = `# Face Affection

| | ico | shortcode | ico | shortcode | |
| - | :-: | - | :-: | - | - |
| top | smiling_face_with_three_hearts | \`:smiling_face_with_three_hearts:\` | heart_eyes | \`:heart_eyes:\` | top |
| top | star_struck | \`:star_struck:\` | kissing_heart | \`:kissing_heart:\` | top |
| top | kissing | \`:kissing:\` | relaxed | \`:relaxed:\` | top |
`;

/** The page each of `phrases` is drawn on. */
async function pagesOf(file: string, phrases: readonly string[]): Promise<number[]> {
  const pages = await readTextLayer(readFileSync(file));
  return phrases.map((phrase) => pages.find((page) => page.items.some((item) => item.str.includes(phrase)))?.number ?? 0);
}

describe('correct files pass', () => {
  test('401 filler words, then a claim with a note', async () => {
    passes(await build('filler', `${frontMatter('Filler')}${Array(401).fill('filler').join(' ')}\n\nA claim.[^a]\n\n[^a]: Zebra.\n`));
  });

  test('a Chinese paragraph many lines long, with a note', async () => {
    const built = await build('chinese', `${frontMatter('长段落', 'zh-CN')}${CHINESE.repeat(30)}[^1]\n\n${CHINESE.repeat(3)}\n\n[^1]: ${CHINESE.repeat(2)}\n`);
    passes(built);
    expect(built.text.message).toMatch(/all 2\d{3} words/u);
  });

  test('Arabic and Hebrew inside English lines, and an Arabic paragraph many lines long, with a note', async () => {
    const arabic = 'هذه فقرة عربية طويلة بما يكفي لتمتد على أكثر من سطر واحد في الصفحة، وفيها رقم 1984 وكلمة Markdown واحدة.';
    const mixed = 'The greeting مرحبا بالعالم means hello, and שלום עולם is its Hebrew twin.';
    const built = await build('bidi', `${frontMatter('Scripts')}${mixed} ${mixed}\n\n${arabic} ${arabic}[^1]\n\n[^1]: حاشية قصيرة.\n`);
    passes(built);
  });

  test('numbers in Persian text, which the bidirectional algorithm sets apart ("3-1" after Persian letters is drawn "1-3")', async () => {
    const persian = 'در اینجا نسخه‌ای از مثال دامنه ما از فهرست ۴-۱ وجود دارد و جدول 3-1 را ببینید، از سال 1990 2000 تا امروز. مالک الگو کلاس گلاب.';
    passes(await build('persian-numbers', `---\ntitle: آزمون\nlang: fa\n---\n\n${persian}\n`));
  });

  test('a paragraph that opens with a Latin word, set left to right though its first line is mostly Arabic', async () => {
    passes(await build('latin-led-arabic', LATIN_LED_ARABIC));
  });

  test('a table row split across pages, read cell by cell', async () => {
    const built = await build('split-row', SPLIT_ROW);
    // The premise: the long cell goes on overleaf, the row's last cell is on the first page.
    expect(await pagesOf(built.file, ['Ordinary tax on value', 'in a narrow column'])).toEqual([1, 2]);
    passes(built);
  });

  test('code broken between two letters in a narrow table column, the same word whole in the next cell', async () => {
    const built = await build('code-columns', CODE_COLUMNS);
    // The premise: the code is broken with no hyphen.
    expect(await pagesOf(built.file, [':kissin', 'g:'])).toEqual([1, 1]);
    passes(built);
  });

  test('MDX: comments, import statements and components are not printed, and not expected', async () => {
    const mdx = "```mdx-code-block\nimport Tabs from '@theme/Tabs';\n```\n\n## Requirements {/* #requirements */}\n\n:::info Meta-Only\n\nRun this {/* not this */} command.\n\n:::\n\nimport Guide from '@site/src/Guide';\n\n<Guide />\n\nThe end.\n";
    passes(await build('mdx', `${frontMatter('MDX')}${mdx}`));
  });

  test('LaTeX equation labels: \\eqref and \\ref are expected as the numbers they print', async () => {
    const tex = '$$\nE = mc^2 \\label{energy}\n$$\n\nBy \\eqref{energy} and \\ref{energy} we see it.\n\n\\begin{equation}\na = b \\label{eq:ab}\n\\end{equation}\n\nSee \\eqref{eq:ab}.\n';
    passes(await build('latex-labels', `${frontMatter('Labels')}${tex}`));
  });

  test('notes continued overleaf, with words hyphenated across the page', async () => {
    const paragraphs = Array.from({ length: 12 }, (_, i) => `${longWords(40, i)}.[^n${i}] ${longWords(20, i + 3)}.`);
    const notes = Array.from({ length: 12 }, (_, i) => `[^n${i}]: ${longWords(160, i + 1)}.`);
    const built = await build('overleaf', `${frontMatter('Overleaf')}${paragraphs.join('\n\n')}\n\n${notes.join('\n')}\n`);
    passes(built);
    // The case itself: a page's notes end with a hyphen, and the next page's open without a note number.
    const layer = await readTextLayer(readFileSync(built.file));
    const foot = layer.map((page) => page.items.filter((item) => (item.role === 'note' || item.role === 'label') && item.str.trim() !== ''));
    const overleaf = foot.filter((items, i) => items.at(-1)?.str.trim().endsWith('-') === true && foot[i + 1]?.[0]?.role === 'note');
    expect(overleaf.length).toBeGreaterThan(0);
  });

  test('punctuation glued to note marks', async () => {
    passes(await build('glued', `${frontMatter('Glued')}A reference,[^1] another;[^2] a quote.”[^3] (a parenthesis)[^4] the end.[^5]\n\n[^1]: One.\n[^2]: Two.\n[^3]: Three.\n[^4]: Four.\n[^5]: Five.\n`));
  });

  test('a long manuscript: the article nine times over, a note on every paragraph (136 written notes, 262 in all, 31 pages)', async () => {
    const article = readFileSync('manuscript/article.md', 'utf8');
    const [, head = '', body = ''] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/u.exec(article) ?? [];
    const paragraphs = body.split(/\n{2,}/u).filter((p) => /^[A-Z“‘]/u.test(p.trim()));
    const copies = Array.from({ length: 9 }, (_, c) =>
      paragraphs.map((p, i) => {
        const words = p.replace(/\[[^\]]*\]/gu, '').split(/\s+/u);
        return `${p.trim()}[^c${c}p${i}]\n\n[^c${c}p${i}]: Copy ${c + 1}, paragraph ${i + 1}: ${words.slice(-12).reverse().join(' ')}.`;
      }),
    );
    const text = `${head}${copies.flat().join('\n\n')}\n\n${/\n(\[\^original\]:[^\n]*)/u.exec(body)?.[1] ?? ''}\n`;
    copyFileSync('manuscript/sources.yaml', join(out, 'sources.yaml'));
    const built = await build('long', text);
    passes(built);
    expect(Number(/ (\d+) note/u.exec(built.text.message)?.[1])).toBeGreaterThan(130);
  }, 300_000);
});

describe('broken files fail, saying where', () => {
  const text = `${frontMatter('Broken')}${prose(220, 1)}[^first]\n\n${prose(180, 2)}\n\nThe lighthouse keeper wrote a single unmistakable sentence here.\n\n${prose(200, 3)}[^second]\n\n[^first]: Zebras graze quietly beside the estuary at dawn.\n[^second]: ${prose(30, 4)}\n`;

  test('a note’s text deleted from its page', async () => {
    const built = await build('note-deleted', text, {
      edit: (pages) => pages.map((page, i) => (i === 0 ? { ...page, notes: page.notes.filter((item) => item.kind !== 'line') } : page)),
    });
    expect(built.text.status).toBe('fail');
    expect(built.text.details).toEqual([expect.stringMatching(/^note \[\^first\] \(its mark on page 1\): 8 word\(s\) missing at the start: “zebras graze quietly beside the estuary at dawn”$/u)]);
  });

  test('a word missing from an MkDocs admonition or a MyST directive, whose markup is not printed', async () => {
    const boxes = `${frontMatter('Boxes')}!!! note "Tides"\n    The causeway floods twice daily.\n\n\`\`\`{admonition} Rules\n:class: tip\nMoor at the quay.\n\`\`\`\n`;
    passes(await build('boxes', boxes));
    const built = await build('boxes-missing', boxes.replace('floods ', ''), { embedded: boxes });
    expect(built.text.status).toBe('fail');
    expect(built.text.details).toEqual([expect.stringMatching(/^body text, page 1: 1 word\(s\) missing after “… the causeway”: “floods”$/u)]);
  });

  test('a paragraph’s words missing', async () => {
    const built = await build('paragraph-missing', text.replace('The lighthouse keeper wrote a single unmistakable sentence here.\n\n', ''), { embedded: text });
    expect(built.text.status).toBe('fail');
    expect(built.text.details).toEqual([expect.stringMatching(/^body text, page 2: 9 word\(s\) missing after “… .*”: “the lighthouse keeper wrote a single unmistakable sentence …”$/u)]);
  });

  test('a word missing from a Latin-led line of Arabic', async () => {
    const built = await build('latin-led-arabic-missing', LATIN_LED_ARABIC.replace('اليسار ', ''), { embedded: LATIN_LED_ARABIC });
    expect(built.text.status).toBe('fail');
    expect(built.text.details).toEqual([expect.stringMatching(/^body text, page 1: 1 word\(s\) missing after “… .* ومن”: “اليسار”$/u)]);
  });

  test('a word missing from a table cell’s part overleaf', async () => {
    const built = await build('split-row-missing', SPLIT_ROW.replace('narrow column', 'column'), { embedded: SPLIT_ROW });
    expect(built.text.status).toBe('fail');
    expect(built.text.details).toEqual([expect.stringMatching(/^body text, page 2: 1 word\(s\) missing after “… .* in a”: “narrow”$/u)]);
  });

  test('a word missing beside code broken between two letters', async () => {
    const built = await build('code-columns-missing', CODE_COLUMNS.replace('| top | kissing |', '| top | |'), { embedded: CODE_COLUMNS });
    expect(built.text.status).toBe('fail');
    expect(built.text.details).toEqual([expect.stringMatching(/^body text, page 1: 1 word\(s\) out of order \(found on page 1\) after “… .* top top kissing”: “kissing”$/u)]);
  });

  test('paragraphs out of order', async () => {
    const moved = text.replace('The lighthouse keeper wrote a single unmistakable sentence here.\n\n', '').replace('[^second]\n', '[^second]\n\nThe lighthouse keeper wrote a single unmistakable sentence here.\n');
    const built = await build('out-of-order', moved, { embedded: text });
    expect(built.text.status).toBe('fail');
    expect(built.text.details).toEqual([expect.stringMatching(/^body text, page 2: 9 word\(s\) out of order \(found on page 3\) after “… .*”: “the lighthouse keeper wrote a single unmistakable sentence …”$/u)]);
  });
});

describe('an Obsidian note', () => {
  const note = '---\ntitle: Obsidian\n---\n\n# Start\n\n> [!faq]- Why check the buoys?\n> Storms move them.%% private %%\n\nSee [[Buoys|the buoy list]] and [[#Start]].\n';

  test('passes, its callout’s label and title read where the marker stands', async () => {
    passes(await build('obsidian', note));
  });

  test('fails when a word of the callout’s title is missing', async () => {
    const built = await build('obsidian-title-missing', note.replace('Why check the buoys?', 'Why check?'), { embedded: note });
    expect(built.text.status).toBe('fail');
    expect(built.text.details).toEqual([expect.stringMatching(/word\(s\) missing after “… .*why check”: “the buoys”$/u)]);
  });
});
