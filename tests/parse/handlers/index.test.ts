import { describe, expect, it } from 'vitest';
import { blocksOf, documentOf, messages, parse, withTitle } from '../../helpers/parse.ts';

const text = (value: string) => ({ type: 'text', value }) as const;
const para = (...children: unknown[]) => ({ type: 'paragraph', children });

describe('lists', () => {
  it('is loose when blank lines part one item’s blocks, as CommonMark has it, not only when they part the items', () => {
    const [tight, loose] = blocksOf('1. one\n2. two\n\n- one\n- two\n\n  more of two\n');
    expect([tight?.type === 'list' && tight.spread, loose?.type === 'list' && loose.spread]).toEqual([false, true]);
  });
});

describe('headings', () => {
  it('gives each heading a unique id, as GitHub makes it: letters of every script kept, a leading digit too', () => {
    const ids = blocksOf(
      '# Café *au* lait\n\n## Café au lait\n\n## Café au lait\n\n### 2024 in review\n\n#### ¿Qué?\n\n##### 日本\n\n###### Café au lait-1\n',
    ).map((b) => (b.type === 'heading' ? `${b.depth}:${b.id}` : b.type));
    expect(ids).toEqual([
      '1:café-au-lait',
      '2:café-au-lait-1',
      '2:café-au-lait-2',
      '3:2024-in-review',
      '4:qué',
      '5:日本',
      '6:café-au-lait-1-1',
    ]);
  });

  it('keeps inline formatting and leaves note markers out of the id', () => {
    const [heading] = documentOf(parse(withTitle('## The *big* one[^n]\n\n[^n]: Note.\n'))).blocks;
    expect(heading).toEqual({
      type: 'heading',
      depth: 2,
      id: 'the-big-one',
      children: [text('The '), { type: 'emphasis', children: [text('big')] }, text(' one'), { type: 'noteRef', number: 1, occurrence: 1 }],
    });
  });
});

