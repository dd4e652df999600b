// Raw HTML cannot be typeset in the PDF and is not trusted in the EPUB: its
// text content is kept (tags stripped) and the writer is told.
import type { Html } from 'mdast';
import type { Block, Inline } from '../../document.ts';
import type { State } from '../state.ts';

export function htmlFlow(state: State, node: Html): Block[] {
  const value = keptText(state, node).replace(/\s+/g, ' ').trim();
  return value === '' ? [] : [{ type: 'paragraph', children: [{ type: 'text', value }] }];
}

export function htmlPhrasing(state: State, node: Html): Inline[] {
  const value = keptText(state, node);
  return value === '' ? [] : [{ type: 'text', value }];
}

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
// Their content is code or styling, not text a reader should see.
const HIDDEN_ELEMENTS = /<(script|style|template|noscript)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;

function keptText(state: State, node: Html): string {
  const shown = node.value.replace(COMMENT, '').replace(HIDDEN_ELEMENTS, '');
  if (shown.trim() === '' && node.value.trim() !== '') {
    state.warning(node, /^\s*<!--/.test(node.value) ? 'HTML comment is left out of the output' : 'raw HTML script or style is left out of the output');
    return '';
  }
  state.warning(node, 'raw HTML is not supported; its text is kept');
  return decodeEntities(
    shown
      .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
      .replace(/<[?!][\s\S]*?>/g, '')
      .replace(/<\/?[A-Za-z][^>]*>/g, ''),
  );
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED[name.toLowerCase()] ?? entity;
  });
}
