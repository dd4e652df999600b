// Straight quotes, double hyphens and three dots become typographic
// punctuation, as Pandoc's default `smart` reading and Typst's smart quotes
// set them, in the manuscript's language; code and bare URLs keep what was typed.
import { describe, expect, test } from 'vitest';
import type { Block, Inline } from '../../src/document.ts';
import { parseManuscript } from '../../src/parse/index.ts';
import { quoteMarks, smartenRun, smartenText } from '../../src/parse/smart-punctuation.ts';
import { code, em, link, ref, text } from '../helpers/build-doc.ts';

const english = quoteMarks('en-US');
/** The run's text as a reader sees it, code in backticks. */
const flat = (nodes: readonly Inline[]): string =>
  nodes
    .map((n) => (n.type === 'text' ? n.value : n.type === 'code' ? `\`${n.value}\`` : n.type === 'noteRef' ? '¹' : 'children' in n ? flat(n.children) : ''))
    .join('');
const smart = (...nodes: Inline[]): string => flat(smartenRun(nodes, english));

function parsed(markdown: string): { title: string; body: string } {
  const { document, diagnostics } = parseManuscript('/tmp/smart.md', Buffer.from(markdown));
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const runs = (blocks: readonly Block[]): string =>
    blocks.map((b) => (b.type === 'paragraph' || b.type === 'heading' ? flat(b.children) : b.type === 'code' ? b.value : '')).join('\n');
  return { title: document!.metadata.title, body: runs(document!.blocks) };
}

describe('typographic punctuation in English', () => {
  test.each([
    ['"Hello," she said.', '“Hello,” she said.'],
    ["It's the '90s, and the students' books.", 'It’s the ’90s, and the students’ books.'],
    ["He said 'yes' and \"she said 'no' twice\".", 'He said ‘yes’ and “she said ‘no’ twice”.'],
    ['pages 10--12 -- or not --- and then...', 'pages 10–12 – or not — and then…'],
    ['(“already curly”) and ("straight")', '(“already curly”) and (“straight”)'],
    ['an arrow --> stays, <-- too', 'an arrow --> stays, <-- too'],
    ['four dots.... and four dashes ----', 'four dots…. and four dashes ----'],
    ["'Tis the season; give 'em rock 'n' roll 'til dawn", '’Tis the season; give ’em rock ’n’ roll ’til dawn'],
    ['key="value" and a="b c"', 'key=“value” and a=“b c”'],
    ["Azure 'da bir hesap", 'Azure ’da bir hesap'],
    ["She said 'go' and 'stay'", 'She said ‘go’ and ‘stay’'],
  ])('%s', (typed, printed) => {
    expect(smart(text(typed))).toBe(printed);
  });

  test('quotes open and close by what stands beside them across emphasis, code and note marks', () => {
    expect(smart(text('"'), em('emphasis'), text('" and '), em('"inside"'))).toBe('“emphasis” and “inside”');
    expect(smart(text('the '), code('x'), text("'s value and "), code('"y"'), text(' "done"'), ref(1), text('.'))).toBe(
      'the `x`’s value and `"y"` “done”¹.',
    );
  });

  test('a link whose text is its URL keeps it; other link text is set like the rest', () => {
    const url = 'https://example.org/a--b...c';
    expect(smart(text('see '), link(url, url), text(' or '), link(url, '"the page"'))).toBe(`see ${url} or “the page”`);
  });

  test('the title, the body and the notes of a manuscript; code blocks and spans as typed', () => {
    const { title, body } = parsed(['---', "title: It's \"Smart\" -- mostly", '---', '', 'A "quote" and `"code"`.[^1]', '', '```', 'say("hi") -- ok', '```', '', '[^1]: A note\'s "text".'].join('\n'));
    expect(title).toBe('It’s “Smart” – mostly');
    expect(body).toContain('A “quote” and `"code"`.');
    expect(body).toContain('say("hi") -- ok');
    const { document } = parseManuscript('/tmp/smart.md', Buffer.from('Text.[^1]\n\n[^1]: A note\'s "text".\n'));
    const note = document!.notes[0]!.children[0]!;
    expect(note.type === 'paragraph' && flat(note.children)).toBe('A note’s “text”.');
  });

  test('front matter smart: false prints what was typed; anything but true or false is an error', () => {
    expect(parsed('---\ntitle: T\nsmart: false\n---\n\n"Plain" -- it\'s...\n').body).toBe('"Plain" -- it\'s...');
    const { diagnostics } = parseManuscript('/tmp/smart.md', Buffer.from('---\ntitle: T\nsmart: no way\n---\n\nText.\n'));
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toContainEqual(expect.stringMatching(/^3:\d+ front matter "smart" must be true or false/u));
  });
});

describe('quotation marks by language', () => {
  test.each([
    ['de-DE', '„Ja“, sagte sie, ‚gut‘.'],
    ['de-CH', '«Ja», sagte sie, ‹gut›.'],
    ['fr', '«\u202fJa\u202f», sagte sie, ‹\u202fgut\u202f›.'],
    ['es', '«Ja», sagte sie, “gut”.'],
    ['pt-PT', '«Ja», sagte sie, “gut”.'],
    ['pt-BR', '“Ja”, sagte sie, ‘gut’.'],
    ['ru', '«Ja», sagte sie, „gut“.'],
    ['ja', '「Ja」, sagte sie, 『gut』.'],
    ['tlh', '“Ja”, sagte sie, ‘gut’.'],
  ])('%s', (lang, printed) => {
    expect(smartenText("\"Ja\", sagte sie, 'gut'.", lang)).toBe(printed);
  });

  test.each([
    ['ro', `"Bună" și 'da'`, '„Bună” și «da»'],
    ['el', `"Γεια" και 'ναι'`, '«Γεια» και “ναι”'],
    ['hu', `"Szia" és 'igen'`, '„Szia” és »igen«'],
    ['bg', `"Здравей" и 'да'`, '„Здравей“ и ‚да‘'],
    ['sl', `"Živjo" in 'ja'`, '„Živjo“ in ‚ja‘'],
  ])('%s sets its own quotation marks', (lang, typed, printed) => {
    expect(smartenText(typed, lang)).toBe(printed);
  });

  test("an apostrophe is ’ in every language", () => {
    expect(smartenText("l'homme", 'fr')).toBe('l’homme');
    expect(smartenText("Peter's", 'de')).toBe('Peter’s');
  });
});
