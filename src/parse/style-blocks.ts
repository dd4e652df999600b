// A <style> or <script> element runs to its closing tag, blank lines and all,
// as in a browser and in Pandoc's Markdown. CommonMark ends an HTML block that
// opens with another tag (nbconvert's `<div><style scoped>`) at the first
// blank line, so the rest of a DataFrame's stylesheet was read as an indented
// code block and printed. The blocks up to the closing tag are joined into one
// raw HTML block, which the HTML handler leaves out as it leaves out any
// <style>.
import type { Html, Parent, Root, RootContent } from 'mdast';
import { eachNode } from './each-node.ts';

const OPENED = /<(style|script)\b[^>]*>/giu;

/** The element left open at the end of `html`, if any. */
function unclosed(html: string): string | null {
  let open: string | null = null;
  for (const match of html.matchAll(OPENED)) {
    const name = (match[1] ?? '').toLowerCase();
    const closed = html.toLowerCase().indexOf(`</${name}`, match.index + match[0].length);
    if (closed < 0) open = name;
  }
  return open;
}

export function withStyleBlocks(root: Root, text: string): Root {
  eachNode(root, (node) => {
    if ('children' in node && node.children.some((child) => child.type === 'html')) joinOpenElements(node as Parent, text);
  });
  return root;
}

function joinOpenElements(parent: Parent, text: string): void {
  const children: RootContent[] = [];
  for (let i = 0; i < parent.children.length; i++) {
    const node = parent.children[i] as RootContent;
    const name = node.type === 'html' ? unclosed(node.value) : null;
    const start = node.position?.start;
    if (name === null || start?.offset === undefined) {
      children.push(node);
      continue;
    }
    const close = parent.children.findIndex((later, k) => k > i && later.position?.end.offset !== undefined && text.slice(start.offset, later.position.end.offset).toLowerCase().includes(`</${name}`));
    const last = parent.children[close]?.position?.end;
    if (close < 0 || last?.offset === undefined) {
      children.push(node);
      continue;
    }
    const joined: Html = { type: 'html', value: text.slice(start.offset, last.offset), position: { start, end: last } };
    children.push(joined);
    i = close;
  }
  parent.children = children as typeof parent.children;
}
