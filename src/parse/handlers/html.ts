// Raw HTML, read by a real HTML parser (parse5, through hast-util-from-html)
// and turned into Markdown's own nodes (hast-util-to-mdast), which the other
// handlers then convert as if written in Markdown: <blockquote> (a <footer> or
// closing <cite> becomes its attribution line, "— Iago, Othello"), <p>, <em>,
// <strong>, <a href>, <code>, <kbd>, <br>, <img>, lists and tables keep their
// meaning; <a id> and <a name> are anchors (anchor.ts); <sup>/<sub> become
// Unicode superscripts and subscripts where all their text has them, and else
// raised or lowered text (script.ts). Scripts and styles are left out, each
// with a warning naming it; comments silently, as every renderer does.
//
// Inline HTML reaches the handlers tag by tag (`<sup>`, `2`, `</sup>`), so
// pairInlineHtml() first joins each opening tag with its closing tag among its
// siblings, as a browser would.
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Point as HastPoint } from 'unist';
import { fromHtml } from 'hast-util-from-html';
import { defaultHandlers, toMdast, type Handle } from 'hast-util-to-mdast';
import type { Html, Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import type { ParseContext } from '../context.ts';
import type { Point } from '../../util/position.ts';
import { anchorOf } from './anchor.ts';
import { htmlFigure } from './html-figure.ts';
import { htmlTable } from './html-table.ts';
import { isPhrasing } from './html-phrasing.ts';
import { inScript } from './html-script.ts';
import type { FlowHandler, PhrasingHandler } from './types.ts';

// An empty element styled to break the page (`<div style="page-break-after: always"></div>`), as Markdown
// meant for print through HTML writes a page break: the break, wherever it says.
const PAGE_BREAK_ELEMENT = /^<(div|p|span)\s+style\s*=\s*(["'])[^"']*\b(?:page-break-(?:before|after)\s*:\s*always|break-(?:before|after)\s*:\s*page)\b[^"']*\2\s*(?:\/>|>\s*<\/\1\s*>)$/iu;

export const htmlFlow: FlowHandler<'html'> = (node, ctx) => {
  if (PAGE_BREAK_ELEMENT.test(node.value.trim())) return [{ type: 'pageBreak' }];
  const root = read(node, ctx);
  if (root === null) return [];
  const blocks: RootContent[] = [];
  let run: PhrasingContent[] = [];
  const flush = (): void => {
    if (run.some((child) => child.type !== 'text' || child.value.trim() !== '')) blocks.push({ type: 'paragraph', children: run, ...located(node) });
    run = [];
  };
  for (const child of root.children) {
    if (isPhrasing(child)) run.push(child);
    else if (isEmptyCode(child)) continue;
    else {
      flush();
      blocks.push(child);
    }
  }
  flush();
  return ctx.flow(blocks);
};

export const htmlPhrasing: PhrasingHandler<'html'> = (node, ctx) => {
  const root = read(node, ctx);
  if (root === null) return [];
  const children = root.children.flatMap((child): PhrasingContent[] => (isPhrasing(child) ? [child] : 'children' in child ? (child.children.filter(isPhrasing) as PhrasingContent[]) : []));
  return ctx.phrasing(children);
};

/**
 * An empty <pre>, or one of the obsolete <listing> and <xmp> (the parser reads them as <pre>): the Rust
 * book's `<Listing number="8-11" caption="…">`, an mdBook preprocessor's tag alone on its line, became
 * an empty code block, two blank lines above the code it stands for.
 */
const isEmptyCode = (node: RootContent): boolean => node.type === 'code' && node.value.trim() === '';

/** The HTML as Markdown nodes, positioned at the HTML in the manuscript; null when nothing in it is shown. */
function read(node: Html, ctx: ParseContext): Root | null {
  const hast = fromHtml(node.value, { fragment: true });
  const at = (inHtml: HastPoint | undefined): Point => placed(node, inHtml) ?? node.position?.start ?? { line: 1, column: 1 };
  const left = leaveOut(hast);
  for (const [what, where] of left) ctx.warningAt(at(where), `${what} ${left.size === 1 ? 'is' : 'are'} left out of the output`);
  attributions(hast);
  scripts(hast);
  for (const { name, where } of pictures(hast)) ctx.warningAt(at(where), `HTML image "${name}" is not a PNG, JPEG, SVG or PDF file Galley can take; its alt text is kept`);
  const mdast = withoutEmptyLinks(toMdast(hast, { handlers: { a: anchorOrLink, figure: htmlFigure, table: htmlTable } }) as Root);
  locate(mdast, node, ctx);
  return mdast.children.length === 0 ? null : mdast;
}

/**
 * Links left holding only white space, as the HTML parser leaves an <a>
 * wrapped around a <div> split in pieces: a browser draws nothing for them,
 * and Markdown's empty-link rule (print the address) would print a stray URL.
 */
function withoutEmptyLinks<T extends Nodes>(node: T): T {
  if (!('children' in node)) return node;
  const kept = (node.children as Nodes[]).filter((child) => child.type !== 'link' || !child.children.every((c) => c.type === 'text' && c.value.trim() === ''));
  (node as { children: Nodes[] }).children = kept.map(withoutEmptyLinks);
  return node;
}

/** An <a> with an id or name is a place links lead to, before its content; one without href is no link. */
const anchorOrLink: Handle = (state, element) => {
  const place = anchorOf(element.properties, {});
  const content = typeof element.properties['href'] === 'string' ? defaultHandlers.a(state, element) : state.all(element);
  return [...(place === null ? [] : [place]), ...(Array.isArray(content) ? content : [content])];
};

// Code, styling, and embedded things a printed page cannot hold.
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'video', 'audio', 'canvas', 'svg', 'math', 'form', 'input', 'button', 'select', 'textarea']);

