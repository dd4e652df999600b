// Line breaking by Unicode's rules, on the page model of real layouts:
// Chinese breaks between characters with its line-start and line-end rules and
// is justified by spacing its characters; mixed Chinese and Latin needs no
// emergency pass; a URL or code break never leaves a lone ")" to open a line;
// a note's first line holds more than its number and one word.
import { describe, expect, test } from 'vitest';
import { loadFonts } from '../../../src/fonts.ts';
import { flattenInlines } from '../../../src/pdf/layout/inline.ts';
import { layoutDocument } from '../../../src/pdf/layout/index.ts';
import { breakParagraph } from '../../../src/pdf/layout/linebreak.ts';
import type { Page, PlacedLine } from '../../../src/pdf/page-model.ts';
import type { BreakOptions } from '../../../src/pdf/layout/types.ts';
import { loadTheme } from '../../../src/theme/load.ts';
import { code, link, makeDocument, note, para, ref, text } from '../../helpers/build-doc.ts';

const theme = loadTheme();
const fonts = loadFonts(theme);

const CHINESE =
  '在这个例子中，我们测试中文的换行规则（包括标点符号的处理）。中文文本没有空格，所以每两个汉字之间都可以断行，' +
  '但是句号、逗号、右括号等标点不能出现在行首，而左括号「不能出现在行尾」。这是一个很长的句子，用来确保会出现多行文本，' +
  '并且在各种位置都有可能断行！真的吗？是的：我们还要测试分号；以及省略号……等等。「引号里面的内容」，以及『双重引号』，' +
  '还有（括号）。一二三四五六七八九十，一二三四五六七八九十。一二三四五六七八九十，一二三四五六七八九十。';
const MIXED =
  'Henninger的研究表明，mixed Chinese and English text（中英文混排）should break properly without falling into the emergency breaker，' +
  '而且不应出现很短的行。Knuth和Plass在1981年提出了这个算法，TeX使用它来排版段落，Internationalization和localization也一样。';

