// Headings, with Pandoc's attribute block at their end (`# Title {#id .class}`):
// the id is the heading's anchor, classes and key=value pairs are read and left
// out, and the block itself is never printed.
import type { PhrasingContent, Text } from 'mdast';
import { inlineText } from '../../text.ts';
import { ATTRIBUTE_TOKEN as TOKEN } from '../pandoc-attributes.ts';
import type { FlowHandler } from './types.ts';

const ATTRIBUTES = new RegExp(String.raw`\s*\{\s*(${TOKEN}(?:\s+${TOKEN})*)\s*\}\s*$`);
/** Pandoc's attributes right after an image: `![a](x.png){#fig:x width="50%"}`. */
const LEADING_ATTRIBUTES = new RegExp(String.raw`^\{\s*${TOKEN}(?:\s+${TOKEN})*\s*\}`);

/**
 * Removes the attribute block Pandoc allows right after an image (ids, classes,
 * width…): Galley sizes figures by its theme, so they are read and not printed.
 */
export function withoutImageAttributes(children: readonly PhrasingContent[]): PhrasingContent[] {
  return children.map((child, i) => {
    const before = children[i - 1];
    const afterImage = before?.type === 'image' || before?.type === 'imageReference' || ((before?.type === 'link' || before?.type === 'linkReference') && before.children.at(-1)?.type === 'image');
    if (!afterImage || child.type !== 'text') return child;
    const match = LEADING_ATTRIBUTES.exec(child.value.replace(/\n/g, ' '));
    return match ? { ...child, value: child.value.slice(match[0].length) } : child;
  });
}

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
  const match = last?.type === 'text' ? ATTRIBUTES.exec(last.value) : null;
  if (last === undefined || match === null || match[1] === undefined) return { children: [...children] };
  const tokens = match[1].split(/\s+/);
  const id = tokens.find((token) => token.startsWith('#'))?.slice(1);
  const unnumbered = tokens.some((token) => token === '-' || token === '.unnumbered');
  const rest = (last as Text).value.slice(0, match.index);
  const kept = rest === '' ? children.slice(0, -1) : [...children.slice(0, -1), { ...(last as Text), value: rest }];
  return { children: kept, ...(id !== undefined ? { id } : {}), ...(unnumbered ? { unnumbered } : {}) };
}