describe('inlines', () => {
  it('sets Pandoc’s superscripts and subscripts in Unicode’s characters; a single-tilde span with a space stays GitHub’s strikethrough', () => {
    expect(blocksOf('H~2~O, 2^10^, E = mc^2^ and ~struck out~ but x^2 + y^2.\n')).toEqual([
      para(text('H'), text('₂'), text('O, 2¹⁰, E = mc² and '), { type: 'delete', children: [text('struck out')] }, text(' but x^2 + y^2.')),
    ]);
    // A superscript without such characters is raised text, as Pandoc sets it; a single-tilde word without them, GitHub's strikethrough.
    const result = parse(withTitle('The 1^st^ and ~draft~, 2^n^ and x^2^y^ij^.\n'));
    expect(documentOf(result).blocks).toEqual([
      para(
        text('The 1'), { type: 'script', kind: 'sup', children: [text('st')] }, text(' and '), { type: 'delete', children: [text('draft')] },
        text(', 2ⁿ and x²y'), { type: 'script', kind: 'sup', children: [text('ij')] }, text('.'),
      ),
    ]);
    expect(messages(result)).toEqual([]);
  });

  it('reads a line ending inside a code span as a space, as CommonMark does (a PDF line break before)', () => {
    expect(blocksOf('Run `pandoc\n-o out.docx` and <code>a\nb</code> now.\n')).toEqual([
      para(text('Run '), { type: 'code', value: 'pandoc -o out.docx' }, text(' and '), { type: 'code', value: 'a b' }, text(' now.')),
    ]);
  });

  it('maps emphasis, strong, strikethrough, code, hard breaks and soft breaks', () => {
    expect(blocksOf('*em* **strong** ~~gone~~ `a  b`\\\nnext\nline\n')).toEqual([
      para(
        { type: 'emphasis', children: [text('em')] },
        text(' '),
        { type: 'strong', children: [text('strong')] },
        text(' '),
        { type: 'delete', children: [text('gone')] },
        text(' '),
        { type: 'code', value: 'a  b' },
        { type: 'break' },
        text('next line'),
      ),
    ]);
  });

  it('a soft break between Chinese or Japanese characters, or beside a full-width mark, is no space; beside Latin or Hangul it is one', () => {
    expect(blocksOf('JavaScriptは主にウェブブラウザの中で動くプログラミング言語です。\nウェブサイトで\n操作をしたら\n表示が書き換わる\nJavaScript\nと\n[ECMAScript](https://tc39.es/)\n「仕様」\n한국어\n문장\n𠀀\n𠀀\n')).toEqual([
      para(
        text('JavaScriptは主にウェブブラウザの中で動くプログラミング言語です。ウェブサイトで操作をしたら表示が書き換わる JavaScript と '),
        { type: 'link', url: 'https://tc39.es/', children: [text('ECMAScript')] },
        text('「仕様」한국어 문장 𠀀𠀀'),
      ),
    ]);
    expect(blocksOf('決められています。\n[ECMAScript](https://tc39.es/)という\n')).toEqual([
      para(text('決められています。'), { type: 'link', url: 'https://tc39.es/', children: [text('ECMAScript')] }, text('という')),
    ]);
    // Across inline markup, read from the source on either side.
    expect(blocksOf('これは\n**強調**\nです。\n`code`\nと\n')).toEqual([para(text('これは'), { type: 'strong', children: [text('強調')] }, text('です。'), { type: 'code', value: 'code' }, text(' と'))]);
  });

  it('reads Pandoc definition lists: a term, then definitions opened by ":" with their indented blocks', () => {
    const source = '`--output=`*FILE*\n\n:   Write output to *FILE*.\n\n    More text.\n\n        code here\n\nTerm\n:   One.\n:   Two.\n\nAfter.\n';
    expect(blocksOf(source)).toEqual([
      {
        type: 'definitionList',
        items: [
          {
            term: [{ type: 'code', value: '--output=' }, { type: 'emphasis', children: [text('FILE')] }],
            definitions: [[para(text('Write output to '), { type: 'emphasis', children: [text('FILE')] }, text('.')), para(text('More text.')), { type: 'code', lang: null, value: 'code here' }]],
          },
          { term: [text('Term')], definitions: [[para(text('One.'))], [para(text('Two.'))]] },
        ],
      },
      para(text('After.')),
    ]);
  });

  it('reads a definition opened by "~" as one opened by ":", as Pandoc does; "~~~" still fences code', () => {
    expect(blocksOf('Term\n~ Tilde.\n\nText\n~~~\ncode\n~~~\n')).toEqual([
      { type: 'definitionList', items: [{ term: [text('Term')], definitions: [[para(text('Tilde.'))]] }] },
      para(text('Text')),
      { type: 'code', lang: null, value: 'code' },
    ]);
  });

  it('reads definition lists nested in definitions, each block indented by its own list (Pandoc’s manual, --reference-doc)', () => {
    const source = 'A\n\n:   a1\n\n    B\n\n    :   b1\n\n        C\n\n        :   c1\n\n            c2\n\n                code in C\n\n        b2\n\n    a2\n\nAfter.\n';
    const list = (term: string, ...blocks: unknown[]) => ({ type: 'definitionList', items: [{ term: [text(term)], definitions: [blocks] }] });
    expect(blocksOf(source)).toEqual([
      list('A', para(text('a1')), list('B', para(text('b1')), list('C', para(text('c1')), para(text('c2')), { type: 'code', lang: null, value: 'code in C' }), para(text('b2'))), para(text('a2'))),
      para(text('After.')),
    ]);
  });

  it('reads a definition list inside a list item and inside a note, as Pandoc does', () => {
    const source = '- An item.\n\n  Term\n  :   Its definition.\n\n- Next.[^n]\n\n[^n]: A note.\n\n    1066\n    :   A year.\n';
    const { blocks, notes } = documentOf(parse(withTitle(source)));
    const definitionList = (term: string, definition: string) => ({ type: 'definitionList', items: [{ term: [text(term)], definitions: [[para(text(definition))]] }] });
    expect(blocks[0]).toMatchObject({ type: 'list', items: [{ children: [para(text('An item.')), definitionList('Term', 'Its definition.')] }, { children: [expect.anything()] }] });
    expect(notes[0]?.children).toEqual([para(text('A note.')), definitionList('1066', 'A year.')]);
  });

  it('maps inline links, autolinks, and reference links through their definitions', () => {
    expect(
      blocksOf(
        '[site](https://example.org "Example") <https://a.example> www.b.example [ref][r] [R] [undefined][nope]\n\n[r]: https://r.example "Ref"\n',
      ),
    ).toEqual([
      para(
        { type: 'link', url: 'https://example.org', title: 'Example', children: [text('site')] },
        text(' '),
        { type: 'link', url: 'https://a.example', children: [text('https://a.example')] },
        text(' '),
        { type: 'link', url: 'http://www.b.example', children: [text('www.b.example')] },
        text(' '),
        { type: 'link', url: 'https://r.example', title: 'Ref', children: [text('ref')] },
        text(' '),
        { type: 'link', url: 'https://r.example', title: 'Ref', children: [text('R')] },
        text(' [undefined][nope]'),
      ),
    ]);
  });

  it('shows the URL of a link that has no text', () => {
    expect(blocksOf('[](https://example.org)\n')).toEqual([
      para({ type: 'link', url: 'https://example.org', children: [text('https://example.org')] }),
    ]);
  });

  it('warns once for a second definition of the same link label', () => {
    const result = parse(withTitle('[x]\n\n[x]: https://one.example\n[x]: https://two.example\n'));
    expect(messages(result)).toEqual([
      'book.md:7:1: warning: link definition [x] is already defined at 6:1; this one is ignored',
    ]);
    expect(documentOf(result).blocks).toEqual([para({ type: 'link', url: 'https://one.example', children: [text('x')] })]);
  });
});

