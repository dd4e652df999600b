// One test group per node type: the XHTML each handler writes.
import { describe, expect, test } from 'vitest';
import type { Block, Document, Inline, Note } from '../../src/document.ts';
import { bodyDocuments } from '../../src/epub/documents.ts';
import { languageLabels } from '../../src/theme/book-labels.ts';
import { ImageRegistry } from '../../src/epub/images.ts';
import { planBook } from '../../src/epub/plan.ts';
import { bodyXml } from '../../src/epub/xhtml.ts';
import { ARTICLE, LALUNE } from '../fixtures/epub/documents.ts';
import { parseXml } from '../helpers/epub-reader.ts';

const t = (value: string): Inline => ({ type: 'text', value });
const p = (...children: Inline[]): Block => ({ type: 'paragraph', children });

/** The <body> XHTML of every body file for these blocks. */
function xhtml(blocks: readonly Block[], notes: readonly Note[] = []): string {
  const doc: Document = { ...ARTICLE, blocks, notes };
  const book = { doc, plan: planBook(doc, []), images: new ImageRegistry(), labels: languageLabels('en') };
  const bodies = bodyDocuments(book).map((d) => bodyXml(d.body));
  for (const body of bodies) parseXml(body.replace(/^<body[^>]*>/u, '<body xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">'), 'body');
  return bodies.join('');
}

describe('heading', () => {
  test('keeps its id and depth', () => {
    expect(xhtml([{ type: 'heading', depth: 3, id: 'tides-and-moons', children: [t('Tides')] }])).toContain('<h3 id="tides-and-moons">Tides</h3>');
  });
});

describe('text direction', () => {
  test('a paragraph or heading with Arabic or Hebrew gets dir="auto", so the reader orders it; a Latin one gets none', () => {
    const out = xhtml([{ type: 'heading', depth: 2, id: 'h', children: [t('שלום')] }, p(t('The word مرحبا here.')), p(t('Plain.'))]);
    expect(out).toContain('<h2 id="h" dir="auto">שלום</h2>');
    expect(out).toContain('<p dir="auto">The word مرحبا here.</p>');
    expect(out).toContain('<p>Plain.</p>');
  });

  test('a manuscript in Arabic (lang: ar) marks every paragraph right to left', () => {
    const doc: Document = { ...ARTICLE, metadata: { ...ARTICLE.metadata, lang: 'ar' }, blocks: [p(t('Plain.'))], notes: [] };
    const book = { doc, plan: planBook(doc, []), images: new ImageRegistry(), labels: languageLabels('en') };
    expect(bodyDocuments(book).map((d) => bodyXml(d.body)).join('')).toContain('<p dir="rtl">Plain.</p>');
  });
});

describe('paragraph and phrasing', () => {
  test('emphasis, strong, delete, code, escaped', () => {
    const out = xhtml([
      p(
        { type: 'emphasis', children: [t('em')] },
        { type: 'strong', children: [t('strong')] },
        { type: 'delete', children: [t('del')] },
        { type: 'code', value: 'a < b && c' },
        t(' & <tag>'),
      ),
    ]);
    expect(out).toContain('<p><em>em</em><strong>strong</strong><del>del</del><code>a &#x3C; b &#x26;&#x26; c</code> &#x26; &#x3C;tag></p>');
  });

  test('text holding "]]>" (kept from raw HTML) is written so the XML stays well formed', () => {
    expect(xhtml([p(t('foo &<]]>'))])).toContain('<p>foo &#x26;&#x3C;]]&gt;</p>');
  });

  test('a hard break is a self-closed <br/>', () => {
    expect(xhtml([p(t('one'), { type: 'break' }, t('two'))])).toContain('<p>one<br />two</p>');
  });

  test('links keep external hrefs and titles as given', () => {
    const out = xhtml([p({ type: 'link', url: 'https://example.org/?a=1&b=2', title: 'T', children: [t('x')] })]);
    expect(out).toContain('<a href="https://example.org/?a=1&#x26;b=2" title="T">x</a>');
  });

  test('a link to an unknown fragment is left alone', () => {
    expect(xhtml([p({ type: 'link', url: '#nowhere', children: [t('x')] })])).toContain('<a href="#nowhere">x</a>');
  });
});

