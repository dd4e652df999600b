// Headings, with Pandoc's attribute block at their end (`# Title {#id .class}`):
// the id is the heading's anchor, classes and key=value pairs are read and left
// out, and the block itself is never printed.
import type { Heading, Nodes, PhrasingContent, Text } from 'mdast';
import { inlineText } from '../../text.ts';
import { isCarrier } from '../inline-attributes.ts';
import { ATTRIBUTE_TOKEN as TOKEN, leadingAttributes } from '../pandoc-attributes.ts';
import type { FlowHandler } from './types.ts';

const ATTRIBUTES = new RegExp(String.raw`\s*\{\s*(${TOKEN}(?:\s+${TOKEN})*)\s*\}\s*$`);

export const heading: FlowHandler<'heading'> = (node, ctx) => {
  const { children: written, id: wanted, unnumbered } = withoutAttributes(node.children);
  const children = ctx.phrasing(written);
  let id: string | undefined;
  if (wanted !== undefined) {
    const claimed = ctx.slugger.claim(wanted);
    if ('id' in claimed) id = claimed.id;
    else ctx.warning(node, `heading id "#${wanted}" is not used because ${claimed.reason}; the heading gets one from its text`);
  }
  return [{ type: 'heading', depth: node.depth, id: id ?? ctx.slugger.slug(inlineText(children)), children, ...(unnumbered ? { unnumbered } : {}) }];
};

/** The heading's content with a trailing `{…}` attribute block removed, the id it names, and whether it says `.unnumbered` (or `-`). */
export function withoutAttributes(children: readonly PhrasingContent[]): { children: PhrasingContent[]; id?: string; unnumbered?: true } {
  const last = children.at(-1);
  // A block right after inline code, a link or an image is theirs (inline-attributes.ts): the heading's can only follow it.
  const theirs = last?.type === 'text' && isCarrier(children.at(-2)) ? (leadingAttributes(last.value)?.length ?? 0) : 0;
  const match = last?.type === 'text' ? ATTRIBUTES.exec(last.value.slice(theirs)) : null;
  if (last === undefined || match === null || match[1] === undefined) return { children: [...children] };
  const tokens = match[1].split(/\s+/);
  const id = tokens.find((token) => token.startsWith('#'))?.slice(1);
  const unnumbered = tokens.some((token) => token === '-' || token === '.unnumbered');
  const rest = (last as Text).value.slice(0, theirs + match.index);
  const kept = rest === '' ? children.slice(0, -1) : [...children.slice(0, -1), { ...(last as Text), value: rest }];
  return { children: kept, ...(id !== undefined ? { id } : {}), ...(unnumbered ? { unnumbered } : {}) };
}

/** A heading's text as written, without marks or its attribute block (the book's title, a section reference's words). */
export function headingText(heading: Heading): string {
  const plain = (node: Nodes): string => {
    if ('value' in node && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
    return 'children' in node ? (node.children as Nodes[]).map(plain).join('') : '';
  };
  return withoutAttributes(heading.children).children.map(plain).join('').trim();
}