describe('blocks', () => {
  it('maps block quotes, code blocks and thematic breaks', () => {
    expect(blocksOf('> quoted\n\n```ts\nconst a = 1;\n```\n\n    indented\n\n---\n')).toEqual([
      { type: 'blockquote', children: [para(text('quoted'))] },
      { type: 'code', lang: 'ts', value: 'const a = 1;' },
      { type: 'code', lang: null, value: 'indented' },
      { type: 'thematicBreak' },
    ]);
  });

  it('maps ordered, loose and task lists', () => {
    expect(blocksOf('3. three\n4. four\n\n* a\n\n* b\n\n- [x] done\n- [ ] open\n- plain\n')).toEqual([
      {
        type: 'list',
        ordered: true,
        start: 3,
        spread: false,
        items: [
          { checked: null, children: [para(text('three'))] },
          { checked: null, children: [para(text('four'))] },
        ],
      },
      {
        type: 'list',
        ordered: false,
        start: 1,
        spread: true,
        items: [
          { checked: null, children: [para(text('a'))] },
          { checked: null, children: [para(text('b'))] },
        ],
      },
      {
        type: 'list',
        ordered: false,
        start: 1,
        spread: false,
        items: [
          { checked: true, children: [para(text('done'))] },
          { checked: false, children: [para(text('open'))] },
          { checked: null, children: [para(text('plain'))] },
        ],
      },
    ]);
  });

  it('maps tables with alignment, the first row being the header', () => {
    expect(blocksOf('| L | C | R | N |\n|:--|:-:|--:|---|\n| *a* | b | c | d |\n')).toEqual([
      {
        type: 'table',
        align: ['left', 'center', 'right', null],
        headerRows: 1,
        rows: [
          { cells: ['L', 'C', 'R', 'N'].map((v) => ({ children: [text(v)] })) },
          {
            cells: [
              { children: [{ type: 'emphasis', children: [text('a')] }] },
              { children: [text('b')] },
              { children: [text('c')] },
              { children: [text('d')] },
            ],
          },
        ],
      },
    ]);
  });
});

