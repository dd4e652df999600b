// The article's HTML to Markdown with turndown and its GFM plugin (tables,
// strikethrough): headings, lists, quotes, code, links, and figures with their
// captions, images pointing at the files written beside the manuscript.
import { parseHTML } from 'linkedom';
import TurndownService from 'turndown';
import { gfm } from 'turndown-plugin-gfm';
import { IMAGE_URL } from './dom.ts';
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

/**
 * Tables GFM can write. A layout table (nested tables, blocks in its cells, one
 * column) becomes plain blocks, and an empty one goes; a table without a header
 * row gets its first row as one.
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
    for (const cell of table.querySelectorAll('[rowspan], [colspan]')) {
      cell.removeAttribute('rowspan');
      cell.removeAttribute('colspan');
    }
  }
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