describe('blockquote', () => {
  test('wraps its blocks', () => {
    expect(xhtml([{ type: 'blockquote', children: [p(t('a')), p(t('b'))] }])).toContain('<blockquote><p>a</p><p>b</p></blockquote>');
  });
});

describe('callout', () => {
  test('is a div with the note role and a class per kind, its label in a first paragraph', () => {
    expect(xhtml([{ type: 'callout', kind: 'caution', children: [p(t('a')), p(t('b'))] }])).toContain(
      '<div class="callout callout-caution" role="note"><p class="callout-title">Caution</p><p>a</p><p>b</p></div>',
    );
  });

  test('takes its label in the book’s language, and leaves it out of the words a print page starts at', () => {
    const doc: Document = { ...ARTICLE, blocks: [{ type: 'callout', kind: 'note', children: [p(t('first second'))] }], notes: [] };
    const book = { doc, plan: planBook(doc, [{ page: 2, block: 0, word: 1 }]), images: new ImageRegistry(), labels: languageLabels('fr') };
    const body = bodyDocuments(book).map((d) => bodyXml(d.body)).join('');
    expect(body).toContain('<p class="callout-title">Remarque</p><p>first <span epub:type="pagebreak"');
  });
});

describe('list', () => {
  const item = (...children: Block[]) => ({ checked: null, children });

  test('an ordered list keeps its start; start 1 is not written', () => {
    expect(xhtml([{ type: 'list', ordered: true, start: 7, spread: false, items: [item(p(t('x')))] }])).toContain('<ol start="7"><li>x</li></ol>');
    expect(xhtml([{ type: 'list', ordered: true, start: 1, spread: false, items: [item(p(t('x')))] }])).toContain('<ol><li>x</li></ol>');
  });

  test('tight items show bare text, loose items paragraphs', () => {
    expect(xhtml([{ type: 'list', ordered: false, start: 1, spread: false, items: [item(p(t('a')))] }])).toContain('<ul><li>a</li></ul>');
    expect(xhtml([{ type: 'list', ordered: false, start: 1, spread: true, items: [item(p(t('a')))] }])).toContain('<ul><li><p>a</p></li></ul>');
  });

  test('nested lists sit inside their item', () => {
    const inner: Block = { type: 'list', ordered: true, start: 2, spread: false, items: [item(p(t('b')))] };
    expect(xhtml([{ type: 'list', ordered: false, start: 1, spread: false, items: [item(p(t('a')), inner)] }])).toContain(
      '<ul><li>a<ol start="2"><li>b</li></ol></li></ul>',
    );
  });

  test('task items are read-only checkboxes with a visible ballot box, no <input>', () => {
    const out = xhtml([
      {
        type: 'list',
        ordered: false,
        start: 1,
        spread: false,
        items: [
          { checked: true, children: [p(t('done'))] },
          { checked: false, children: [p(t('open'))] },
        ],
      },
    ]);
    expect(out).toContain('<ul class="task-list">');
    expect(out).toContain('<span class="task-box" role="checkbox" aria-checked="true" aria-disabled="true">\u2611</span> done');
    expect(out).toContain('<span class="task-box" role="checkbox" aria-checked="false" aria-disabled="true">\u2610</span> open');
    expect(out).not.toContain('<input');
  });

  test('in a loose task list the box goes inside the paragraph', () => {
    const out = xhtml([{ type: 'list', ordered: false, start: 1, spread: true, items: [{ checked: true, children: [p(t('done'))] }] }]);
    expect(out).toContain('<li class="task"><p><span class="task-box"');
  });

  test('writes a letter or numeral list with its type and a class for CSS, from its first number', () => {
    const list: Block = { type: 'list', ordered: true, start: 3, style: 'lower-alpha', spread: false, items: [{ checked: null, children: [p(t('c'))] }] };
    expect(xhtml([list])).toContain('<ol start="3" type="a" class="lower-alpha"><li>c</li></ol>');
  });

  test('shows a marker CSS cannot write, "(iv)" or "b)", as text at the start of each item', () => {
    const item = (text: string) => ({ checked: null, children: [p(t(text))] });
    const parens: Block = { type: 'list', ordered: true, start: 4, style: 'lower-roman', delimiter: 'parens', spread: true, items: [item('four'), item('five')] };
    const paren: Block = { type: 'list', ordered: true, start: 2, delimiter: 'paren', spread: false, items: [item('two')] };
    const out = xhtml([parens, paren]);
    expect(out).toContain(
      '<ol start="4" type="i" class="shown-markers"><li><p><span class="list-marker">(iv) </span>four</p></li><li><p><span class="list-marker">(v) </span>five</p></li></ol>',
    );
    expect(out).toContain('<ol start="2" class="shown-markers"><li><span class="list-marker">2) </span>two</li></ol>');
  });
});

