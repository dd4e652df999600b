// One Block type at a time, as laid out on the page.
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { Block, Document, ListItem } from '../../../../src/document.ts';
import { loadFonts } from '../../../../src/fonts.ts';
import { layoutDocument } from '../../../../src/pdf/layout/index.ts';
import type { Page, PageItem, PlacedImage, PlacedLine } from '../../../../src/pdf/page-model.ts';
import { loadTheme } from '../../../../src/theme/load.ts';
import { code, codeBlock, del, heading, item, list, makeDocument, para, prose, ref, note, strong } from '../../../helpers/build-doc.ts';

const theme = loadTheme();
const fonts = loadFonts(theme);
const left = theme.margins.inner;
const measure = theme.page.width - theme.margins.inner - theme.margins.outer;
const FIGURE = fileURLToPath(new URL('../../../fixtures/pdf/figure.png', import.meta.url));

const pagesOf = (doc: Document): readonly Page[] => layoutDocument(doc, theme, fonts).pages;
const isLine = (item: PageItem): item is PlacedLine => item.kind === 'line';
const textOf = (line: PlacedLine): string => line.fragments.map((f) => f.text).join('');
const lines = (pages: readonly Page[], role?: PlacedLine['role']): PlacedLine[] =>
  pages.flatMap((p) => p.items.filter(isLine)).filter((l) => role === undefined || l.role === role);

describe('a paragraph ending in a colon', () => {
  // Filler of every length from 60 to 260 words, so the lead-in lands at a page's foot in some of them.
  const pagesOfLeadIn = (leadIn: string, filler: number): [number, number] => {
    const pages = pagesOf(makeDocument([para(prose(filler, 3)), para(prose(25, 5)), para(leadIn), codeBlock('first();\nsecond();\nthird();\nfourth();')]));
    const pageOf = (test: (text: string) => boolean): number =>
      pages.find((p) => p.items.filter(isLine).some((l) => test(textOf(l))))?.number ?? 0;
    return [pageOf((t) => /program[:.]$/u.test(t)), pageOf((t) => t === 'first();')];
  };
  const fillers = Array.from({ length: 101 }, (_, i) => 60 + 2 * i);

  test('shares a page with the code it introduces, wherever the page turns', () => {
    for (const filler of fillers) {
      const [leadIn, code] = pagesOfLeadIn('And so we come to the program itself, which reads as follows in this program:', filler);
      expect(code, `filler ${filler}`).toBe(leadIn);
    }
  });

  test('a paragraph ending otherwise may end a page above the code (so the sweep above reaches a page turn)', () => {
    const split = fillers.filter((filler) => {
      const [leadIn, code] = pagesOfLeadIn('And so we come to the program itself, which reads as follows in this program.', filler);
      return code !== leadIn;
    });
    expect(split.length).toBeGreaterThan(0);
  });
});

describe('a paragraph all in bold, standing as a heading', () => {
  // Filler of every length from 60 to 260 words, so the bold line lands at a page's foot in some of them.
  const pagesOfShelley = (title: Block, filler: number): [number, number] => {
    const pages = pagesOf(makeDocument([para(prose(filler, 3)), para(prose(25, 5)), title, para('Shelley emerged from the federated network, with the stake pool operators producing more blocks.')]));
    const pageOf = (test: (text: string) => boolean): number =>
      pages.find((p) => p.items.filter(isLine).some((l) => test(textOf(l))))?.number ?? 0;
    return [pageOf((t) => t === 'Shelley'), pageOf((t) => t.startsWith('Shelley emerged'))];
  };
  const fillers = Array.from({ length: 101 }, (_, i) => 60 + 2 * i);

  test('shares a page with the paragraph after it, wherever the page turns', () => {
    for (const filler of fillers) {
      const [title, next] = pagesOfShelley(para(strong('Shelley')), filler);
      expect(next, `filler ${filler}`).toBe(title);
    }
  });

  test('a plain paragraph of one word may end a page (so the sweep above reaches a page turn)', () => {
    const split = fillers.filter((filler) => {
      const [title, next] = pagesOfShelley(para('Shelley'), filler);
      return next !== title;
    });
    expect(split.length).toBeGreaterThan(0);
  });
});

