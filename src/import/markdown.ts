// The article's HTML to Markdown with turndown and its GFM plugin (tables,
// strikethrough): headings, lists, quotes, code, links, and figures with their
// captions, images pointing at the files written beside the manuscript. A
// table with merged cells (rowspan, colspan) becomes a Pandoc grid table
// (grid-table.ts), which keeps them.
import { parseHTML } from 'linkedom';
import TurndownService from 'turndown';
import { gfm } from 'turndown-plugin-gfm';
import { IMAGE_URL } from './dom.ts';
import { gridTableMarkdown, type GridCell } from './grid-table.ts';
import type { ImageOutcome } from './images.ts';
import { LinkNotes } from './notes.ts';

const PLACEHOLDER = new RegExp(`${IMAGE_URL.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')}(\\d+)`, 'gu');

/** The indices of the page's images the article still shows, in order. */
export function usedImages(content: string): number[] {
  return [...content.matchAll(PLACEHOLDER)].map((m) => Number(m[1]));
}

const collapse = (text: string | null | undefined): string => (text ?? '').replace(/\s+/gu, ' ').trim();
const escapeAlt = (text: string): string => text.replace(/([\\[\]])/gu, '\\$1');
const escapeTitle = (text: string): string => text.replace(/(["\\])/gu, '\\$1');
const escapeText = (text: string): string => text.replace(/([\\*_[\]`<>#])/gu, '\\$1');

/** Content a GFM table cell cannot hold: a cell is one line. */
const BLOCKS = 'table, p, div, ul, ol, dl, h1, h2, h3, h4, h5, h6, blockquote, figure, pre, hr, section, article';

/** Marks a table with merged cells, for the grid table rules. */
const GRID = 'data-galley-grid';

/** A span as browsers read it: a whole number from 1 (HTML caps colspan at 1000, rowspan at 65534). */
const spanOf = (value: string | null, limit: number): number => {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, limit) : 1;
};

/**
 * Tables Markdown can write. A layout table (nested tables, blocks in its
 * cells, one column) becomes plain blocks, and an empty one goes; a table
 * without a header row gets its first row as one; one with merged cells is
 * marked for a grid table.
 */
function tidyTables(root: Element): void {
  for (const table of [...root.querySelectorAll('table')].reverse()) {
    const rows = [...table.querySelectorAll('tr')];
    if ((table.textContent ?? '').trim() === '' && table.querySelector('img') === null) {
      table.remove();
      continue;
    }
    if (table.querySelector(BLOCKS) !== null || (table.textContent ?? '').trim() === '' || rows.length === 0 || rows.every((r) => r.children.length <= 1)) {
      const block = table.ownerDocument.createElement('div');
      for (const cell of table.querySelectorAll('td, th, caption')) {
        const part = table.ownerDocument.createElement('div');
        part.append(...cell.childNodes);
        block.append(part);
      }
      table.replaceWith(block);
      continue;
    }
    const first = rows[0];
    if (first !== undefined && first.querySelector('th') === null) {
      for (const cell of [...first.querySelectorAll('td')]) {
        const th = table.ownerDocument.createElement('th');
        th.append(...cell.childNodes);
        cell.replaceWith(th);
      }
    }
    for (const br of [...table.querySelectorAll('br')]) br.replaceWith(' ');
    const cells = [...table.querySelectorAll('td, th')];
    if (cells.some((cell) => spanOf(cell.getAttribute('colspan'), 1000) > 1 || spanOf(cell.getAttribute('rowspan'), 65534) > 1)) table.setAttribute(GRID, '');
  }
}

// A grid table's pieces as turndown hands them up: each cell's Markdown after CELL, each row ended by ROW, a caption after CAPTION.
const CELL = '\uE000';
const ROW = '\uE001';
const CAPTION = '\uE002';

/** The grid table marked `GRID` that `node` is in (turndown's DOM has no closest()). */
function gridTableOf(node: Node): HTMLElement | null {
  for (let at = node.parentNode; at !== null; at = at.parentNode) {
    if (at.nodeName === 'TABLE') return (at as HTMLElement).getAttribute(GRID) === null ? null : (at as HTMLElement);
  }
  return null;
}

/** A table marked `GRID` as a grid table: its rows' cells from the Markdown turndown made of them, spans from the table. */
function gridTable(content: string, table: HTMLElement): string {
  const trs = Array.from(table.getElementsByTagName('tr'));
  const spans = trs.map((tr) => Array.from(tr.children).filter((cell) => cell.nodeName === 'TD' || cell.nodeName === 'TH'));
  const caption = collapse(content.split(CAPTION)[1]?.split(ROW)[0]);
  const texts = content
    .split(ROW)
    .filter((part) => part.includes(CELL))
    .map((part) => part.split(CELL).slice(1).map(collapse));
  const rows = spans.map((cells, r) =>
    cells.map((cell, i): GridCell => ({ text: texts[r]?.[i] ?? '', colSpan: spanOf(cell.getAttribute('colspan'), 1000), rowSpan: spanOf(cell.getAttribute('rowspan'), 65534) })),
  );
  // The header: the rows of a <thead>, else the leading rows of <th> (tidyTables made the first one so).
  const head = table.getElementsByTagName('thead')[0];
  const leading = spans.findIndex((cells) => !cells.every((cell) => cell.nodeName === 'TH'));
  const headerRows = head !== undefined ? Math.max(1, head.getElementsByTagName('tr').length) : Math.max(1, leading === -1 ? spans.length : leading);
  return `\n\n${gridTableMarkdown(rows, headerRows)}\n${caption === '' ? '' : `\nTable: ${caption}\n`}\n`;
}

/** Turndown rules that write a table marked `GRID` as a grid table, after the GFM plugin's (turndown tries rules added last first). */
function gridTables(service: TurndownService): void {
  service.addRule('grid-table-cell', {
    filter: (node) => (node.nodeName === 'TD' || node.nodeName === 'TH') && gridTableOf(node) !== null,
    replacement: (content) => `${CELL}${content}`,
  });
  service.addRule('grid-table-row', { filter: (node) => node.nodeName === 'TR' && gridTableOf(node) !== null, replacement: (content) => `${content}${ROW}` });
  service.addRule('grid-table-caption', { filter: (node) => node.nodeName === 'CAPTION' && gridTableOf(node) !== null, replacement: (content) => `${CAPTION}${content}${ROW}` });
  service.addRule('grid-table', {
    filter: (node) => node.nodeName === 'TABLE' && (node as HTMLElement).getAttribute(GRID) !== null,
    replacement: (content, node) => gridTable(content, node as HTMLElement),
  });
}

export interface MarkdownOptions {
  readonly title: string;
  readonly images: ReadonlyMap<number, ImageOutcome>;
  readonly linksAsNotes: boolean;
}

export function articleMarkdown(content: string, options: MarkdownOptions): string {
  const { document } = parseHTML(`<!doctype html><html><body><div id="galley-article">${content}</div></body></html>`);
  const root = document.getElementById('galley-article') as unknown as Element;
  // The title is set from the front matter: a heading repeating it would print it twice.
  const heading = root.querySelector('h1, h2');
  if (heading !== null && collapse(heading.textContent) === collapse(options.title)) heading.remove();
  tidyTables(root);

  const notes = new LinkNotes();
  const imageOf = (src: string | null): ImageOutcome | undefined => {
    const index = /(\d+)$/u.exec(src ?? '')?.[1];
    return index === undefined ? undefined : options.images.get(Number(index));
  };
  const service = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '*', hr: '---' });
  service.use(gfm);
  gridTables(service);
  service.remove(['script', 'style', 'noscript', 'iframe', 'form', 'input', 'button', 'select', 'textarea', 'object', 'embed', 'svg', 'canvas', 'video', 'audio'] as (keyof HTMLElementTagNameMap)[]);
  service.addRule('figure', {
    filter: (node) => node.nodeName === 'FIGURE' && node.getElementsByTagName('img').length > 0,
    replacement: (_content, node) => {
      const figure = node as HTMLElement;
      // turndown's own DOM (domino) has no querySelector on elements.
      const caption = collapse(figure.getElementsByTagName('figcaption')[0]?.textContent);
      return Array.from(figure.getElementsByTagName('img'))
        .map((img) => {
          const alt = collapse(img.getAttribute('alt'));
          const outcome = imageOf(img.getAttribute('src'));
          const text = caption || alt;
          if (outcome === undefined || !('file' in outcome)) return text === '' ? '' : `\n\n*${escapeText(text)}*\n\n`;
          return `\n\n![${escapeAlt(alt || caption)}](${outcome.file}${caption !== '' ? ` "${escapeTitle(caption)}"` : ''})\n\n`;
        })
        .join('');
    },
  });
  service.addRule('image', {
    filter: 'img',
    replacement: (_content, node) => {
      const img = node as HTMLElement;
      const alt = collapse(img.getAttribute('alt'));
      const title = collapse(img.getAttribute('title'));
      const outcome = imageOf(img.getAttribute('src'));
      if (outcome === undefined || !('file' in outcome)) return alt === '' ? '' : `*${escapeText(alt)}*`;
      return `![${escapeAlt(alt)}](${outcome.file}${title !== '' ? ` "${escapeTitle(title)}"` : ''})`;
    },
  });
  service.addRule('link', {
    filter: (node) => node.nodeName === 'A' && node.getAttribute('href') !== null,
    replacement: (content, node) => {
      const href = (node as HTMLElement).getAttribute('href') ?? '';
      if (content.trim() === '') return content;
      if (options.linksAsNotes && /^https?:/u.test(href)) return notes.reference(content, href);
      return `[${content}](<${href.replace(/[<>]/gu, encodeURIComponent)}>)`;
    },
  });
  service.addRule('anchor-without-href', { filter: (node) => node.nodeName === 'A' && node.getAttribute('href') === null, replacement: (content) => content });

  const body = service.turndown(root.innerHTML).replace(/\n{3,}/gu, '\n\n').trim();
  const definitions = notes.definitions();
  return definitions === '' ? `${body}\n` : `${body}\n\n${definitions}\n`;
}
