// Small Documents built in code, so PDF tests do not depend on the parser.
import type { Block, Document, Inline, ListItem, Metadata, Note } from '../../src/document.ts';

export const text = (value: string): Inline => ({ type: 'text', value });
export const ref = (number: number, occurrence = 1): Inline => ({ type: 'noteRef', number, occurrence });
type Content = Inline | string;
const inlines = (children: readonly Content[]): Inline[] => children.map((c) => (typeof c === 'string' ? text(c) : c));

export const em = (...children: Content[]): Inline => ({ type: 'emphasis', children: inlines(children) });
export const strong = (...children: Content[]): Inline => ({ type: 'strong', children: inlines(children) });
export const del = (...children: Content[]): Inline => ({ type: 'delete', children: inlines(children) });
export const code = (value: string): Inline => ({ type: 'code', value });
export const link = (url: string, ...children: Content[]): Inline => ({ type: 'link', url, children: inlines(children) });

export const para = (...children: Content[]): Block => ({ type: 'paragraph', children: inlines(children) });
export const heading = (depth: 1 | 2 | 3, title: string, id = title.toLowerCase().replace(/\W+/gu, '-')): Block => ({
  type: 'heading',
  depth,
  id,
  children: [text(title)],
});
export const quote = (...children: Block[]): Block => ({ type: 'blockquote', children });
export const item = (...children: Block[]): ListItem => ({ checked: null, children });
export const list = (ordered: boolean, items: ListItem[], start = 1): Block => ({ type: 'list', ordered, start, spread: false, items });
export const codeBlock = (value: string): Block => ({ type: 'code', lang: null, value });
export const table = (rows: string[][]): Block => ({
  type: 'table',
  align: (rows[0] ?? []).map(() => null),
  headerRows: 1,
  rows: rows.map((cells) => ({ cells: cells.map((c) => ({ children: [text(c)] })) })),
});
export const note = (number: number, ...children: Block[]): Note => ({
  number,
  label: String(number),
  children,
  position: { line: 1, column: 1 },
});

const WORDS =
  'the reporting on an intelligence briefing for national assembly members said troops were being consumed as front line storm troopers in unfamiliar battlefields due to their lack of experience with drones while officials claim progress along the entire front every day'.split(
    ' ',
  );

/** `count` words of plausible prose, the same every time for the same seed. */
export function prose(count: number, seed = 0): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(WORDS[(i * 7 + seed * 13 + (i % 5)) % WORDS.length] ?? 'word');
  const sentence = out.join(' ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

export function makeDocument(blocks: Block[], notes: Note[] = [], metadata: Partial<Metadata> = {}): Document {
  return {
    path: 'test.md',
    source: Buffer.from(''),
    metadata: { title: 'A Test Article', authors: [], lang: 'en-US', identifier: 'urn:test', keywords: [], ...metadata },
    blocks,
    notes,
  };
}