describe('the writer’s page breaks', () => {
  const pageBreak: Block = { type: 'pageBreak' };
  const pageOf = (pages: readonly Page[], text: string): number => pages.find((p) => p.items.filter(isLine).some((l) => textOf(l) === text))?.number ?? 0;

  test('each opens a page, its first line where a page’s first line stands; several together open one, and those after the text none', () => {
    // The first, after the title block, gives the title a page of its own.
    const pages = pagesOf(makeDocument([pageBreak, para('One.'), pageBreak, para('Two.'), pageBreak, pageBreak, para('Three.'), pageBreak, pageBreak]));
    expect(pages).toHaveLength(4);
    expect(pages[0]!.items.filter(isLine).map(textOf)).toEqual(['A Test Article']);
    expect(['One.', 'Two.', 'Three.'].map((text) => pageOf(pages, text))).toEqual([2, 3, 4]);
    const firstY = (page: Page) => page.items.filter(isLine)[0]?.baseline ?? Number.NaN;
    expect(firstY(pages[2]!)).toBeCloseTo(firstY(pages[1]!), 3);
    expect(firstY(pages[3]!)).toBeCloseTo(firstY(pages[1]!), 3);
    expect(firstY(pages[1]!)).toBeCloseTo(firstY(pagesOf(makeDocument([para(prose(600, 1)), para('Next.')]))[1]!), 3);
  });

  test('the page before one may stop short: its gaps are not stretched', () => {
    const pages = pagesOf(makeDocument([para(prose(60, 1)), para(prose(60, 2)), pageBreak, para('After.')]));
    expect(pageOf(pages, 'After.')).toBe(2);
    const lines = pages[0]!.items.filter(isLine).filter((line) => line.role === 'P');
    const gaps = lines.slice(1).map((line, i) => line.baseline - (lines[i]?.baseline ?? 0));
    for (const gap of gaps) expect(gap).toBeCloseTo(theme.body.leading, 3);
  });
});

describe('code blocks', () => {
  const long = `const message = "${'a long string literal that will not fit '.repeat(3)}"; // end`;

  test('long lines wrap with a visible continuation mark, nothing clipped or lost', () => {
    const set = lines(pagesOf(makeDocument([codeBlock(`short();\n${long}\n\tindented();`)])), 'Code');
    expect(set.length).toBeGreaterThan(3);
    for (const line of set) {
      for (const f of line.fragments) {
        expect(f.font).toBe('mono');
        expect(f.wordSpacing).toBe(0);
        expect(line.x + f.x + f.width).toBeLessThanOrEqual(left + measure + 0.01);
      }
    }
    const [first, ...rest] = set.slice(1, -1);
    expect(textOf(first!).startsWith('const message')).toBe(true);
    for (const continued of rest) expect(continued.fragments[0]?.text).toBe('→');
    const rejoined = [first!, ...rest].map((l) => l.fragments.filter((f) => f.text !== '→').map((f) => f.text).join('')).join('');
    expect(rejoined).toBe(long);
    // Tabs become spaces to the next tab stop.
    expect(textOf(set.at(-1)!)).toBe('    indented();');
  });

  test('Chinese, Japanese, Korean and emoji count two columns: a long line of them wraps inside the measure', () => {
    const wide = `const p2 = new Promise((resolve, reject) => reject('出错了，请稍后再试一次吧'))  // 出错了 エラー 오류 🚫🚫`;
    const set = lines(pagesOf(makeDocument([codeBlock(`${wide}\n${wide.repeat(2)}`)])), 'Code');
    expect(set.length).toBeGreaterThan(3);
    for (const line of set) for (const f of line.fragments) expect(line.x + f.x + f.width, textOf(line)).toBeLessThanOrEqual(left + measure + 0.01);
    expect(set.map((l) => l.fragments.filter((f) => f.text !== '→').map((f) => f.text).join('')).join('')).toBe(wide.repeat(3));
  });

  test('a listing longer than a page runs on across pages, every line kept', () => {
    const source = Array.from({ length: 90 }, (_, i) => `line_${i + 1}();`).join('\n');
    const pages = pagesOf(makeDocument([codeBlock(source)]));
    expect(pages.length).toBeGreaterThan(1);
    expect(lines(pages, 'Code').map(textOf)).toEqual(source.split('\n'));
  });
});