describe('raw HTML', () => {
  it('reads block HTML with an HTML parser, keeping its formatting and entities', () => {
    const result = parse(withTitle('Before.\n\n<div class="x">\n  Fish &amp; <b>chips</b> &#8212; &copy;\n</div>\n'));
    expect(messages(result)).toEqual([]);
    expect(documentOf(result).blocks).toEqual([para(text('Before.')), para(text('Fish & '), { type: 'strong', children: [text('chips')] }, text(' — ©'))]);
  });

  it('makes an HTML block quote with a <footer> a block quote with an attribution line', () => {
    const blocks = blocksOf('<blockquote>I am not what I am. <footer>Iago, <em>Othello</em></footer></blockquote>\n');
    expect(blocks).toEqual([
      { type: 'blockquote', children: [para(text('I am not what I am.')), para(text('— Iago, '), { type: 'emphasis', children: [text('Othello')] })] },
    ]);
  });

  it('makes the <p>s of an HTML table cell its text, a line each, with no warning (jekyll’s docs/_docs/collections.md)', () => {
    const cells = (source: string) => {
      const result = parse(withTitle(source));
      expect(messages(result)).toEqual([]);
      const [table] = documentOf(result).blocks;
      return table?.type === 'table' ? table.rows.at(-1)?.cells.map((cell) => cell.children) : table;
    };
    expect(cells('<table><tr><td><p><code>label</code></p></td><td><p>The name.</p></td></tr></table>\n')).toEqual([[{ type: 'code', value: 'label' }], [text('The name.')]]);
    const lines = '<table>\n  <tr>\n    <td>\n      <p><code>output</code></p>\n    </td>\n    <td>\n      <p>First.</p>\n      <p>Second, <em>then</em></p>\n      more.\n    </td>\n  </tr>\n</table>\n';
    expect(cells(lines)).toEqual([[{ type: 'code', value: 'output' }], [text('First.'), { type: 'break' }, text('Second, '), { type: 'emphasis', children: [text('then')] }, { type: 'break' }, text('more.')]]);
    // Other blocks in a cell are lines too, as in a grid table cell.
    expect(cells('<table><tr><td><ul><li>a</li><li>b</li></ul><pre>x = 1</pre></td></tr></table>\n')).toEqual([[text('• '), text('a'), { type: 'break' }, text('• '), text('b'), { type: 'break' }, { type: 'code', value: 'x = 1' }]]);
  });

  it('gives common inline HTML its meaning, pairing each tag with its closing tag', () => {
    const result = parse(withTitle('A <span title="t">word</span>, H<sub>2</sub>O, x<sup>2</sup>, <em>e</em> <i>i</i> <strong>s</strong> <b>b</b>, <kbd>Ctrl</kbd>, <abbr title="x">HTML</abbr>,<br>a <a href="https://example.org/">link</a>.\n'));
    expect(messages(result)).toEqual([]);
    expect(documentOf(result).blocks).toEqual([
      para(
        text('A '), text('word'), text(', H'), text('₂'), text('O, x'), text('²'), text(', '),
        { type: 'emphasis', children: [text('e')] }, text(' '), { type: 'emphasis', children: [text('i')] }, text(' '),
        { type: 'strong', children: [text('s')] }, text(' '), { type: 'strong', children: [text('b')] }, text(', '),
        { type: 'code', value: 'Ctrl' }, text(', '), text('HTML'), text(','), { type: 'break' }, text('a '),
        { type: 'link', url: 'https://example.org/', children: [text('link')] }, text('.'),
      ),
    ]);
  });

  it('leaves scripts out, naming each, and sets <sup> and <sub> text with no such characters raised and lowered', () => {
    const result = parse(withTitle('The 4<sup>th</sup> <script>alert(1)</script>day, x<sub>i,<em>k</em></sub>.\n'));
    expect(messages(result)).toEqual(['book.md:4:20: warning: a <script> element is left out of the output']);
    expect(documentOf(result).blocks).toEqual([
      para(
        text('The 4'), { type: 'script', kind: 'sup', children: [text('th')] }, text(' '), text('day, x'),
        { type: 'script', kind: 'sub', children: [text('i,'), { type: 'emphasis', children: [text('k')] }] }, text('.'),
      ),
    ]);
  });

  it('shows nothing for an empty <pre> or an mdBook <Listing> tag alone on its line (HTML reads <listing> as <pre>)', () => {
    const blocks = blocksOf('Text.\n\n<Listing number="8-11" caption="A new `String`">\n\n```rust\nlet s = String::new();\n```\n\n</Listing>\n\n<pre>\n</pre>\n');
    expect(blocks).toEqual([para(text('Text.')), expect.objectContaining({ type: 'code', value: 'let s = String::new();' })]);
  });

  it('prints no address for an HTML link the parser left empty around a block (the sponsor logo of awesome)', () => {
    const blocks = blocksOf('<p>\n<sup>Thanks to:</sup>\n<a href="https://depot.dev">\n<div>\n<img src="logo.png" alt="Depot logo">\n</div>\n<b>Fast builds.</b>\n</a>\n</p>\n');
    const shown = JSON.stringify(blocks);
    expect(shown).toContain('Fast builds.');
    expect(shown).not.toMatch(/"value":"https:\/\/depot\.dev"/u);
  });

  it('places each warning about HTML at its own tag, on whichever line of the block, in a block quote too', () => {
    const html = '<div>\n  <p>Text <img src="chart.webp" alt="Chart"></p>\n  <script>x()</script>\n</div>\n\n> <div>\n> <p><img src="b.bmp" alt="B"></p>\n> </div>\n';
    expect(messages(parse(withTitle(html)))).toEqual([
      'book.md:5:11: warning: HTML image "chart.webp" is not a PNG, JPEG, SVG or PDF file Galley can take; its alt text is kept',
      'book.md:6:3: warning: a <script> element is left out of the output',
      'book.md:10:6: warning: HTML image "b.bmp" is not a PNG, JPEG, SVG or PDF file Galley can take; its alt text is kept',
    ]);
  });

  it('reports an HTML image by its address as not fetched, a query string and all, not as an unknown file type', () => {
    const result = parse(withTitle('<p><img src="https://img.shields.io/badge/x?style=flat" alt="Badge"></p>\n'));
    expect(messages(result)).toEqual(['book.md:4:4: warning: remote image "https://img.shields.io/badge/x?style=flat" is not fetched (Galley never uses the network); its alt text is shown instead']);
  });

  it('leaves HTML comments out without a word, as every Markdown renderer does, in a block or inline', () => {
    const result = parse(withTitle('Text.\n\n<!-- editor: check this -->\n\nA [link](https://example.org)<!-- ignore --> here.\n'));
    expect(messages(result)).toEqual([]);
    expect(documentOf(result).blocks).toEqual([
      para(text('Text.')),
      para(text('A '), { type: 'link', url: 'https://example.org', children: [text('link')] }, text(' here.')),
    ]);
  });
});