describe('definition list', () => {
  test('a <dl>: each term a <dt>, each of its definitions a <dd> holding its blocks', () => {
    const block: Block = {
      type: 'definitionList',
      items: [
        { term: [t('--sandbox')], definitions: [[p(t('Run in a sandbox.')), p(t('Note: slower.'))]] },
        { term: [t('Term')], definitions: [[p(t('one'))], [p(t('two'))]] },
      ],
    };
    expect(xhtml([block])).toContain('<dl><dt>--sandbox</dt><dd><p>Run in a sandbox.</p><p>Note: slower.</p></dd><dt>Term</dt><dd><p>one</p></dd><dd><p>two</p></dd></dl>');
  });
});

describe('code', () => {
  test('pre > code with the language as a class, text escaped, line breaks kept', () => {
    expect(xhtml([{ type: 'code', lang: 'js', value: 'a < b\nc' }])).toContain('<pre><code class="language-js">a &#x3C; b\nc</code></pre>');
    expect(xhtml([{ type: 'code', lang: null, value: 'x' }])).toContain('<pre><code>x</code></pre>');
  });
});

describe('page break', () => {
  test('is an empty division the stylesheet breaks the page before', () => {
    expect(xhtml([{ type: 'pageBreak' }])).toContain('<div class="page-break" />');
  });
});

describe('thematic break', () => {
  test('is <hr/>', () => {
    expect(xhtml([{ type: 'thematicBreak' }])).toContain('<hr />');
  });
});