describe('definition lists', () => {
  const definitions = (filler: number): Document =>
    makeDocument([
      para(prose(filler, 2)),
      {
        type: 'definitionList',
        items: [
          { term: [{ type: 'text', value: 'The first term' }], definitions: [[para(prose(40, 4))], [para(prose(12, 5))]] },
          { term: [{ type: 'text', value: 'A second term' }], definitions: [[para(prose(30, 6))]] },
        ],
      },
    ]);

  test('a term is set flush left in bold, its definitions indented by the list indent', () => {
    const all = lines(pagesOf(definitions(20)));
    const term = all.find((l) => textOf(l) === 'The first term');
    expect(term?.x).toBeCloseTo(left, 5);
    expect(term?.fragments.every((f) => f.font === 'bodyBold')).toBe(true);
    const after = all.slice(all.indexOf(term as PlacedLine) + 1, all.findIndex((l) => textOf(l) === 'A second term'));
    expect(after.length).toBeGreaterThan(3);
    for (const line of after) expect(line.x).toBeCloseTo(left + theme.lists.indent, 5);
  });

  test('a term never ends a page above its definition, wherever the page turns', () => {
    let turns = 0;
    for (let filler = 200; filler <= 300; filler += 1) {
      const pages = pagesOf(definitions(filler));
      const pageOf = (test: (line: PlacedLine) => boolean): number => pages.find((p) => p.items.filter(isLine).some(test))?.number ?? 0;
      const term = pageOf((l) => textOf(l) === 'The first term');
      const opening = prose(40, 4).split(' ').slice(0, 3).join(' ');
      const firstDefinitionLine = pageOf((l) => textOf(l).startsWith(opening));
      expect(firstDefinitionLine, `filler ${filler}`).toBe(term);
      if (term > 1) turns += 1;
    }
    // The sweep reaches the page turn: the term went overleaf with its definition at least once.
    expect(turns).toBeGreaterThan(0);
  });
});

describe('lists', () => {
  const markers = (pages: readonly Page[]): string[] => lines(pages, 'Lbl').map(textOf);

  test('ordered lists count from their start; bullets change with depth', () => {
    const pages = pagesOf(
      makeDocument([
        list(true, [item(para('nine')), item(para('ten'))], 9),
        list(false, [item(para('outer'), list(false, [item(para('inner'))]))]),
      ]),
    );
    expect(markers(pages)).toEqual(['9.', '10.', '•', '–']);
    // Numbers are right-aligned against the item text.
    const [nine, ten] = lines(pages, 'Lbl');
    const end = (l: PlacedLine): number => l.x + (l.fragments[0]?.width ?? 0);
    expect(end(nine!)).toBeCloseTo(end(ten!), 6);
    const inner = lines(pages, 'LI').find((l) => textOf(l) === 'inner')!;
    const outer = lines(pages, 'LI').find((l) => textOf(l) === 'outer')!;
    expect(inner.x).toBeGreaterThan(outer.x);
  });

  test('task items show ballot boxes the font can draw', () => {
    const tasks: ListItem[] = [
      { checked: true, children: [para('done')] },
      { checked: false, children: [para('open')] },
    ];
    const pages = pagesOf(makeDocument([{ type: 'list', ordered: false, start: 1, spread: false, items: tasks }]));
    expect(markers(pages)).toEqual(['☑', '☐']);
  });
});

describe('headings', () => {
  test('are set in the heading face, anchor their id and enter the outline', () => {
    const [page] = pagesOf(makeDocument([heading(2, 'Numbers and Tables', 'numbers'), para(prose(40, 1))]));
    const h = lines([page!], 'H2')[0]!;
    expect(h.fragments[0]?.font).toBe('bodyBold');
    expect(h.fragments[0]?.size).toBe(theme.headings[1]?.size);
    expect(page!.destinations.find((d) => d.name === 'numbers')?.y).toBeLessThan(h.baseline);
    expect(page!.outline).toEqual([
      { title: 'A Test Article', depth: 0, destination: 'galley:title' },
      { title: 'Numbers and Tables', depth: 2, destination: 'numbers' },
    ]);
  });
});