const NO_LINE_START = /^[，。、）」』！？：；…,.;:!?)\]]/u;
const NO_LINE_END = /[（「『(\[]$/u;

const lineText = (line: PlacedLine): string => line.fragments.map((f) => f.text).join('');
const rightEdge = (line: PlacedLine): number => line.x + line.fragments.reduce((edge, f) => Math.max(edge, f.x + f.width), 0);
const bodyLines = (pages: readonly Page[]): PlacedLine[] =>
  pages.flatMap((p) => p.items).filter((item): item is PlacedLine => item.kind === 'line' && item.role === 'P');

describe('Chinese', () => {
  const narrowTheme = (width: number): typeof theme => ({ ...theme, page: { ...theme.page, width: width + theme.margins.inner + theme.margins.outer } });

  test('no line starts with closing punctuation or ends with an opening bracket, at any measure', () => {
    for (let width = 120; width <= 330; width += 30) {
      const layoutTheme = narrowTheme(width);
      const { pages } = layoutDocument(makeDocument([para(CHINESE), para(MIXED)], [], { lang: 'zh-CN' }), layoutTheme, loadFonts(layoutTheme));
      const lines = bodyLines(pages).map(lineText);
      expect(lines.length).toBeGreaterThan(3);
      expect(lines.filter((l) => NO_LINE_START.test(l) || NO_LINE_END.test(l)).map((l) => `${width}pt: ${l}`)).toEqual([]);
    }
  });

  test('breaks between ideographs and fills the measure by spacing them: every line but the last is flush', () => {
    const { pages } = layoutDocument(makeDocument([para(CHINESE)], [], { lang: 'zh-CN' }), theme, fonts);
    const lines = bodyLines(pages);
    expect(lines.length).toBeGreaterThan(4);
    const measure = theme.page.width - theme.margins.inner - theme.margins.outer;
    const left = Math.min(...lines.map((line) => line.x));
    for (const line of lines.slice(0, -1)) expect(rightEdge(line)).toBeCloseTo(left + measure, 1);
    // Lines are cut between characters, not only where punctuation is.
    expect(lines.map(lineText).join('')).toBe(CHINESE);
  });

  test('mixed Chinese and Latin sets without the emergency pass and without very short lines', () => {
    const { pages, report } = layoutDocument(makeDocument([para(MIXED), para(MIXED)], [], { lang: 'zh-CN' }), theme, fonts);
    expect(report.emergencyParagraphs.count).toBe(0);
    const measure = theme.page.width - theme.margins.inner - theme.margins.outer;
    const lines = bodyLines(pages);
    const left = Math.min(...lines.map((line) => line.x));
    // Only each paragraph's last line ends short; the others are flush.
    const short = lines.filter((line) => rightEdge(line) < left + measure - 0.1).map(lineText);
    expect(short).toEqual(['和localization也一样。', '和localization也一样。']);
    expect(lines.map(lineText).join('')).not.toMatch(/Hennin-|-ger/u);
  });
});

describe('Chinese beside Latin', () => {
  const HAN = /\p{Script=Han}/u;
  const WESTERN = /[\p{Script=Latin}\d]/u;
  const em = (f: { size: number }): number => f.size;

  test('Han and a Latin word, code or number typed without a space are set a quarter em apart; a typed space stays one space', () => {
    const doc = makeDocument([para(text('ES6 新增了'), code('let'), text('命令，Knuth和Plass在1981年提出。'))], [], { lang: 'zh-CN' });
    const fragments = bodyLines(layoutDocument(doc, theme, fonts).pages).flatMap((line) => line.fragments);
    const gaps = fragments.slice(0, -1).map((f, i) => {
      const next = fragments[i + 1] as (typeof fragments)[number];
      const meeting = `${[...f.text].at(-1)}${[...next.text][0]}`;
      return { meeting, gap: (f.spaceAfter ?? 0) / em(f) };
    });
    const mixed = gaps.filter(({ meeting }) => (HAN.test(meeting[0] as string) && WESTERN.test(meeting[1] as string)) || (WESTERN.test(meeting[0] as string) && HAN.test(meeting[1] as string)));
    expect(mixed.map((g) => g.meeting)).toEqual(['了l', 't命', 'h和', '和P', 's在', '在1', '1年']);
    for (const { meeting, gap } of mixed) {
      expect(gap, meeting).toBeGreaterThanOrEqual(0.125);
      expect(gap, meeting).toBeLessThanOrEqual(0.5);
    }
    // Between two ideographs no gap is added.
    for (const { meeting, gap } of gaps.filter((g) => HAN.test(g.meeting[0] as string) && HAN.test(g.meeting[1] as string))) expect(gap, meeting).toBeLessThan(0.1);
    // "ES6 新": the typed space alone (Source Serif's is about a quarter em), not a space and a quarter em.
    const typed = fragments.find((f) => f.text === 'ES6 ');
    expect((typed?.spaceAfter ?? 0) / 10.5).toBeGreaterThan(0.15);
    expect((typed?.spaceAfter ?? 1) / 10.5).toBeLessThan(0.35);
  });

  test('a paragraph never ends with one character alone on its last line, at any measure', () => {
    const endings = ['如果使用let，声明的变量仅在块级作用域内有效，最后输出的是 6。', '上面代码在代码块之中，分别用let和var声明了两个变量。这就是答案。', '然后在代码块之外调用这两个变量，结果let声明的变量报错，var声明的变量返回了正确的值。好'];
    const lonely: string[] = [];
    for (let width = 90; width <= 330; width += 4) {
      const layoutTheme = { ...theme, page: { ...theme.page, width: width + theme.margins.inner + theme.margins.outer } };
      const { pages } = layoutDocument(makeDocument(endings.map((e) => para(e)), [], { lang: 'zh-CN' }), layoutTheme, loadFonts(layoutTheme));
      const lines = bodyLines(pages).map(lineText);
      for (const line of lines) if ([...line.replace(/\p{P}|\s/gu, '')].length <= 1) lonely.push(`${width}pt: ${line}`);
    }
    expect(lonely).toEqual([]);
  });
});

describe('Korean', () => {
  const KOREAN =
    '러스트는 안전하고 빠른 프로그래밍 언어입니다. 메모리를 직접 관리하지 않아도 되지만 가비지 컬렉터도 없습니다. ' +
    '컴파일러가 소유권 규칙을 검사하여 잘못된 참조를 미리 막아 줍니다. 이러한 특징 덕분에 시스템 프로그래밍에서도 널리 쓰이고 있습니다. ' +
    '처음에는 낯설게 느껴질 수 있지만 익숙해지면 더 안정적인 코드를 작성할 수 있습니다.';

  test('breaks between syllables where a space would leave the line loose, at any measure, and at spaces first', () => {
    const widest: string[] = [];
    // Where the text (spaces taken out) had a space after each character.
    const spaceAfter = [...KOREAN.replace(/ (?=\S)/gu, '\u0000')].filter((c) => c !== ' ').flatMap((c, i, all) => (c === '\u0000' ? [] : [all[i + 1] === '\u0000']));
    let inWord = 0;
    let atSpace = 0;
    for (let width = 150; width <= 330; width += 6) {
      const layoutTheme = { ...theme, page: { ...theme.page, width: width + theme.margins.inner + theme.margins.outer } };
      const { pages } = layoutDocument(makeDocument([para(KOREAN)], [], { lang: 'ko' }), layoutTheme, loadFonts(layoutTheme));
      const lines = bodyLines(pages);
      let consumed = 0;
      for (const line of lines.slice(0, -1)) {
        // The widest gap between words: a space ending a fragment, drawn as wide as its spaceAfter.
        const opened = Math.max(0, ...line.fragments.filter((f) => f.text.endsWith(' ')).map((f) => (f.spaceAfter ?? 0) / f.size));
        if (opened > 0.4) widest.push(`${width}pt: ${lineText(line)} (${opened.toFixed(2)} em)`);
        consumed += [...lineText(line).replace(/\s+/gu, '')].length;
        if (spaceAfter[consumed - 1] === true) atSpace += 1;
        else inWord += 1;
      }
      expect(lines.map(lineText).join('').replace(/\s+/gu, '')).toBe(KOREAN.replace(/\s+/gu, ''));
    }
    expect(widest).toEqual([]);
    expect(inWord).toBeGreaterThan(0);
    expect(atSpace).toBeGreaterThan(inWord);
  });
});

describe('closing punctuation after a URL or inline code', () => {
  const options = (width: number): BreakOptions => ({
    widths: [width],
    measure: fonts.measure,
    justify: true,
    lang: 'en-US',
    hyphenation: { leftMin: 2, rightMin: 3, maxConsecutive: 2 },
  });
  const sentence = [
    text('The preprint server (see '),
    link('http://biorxiv.org/', 'http://biorxiv.org/'),
    text(') is read, and '),
    code('Boolean(..)'),
    text(', with '),
    code('Object.keys(o)'),
    text(') too, and the journal (http://example.org/articles/) as well. '),
  ];
  const runs = flattenInlines([...sentence, ...sentence], { family: 'body', italic: false, bold: false, size: 10.5 }, theme);

  // A URL may break before a "." (Chicago), so ".org/)" may open a line; ")" or a lone "." may not.
  test('never opens a line, whatever the measure', () => {
    const offenders: string[] = [];
    for (let width = 60; width <= 320; width += 3) {
      for (const line of breakParagraph(runs, options(width)).lines) {
        const textOfLine = line.fragments.map((f) => f.text).join('');
        if (/^(?:[)\]]|[,.;:!?]+(?=\s|$|[)\]]))/u.test(textOfLine)) offenders.push(`${width}pt: ${textOfLine}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe('a note', () => {
  test('opens with more than its number and one word, when the first two words fit on a line', () => {
    const doc = makeDocument(
      [para('Text with a note.', ref(1))],
      [note(1, para('"7.2.9 Interoperabilitätsanforderungen", Bundesdatenschutzgesetzänderungsverordnung, Verwaltungsvorschriftensammlung Informationssicherheitsmanagementsysteme.'))],
      { lang: 'xx' },
    );
    const { pages } = layoutDocument(doc, theme, fonts);
    const noteLines = pages.flatMap((p) => p.notes).filter((item): item is PlacedLine => item.kind === 'line' && item.role !== 'Lbl');
    const first = noteLines[0];
    expect(first).toBeDefined();
    const words = (first as PlacedLine).fragments
      .map((f) => f.text)
      .join('')
      .trim()
      .split(/\s+/u);
    expect(words.slice(0, 2)).toEqual(['"7.2.9', 'Interoperabilitätsanforderungen",']);
  });

  test('that is one unbreakable token still breaks it rather than overflow', () => {
    const token = 'x'.repeat(400);
    const doc = makeDocument([para('Text.', ref(1))], [note(1, para(token))]);
    const { pages, report } = layoutDocument(doc, theme, fonts);
    const noteText = pages
      .flatMap((p) => p.notes)
      .filter((item): item is PlacedLine => item.kind === 'line' && item.role !== 'Lbl')
      .map((line) => line.fragments.map((f) => f.text).join(''))
      .join('');
    expect(noteText).toBe(token);
    expect(report.overfullLines.count).toBe(0);
  });
});