describe('table', () => {
  test('header row in thead with column scope, body rows in tbody, alignment as classes', () => {
    const out = xhtml([
      {
        type: 'table',
        align: ['right', null],
        headerRows: 1,
        rows: [{ cells: [{ children: [t('A')] }, { children: [t('B')] }] }, { cells: [{ children: [t('1')] }, { children: [t('two')] }] }],
      },
    ]);
    expect(out).toContain(
      '<table><thead><tr><th class="align-right" scope="col">A</th><th scope="col">B</th></tr></thead><tbody><tr><td class="align-right">1</td><td>two</td></tr></tbody></table>',
    );
  });

  test('a column of numbers is right-aligned unless the author marked it otherwise', () => {
    const rows = [['Item', 'Mass', 'Share'], ['Box', '30,480', '38%'], ['Crate', '−1.5', '—']].map((cells) => ({
      cells: cells.map((c) => ({ children: [t(c)] })),
    }));
    const out = xhtml([{ type: 'table', align: [null, null, 'center'], headerRows: 1, rows }]);
    expect(out).toContain('<th scope="col">Item</th><th class="align-right" scope="col">Mass</th><th class="align-center" scope="col">Share</th>');
    expect(out).toContain('<td>Box</td><td class="align-right">30,480</td><td class="align-center">38%</td>');
  });

  test('a table of only a header row has no empty tbody', () => {
    expect(xhtml([{ type: 'table', align: [null], headerRows: 1, rows: [{ cells: [{ children: [t('A')] }] }] }])).not.toContain('tbody');
  });

  test('a headerless table (a Pandoc grid table without a header) has no thead; several header rows share one', () => {
    const rows = [['Location', 'Temperature'], ['', 'min'], ['Earth', '14']].map((cells) => ({ cells: cells.map((c) => ({ children: [t(c)] })) }));
    const headerless = xhtml([{ type: 'table', align: [null, null], headerRows: 0, rows }]);
    expect(headerless).not.toContain('<th');
    expect(headerless).toContain('<table><tbody><tr><td>Location</td><td>Temperature</td></tr>');
    const twoHeads = xhtml([{ type: 'table', align: [null, null], headerRows: 2, rows }]);
    expect(twoHeads).toContain(
      '<thead><tr><th scope="col">Location</th><th class="align-right" scope="col">Temperature</th></tr><tr><td /><th class="align-right" scope="col">min</th></tr></thead><tbody><tr><td>Earth</td>',
    );
  });

  test('a cell spanning columns or rows has colspan/rowspan, and rows hold only the cells that start in them', () => {
    const cell = (value: string, spans: { colSpan?: number; rowSpan?: number } = {}) => ({ children: [t(value)], ...spans });
    const spanning: Block = {
      type: 'table',
      align: [null, null, null],
      headerRows: 2,
      rows: [
        { cells: [cell('Route', { rowSpan: 2 }), cell('Departures', { colSpan: 2 })] },
        { cells: [cell('Am'), cell('Pm')] },
        { cells: [cell('Harbour', { rowSpan: 2 }), cell('7'), cell('18')] },
        { cells: [cell('8'), cell('19')] },
        { cells: [cell('Ferry', { colSpan: 2 }), cell('21')] },
      ],
    };
    expect(xhtml([spanning])).toContain(
      // Headers align as their (first) column: these hold figures.
      '<thead><tr><th rowspan="2" scope="col">Route</th><th class="align-right" colspan="2" scope="col">Departures</th></tr><tr><th class="align-right" scope="col">Am</th><th class="align-right" scope="col">Pm</th></tr></thead>' +
        '<tbody><tr><td rowspan="2">Harbour</td><td class="align-right">7</td><td class="align-right">18</td></tr><tr><td class="align-right">8</td><td class="align-right">19</td></tr><tr><td colspan="2">Ferry</td><td class="align-right">21</td></tr></tbody>',
    );
  });

  test('a table’s id (from its caption) is on the <table>', () => {
    const labelled: Block = { type: 'table', align: [null], headerRows: 1, rows: [{ cells: [{ children: [t('Port')] }] }], caption: [t('Ports')], id: 'tbl:ports' };
    expect(xhtml([labelled])).toContain('<table id="tbl:ports"><caption>Ports</caption>');
  });
});