/**
 * Removes comments and elements whose content is code or styling, naming the
 * elements that went: a comment is the author's note to themselves, which no
 * Markdown renderer shows, so it goes without a word (the Rust book's mdBook
 * chapters hold one after most links).
 */
function leaveOut(parent: HastRoot | Element, left = new Map<string, HastPoint | undefined>()): Map<string, HastPoint | undefined> {
  parent.children = (parent.children as HastContent[]).filter((child) => {
    if (child.type === 'comment') return false;
    const what = child.type === 'element' && HIDDEN.has(child.tagName) ? `a <${child.tagName}> element` : null;
    // Each kind is named once, where it first stands.
    if (what !== null && !left.has(what)) left.set(what, child.position?.start);
    if (what !== null) return false;
    if (child.type === 'element') leaveOut(child, left);
    return true;
  }) as ElementContent[];
  return left;
}

/** A block quote's <footer>, or a <cite> closing it, becomes a paragraph led by an em dash. */
function attributions(parent: HastRoot | Element): void {
  for (const child of parent.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'blockquote') {
      const last = [...child.children].reverse().find((c) => !(c.type === 'text' && c.value.trim() === ''));
      if (last?.type === 'element' && (last.tagName === 'footer' || last.tagName === 'cite')) {
        const line: Element = { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: '— ' }, ...(last.tagName === 'cite' ? [last] : last.children)] };
        child.children[child.children.indexOf(last)] = line;
      }
    }
    attributions(child);
  }
}