describe('thematic breaks', () => {
  test('are a centred ornament', () => {
    const pages = pagesOf(makeDocument([para(prose(30, 1)), { type: 'thematicBreak' }, para(prose(30, 2))]));
    const ornament = lines(pages, 'Artifact').find((l) => textOf(l) === theme.thematicBreak.ornament)!;
    const width = ornament.fragments[0]!.width;
    expect(ornament.x - left).toBeCloseTo(left + measure - (ornament.x + width), 6);
  });

  test('are a centred rule when the face cannot draw the ornament', () => {
    const withAsterism = { ...theme, thematicBreak: { ...theme.thematicBreak, ornament: '⁂' } };
    const doc = makeDocument([para(prose(30, 1)), { type: 'thematicBreak' }, para(prose(30, 2))]);
    const [page] = layoutDocument(doc, withAsterism, loadFonts(withAsterism)).pages;
    const rule = page!.items.find((i) => i.kind === 'rule');
    expect(rule).toMatchObject({ width: theme.thematicBreak.ruleWidth, thickness: theme.thematicBreak.ruleThickness });
    expect(rule!.x - left).toBeCloseTo(left + measure - (rule!.x + theme.thematicBreak.ruleWidth), 6);
    expect(lines(layoutDocument(doc, withAsterism, loadFonts(withAsterism)).pages).map(textOf)).not.toContain('⁂');
  });
});

describe('figures', () => {
  const figure: Block = {
    type: 'figure',
    image: { path: FIGURE, alt: 'A chequered gradient', mediaType: 'image/png', width: 240, height: 160 },
    caption: [{ type: 'text', value: 'The caption.' }],
  };
  const images = (pages: readonly Page[]): PlacedImage[] =>
    pages.flatMap((p) => p.items.filter((i): i is PlacedImage => i.kind === 'image'));

  test('are scaled to the measure, keep their aspect, and have the caption below', () => {
    const pages = pagesOf(makeDocument([figure]));
    const [image] = images(pages);
    expect(image!.width).toBeCloseTo(measure);
    expect(image!.height / image!.width).toBeCloseTo(160 / 240);
    const caption = lines(pages, 'Caption')[0]!;
    expect(textOf(caption)).toBe('The caption.');
    expect(caption.baseline).toBeGreaterThan(image!.y + image!.height);
  });

  test('move whole to the next page when they do not fit', () => {
    const pages = pagesOf(makeDocument([para(prose(310, 1)), figure, para(prose(40, 2))]));
    const pageWithImage = pages.findIndex((p) => p.items.some((i) => i.kind === 'image'));
    expect(pageWithImage).toBeGreaterThan(0);
    expect(pages[pageWithImage]!.items.some((i) => isLine(i) && i.role === 'Caption')).toBe(true);
    const [image] = images(pages);
    expect(image!.y + image!.height).toBeLessThanOrEqual(theme.page.height - theme.margins.bottom);
  });

  test('take the width their attributes ask for, centred, and their id is a destination at their top', () => {
    const sized: Block = { ...figure, image: { ...figure.image, size: { width: { value: 50, unit: '%' } } }, id: 'fig:chequer' } as Block;
    const pages = pagesOf(makeDocument([para(prose(20, 1)), sized]));
    const [image] = images(pages);
    expect(image!.width).toBeCloseTo(measure / 2);
    expect(image!.height / image!.width).toBeCloseTo(160 / 240);
    expect(image!.x - theme.margins.inner).toBeCloseTo(measure / 4);
    const destination = pages.flatMap((page) => page.destinations).find((d) => d.name === 'fig:chequer');
    expect(destination?.y).toBeCloseTo(image!.y);
  });
});