describe('figure and image', () => {
  test('figure > img with size and alt, then the caption', () => {
    expect(xhtml([{ type: 'figure', image: LALUNE, caption: [t('The moon')] }])).toContain(
      '<figure><img src="images/image-1.jpg" alt="Voyage dans la Lune" width="250" height="250" /><figcaption>The moon</figcaption></figure>',
    );
  });

  test('no figcaption without a caption; an empty alt stays empty', () => {
    const out = xhtml([{ type: 'figure', image: { ...LALUNE, alt: '' }, caption: [] }]);
    expect(out).toContain('<figure><img src="images/image-1.jpg" alt="" width="250" height="250" /></figure>');
  });

  test('a figure’s id is on the <figure>; the size its attributes ask for is the image’s style, a height in % of the page', () => {
    const sized = { ...LALUNE, size: { width: { value: 50, unit: '%' as const } } };
    expect(xhtml([{ type: 'figure', image: sized, caption: [], id: 'fig:moon' }])).toContain(
      '<figure id="fig:moon"><img src="images/image-1.jpg" alt="Voyage dans la Lune" width="250" height="250" style="width: 50%" /></figure>',
    );
    const both = { ...LALUNE, size: { width: { value: 7.5, unit: 'em' as const }, height: { value: 40, unit: '%' as const } } };
    expect(xhtml([{ type: 'figure', image: both, caption: [] }])).toContain('style="width: 7.5em; height: 40vh; object-fit: contain"');
    const points = { ...LALUNE, size: { height: { value: 72 / 2.54, unit: 'pt' as const } } };
    expect(xhtml([{ type: 'figure', image: points, caption: [] }])).toContain('style="height: 28.35pt; object-fit: contain"');
  });

  test('inline images carry their title', () => {
    expect(xhtml([p({ type: 'image', image: { ...LALUNE, title: 'Méliès' } })])).toContain('title="Méliès"');
  });
});

describe('note reference', () => {
  test('superscript outside the link; ids by number and occurrence', () => {
    const note: Note = { number: 1, label: 'a', position: { line: 1, column: 1 }, children: [p(t('n'))] };
    const out = xhtml([p(t('x'), { type: 'noteRef', number: 1, occurrence: 1 }, t('y'), { type: 'noteRef', number: 1, occurrence: 2 })], [note]);
    expect(out).toContain('<sup><a epub:type="noteref" role="doc-noteref" id="ref-1" href="notes.xhtml#note-1">1</a></sup>');
    expect(out).toContain('<sup><a epub:type="noteref" role="doc-noteref" id="ref-1-2" href="notes.xhtml#note-1">1</a></sup>');
  });
});

describe('unknown node types', () => {
  test('an unknown block type is an error that names it, never silently dropped', () => {
    expect(() => xhtml([{ type: 'math', value: 'x' } as unknown as Block])).toThrow(/no handler for block type "math"/u);
  });

  test('an unknown inline type is an error that names it', () => {
    expect(() => xhtml([p({ type: 'footnoteDefinition' } as unknown as Inline)])).toThrow(/no handler for inline type "footnoteDefinition"/u);
  });
});

describe('headings inside other blocks', () => {
  test('keep a clash-free id and can be linked to from another file', () => {
    const out = xhtml([
      { type: 'heading', depth: 2, id: 'a', children: [t('A')] },
      p({ type: 'link', url: '#toc', children: [t('to the quote')] }),
      { type: 'heading', depth: 2, id: 'b', children: [t('B')] },
      { type: 'blockquote', children: [{ type: 'heading', depth: 3, id: 'toc', children: [t('Quoted heading')] }] },
    ]);
    expect(out).toContain('<h3 id="section-toc">Quoted heading</h3>');
    expect(out).toContain('<a href="text-2.xhtml#section-toc">to the quote</a>');
  });
});

describe('anchor', () => {
  test('an empty span holding the id, where it stands; links to it, and to a non-ASCII id, lead to its file', () => {
    const out = xhtml([
      p({ type: 'link', url: '#considerations', children: [t('there')] }, t(' '), { type: 'link', url: '#méta', children: [t('Méta')] }),
      { type: 'heading', depth: 2, id: 'méta', children: [t('Méta')] },
      { type: 'heading', depth: 2, id: 'önemli', children: [{ type: 'anchor', id: 'considerations' }, t('Önemli')] },
    ]);
    expect(out).toContain('<h2 id="önemli"><span id="considerations" />Önemli</h2>');
    expect(out).toContain('<a href="text-3.xhtml#considerations">there</a> <a href="text-2.xhtml#méta">Méta</a>');
  });
});