/** Replaces each <img> that cannot name a local PNG, JPEG, SVG or PDF file by its alt text; gives their addresses. */
function pictures(parent: HastRoot | Element): { name: string; where: HastPoint | undefined }[] {
  const found: { name: string; where: HastPoint | undefined }[] = [];
  parent.children = (parent.children as HastContent[]).map((child): HastContent => {
    if (child.type !== 'element') return child;
    const src = child.properties['src'];
    // A remote image goes on as an image, to be reported as not fetched; a local one by its file's extension.
    if (child.tagName === 'img' && (typeof src !== 'string' || (!/^https?:\/\//iu.test(src) && !/\.(png|jpe?g|svg|pdf)$/iu.test(src.replace(/[?#].*$/su, ''))))) {
      found.push({ name: typeof src === 'string' ? src : '', where: child.position?.start });
      const alt = child.properties['alt'];
      return { type: 'text', value: typeof alt === 'string' ? alt : '' };
    }
    found.push(...pictures(child));
    return child;
  }) as ElementContent[];
  return found;
}

/** <sup> and <sub> text as Unicode superscript and subscript characters, where all of it has them. */
function scripts(parent: HastRoot | Element): void {
  parent.children = (parent.children as HastContent[]).map((child): HastContent => {
    if (child.type !== 'element') return child;
    if (child.tagName === 'sup' || child.tagName === 'sub') {
      const text = textOf(child);
      const shifted = inScript(text, child.tagName);
      if (shifted !== null) return { type: 'text', value: shifted };
    }
    scripts(child);
    return child;
  }) as ElementContent[];
}

function textOf(node: HastContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

function located(node: Html): Pick<Html, 'position'> {
  return node.position ? { position: node.position } : {};
}

/**
 * Where a point of the HTML's own text stands in the manuscript. Its lines
 * after the first are taken to start at the first's column, as they do at the
 * top level and in a block quote or list item (whose markers the HTML lost).
 */
function placed(node: Html, inHtml: HastPoint | undefined): Point | undefined {
  const start = node.position?.start;
  if (start === undefined || inHtml === undefined) return undefined;
  return { line: start.line + inHtml.line - 1, column: start.column + inHtml.column - 1 };
}

/**
 * Every converted node is placed in the manuscript, at its own tag where the
 * HTML parser gave one and else at the HTML's start, so warnings about it (a
 * link, an image) point at it.
 */
function locate(tree: Nodes, node: Html, ctx: ParseContext): void {
  const start = placed(node, tree.position?.start);
  const end = placed(node, tree.position?.end);
  if (start !== undefined && end !== undefined) {
    tree.position = { start: { ...start, offset: ctx.lines.offset(start) }, end: { ...end, offset: ctx.lines.offset(end) } };
  } else if (node.position) {
    tree.position = node.position;
  }
  if ('children' in tree) for (const child of tree.children) locate(child, node, ctx);
}

type PairedTag = 'emphasis' | 'strong' | 'delete' | 'code' | 'link' | 'sup' | 'sub' | 'quote' | 'plain' | 'hidden';

const PAIRED: Readonly<Record<string, PairedTag>> = {
  em: 'emphasis', i: 'emphasis', cite: 'emphasis', var: 'emphasis', dfn: 'emphasis',
  strong: 'strong', b: 'strong',
  del: 'delete', s: 'delete', strike: 'delete',
  code: 'code', kbd: 'code', samp: 'code', tt: 'code',
  a: 'link', sup: 'sup', sub: 'sub', q: 'quote',
  script: 'hidden', style: 'hidden', template: 'hidden', noscript: 'hidden',
  span: 'plain', abbr: 'plain', u: 'plain', small: 'plain', mark: 'plain', ins: 'plain', font: 'plain', big: 'plain', bdi: 'plain', time: 'plain',
};

const OPENING = /^<([a-z][a-z0-9]*)\b[^>]*>$/i;

/**
 * Joins `<tag …>` … `</tag>` siblings into the Markdown node the tag means
 * (`<em>` an emphasis, `<a href>` a link, `<kbd>` inline code…); unpaired tags
 * stay as they are, for htmlPhrasing.
 */
export function pairInlineHtml(nodes: readonly PhrasingContent[], ctx: ParseContext): PhrasingContent[] {
  if (!nodes.some((node) => node.type === 'html')) return [...nodes];
  const out: PhrasingContent[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as PhrasingContent;
    const name = node.type === 'html' ? OPENING.exec(node.value.trim())?.[1]?.toLowerCase() : undefined;
    const kind = name === undefined ? undefined : PAIRED[name];
    const close = kind === undefined || name === undefined ? -1 : closing(nodes, i, name);
    if (kind === undefined || name === undefined || close < 0) {
      out.push(node);
      continue;
    }
    const inner = pairInlineHtml(nodes.slice(i + 1, close), ctx);
    out.push(...meaning(node as Html, kind, inner, ctx));
    i = close;
  }
  return out;
}

/** Index of the `</name>` that closes the tag at `open`, counting nested tags of that name. */
function closing(nodes: readonly PhrasingContent[], open: number, name: string): number {
  let depth = 0;
  for (let i = open + 1; i < nodes.length; i++) {
    const node = nodes[i];
    if (node?.type !== 'html') continue;
    const value = node.value.trim().toLowerCase();
    if (new RegExp(`^<${name}\\b[^>]*>$`).test(value)) depth++;
    else if (new RegExp(`^</${name}\\s*>$`).test(value)) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

function meaning(open: Html, kind: PairedTag, children: PhrasingContent[], ctx: ParseContext): PhrasingContent[] {
  const at = located(open);
  switch (kind) {
    case 'emphasis':
    case 'strong':
    case 'delete':
      return [{ type: kind, children, ...at }];
    case 'code':
      return [{ type: 'inlineCode', value: children.map(plainText).join(''), ...at }];
    case 'link': {
      const element = fromHtml(open.value, { fragment: true }).children[0];
      const properties = element?.type === 'element' ? element.properties : {};
      const { href, title } = properties;
      const place = anchorOf(properties, open);
      const content: PhrasingContent[] = typeof href === 'string' ? [{ type: 'link', url: href, title: typeof title === 'string' ? title : null, children, ...at }] : children;
      return place === null ? content : [place, ...content];
    }
    case 'sup':
    case 'sub': {
      const shifted = inScript(children.map(plainText).join(''), kind);
      return [shifted === null ? { type: 'script', kind, children, ...at } : { type: 'text', value: shifted, ...at }];
    }
    case 'quote':
      return [{ type: 'text', value: '“' }, ...children, { type: 'text', value: '”' }];
    case 'plain':
      return children;
    case 'hidden':
      ctx.warning(open, `a ${open.value.trim().replace(/\s.*$/s, '').replace(/>?$/, '>')} element is left out of the output`);
      return [];
  }
}

function plainText(node: PhrasingContent): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? node.children.map(plainText).join('') : '';
}