describe('inline content', () => {
  const fragments = (doc: Document) => lines(pagesOf(doc)).flatMap((l) => l.fragments);

  test('deleted text is struck; code is set in the mono face at the theme’s inline scale', () => {
    const set = fragments(makeDocument([para('keep ', del('gone'), ' and ', code('x()'))]));
    expect(set.find((f) => f.text.includes('gone'))?.strike).toBe(true);
    expect(set.find((f) => f.text.includes('keep'))?.strike).toBeUndefined();
    const mono = set.find((f) => f.text === 'x()')!;
    expect(mono.font).toBe('mono');
    expect(mono.size).toBeCloseTo(theme.body.size * theme.code.inlineScale);
  });

  test('a note mark is a small raised number linked to its note', () => {
    const set = fragments(makeDocument([para('A claim', ref(1), '.')], [note(1, para('Source.'))]));
    const mark = set.find((f) => f.noteRef === 1)!;
    expect(mark.text).toBe('1');
    expect(mark.size).toBeCloseTo(theme.body.size * theme.noteRef.scale);
    expect(mark.rise).toBeCloseTo(theme.body.size * theme.noteRef.rise);
    expect(mark.link).toBe('#note-1');
  });

  test('an inline image is replaced by its alt text in brackets', () => {
    const doc = makeDocument([
      { type: 'paragraph', children: [{ type: 'text', value: 'See ' }, { type: 'image', image: { path: FIGURE, alt: 'a map', mediaType: 'image/png', width: 1, height: 1 } }] },
    ]);
    expect(lines(pagesOf(doc), 'P').map(textOf).join(' ')).toContain('See [a map]');
  });
});

describe('the title block', () => {
  test('opens page 1 with title, dek, credits and the source as a link', () => {
    const doc = makeDocument([para(prose(30, 1))], [], {
      title: 'The Title',
      subtitle: 'The dek',
      authors: ['Ann', 'Ben', 'Cy'],
      publisher: 'The Publisher',
      source: 'https://example.com/first',
    });
    const [page] = pagesOf(doc);
    const top = page!.items.filter(isLine).filter((l) => l.block === -1);
    expect(top.map(textOf)).toEqual(['The Title', 'The dek', 'Ann, Ben and Cy', 'The Publisher', 'https://example.com/first']);
    expect(top[0]!.role).toBe('Title');
    expect(top[1]!.fragments[0]?.font).toBe('bodyItalic');
    expect(top.at(-1)!.fragments[0]?.link).toBe('https://example.com/first');
    const centre = left + measure / 2;
    for (const line of top) expect(line.x + (line.fragments.at(-1)!.x + line.fragments.at(-1)!.width) / 2).toBeCloseTo(centre, 0);
  });
});

describe('node types', () => {
  test('a block or inline type without a handler is an error, never silently dropped', () => {
    const unknownBlock = { type: 'footnoteDefinition', children: [] } as unknown as Block;
    expect(() => pagesOf(makeDocument([unknownBlock]))).toThrow(/no handler for block type "footnoteDefinition"/u);
    const unknownInline = { type: 'paragraph', children: [{ type: 'html', value: '<b>' }] } as unknown as Block;
    expect(() => pagesOf(makeDocument([unknownInline]))).toThrow(/no handler for inline type "html"/u);
  });
});

describe('line blocks', () => {
  test('each line is set where it was written, flush left, ragged, never indented, in the lines written', () => {
    const verse = ['The limerick packs laughs anatomical', 'Into space that is quite economical.', 'But the good ones I’ve seen'];
    const children = verse.flatMap((line, i) => [...(i > 0 ? [{ type: 'break' as const }] : []), { type: 'text' as const, value: line }]);
    const doc = makeDocument([para(prose(40, 2)), { type: 'paragraph', children, lines: true }, para(prose(20, 3))]);
    const all = lines(pagesOf(doc));
    const set = verse.map((line) => all.find((l) => textOf(l).trim() === line));
    for (const line of set) {
      expect(line?.x).toBeCloseTo(left, 5);
      // Ragged: no line is stretched to the measure.
      expect(line?.fragments.every((f) => (f.wordSpacing ?? 0) <= 0)).toBe(true);
    }
    // The prose after it is indented as usual.
    const next = all[all.indexOf(set.at(-1) as PlacedLine) + 1];
    expect(next?.x).toBeGreaterThan(left);
  });
});
