// Links reach a reader's device (EPUB) and PDF viewer, so only targets that are
// safe and resolvable there are kept: web and mail addresses and places in this
// book. Anything else (javascript:, data:, file:, relative paths to files the
// book does not contain) keeps its text and loses the link, with a warning.
import { normalizeUri } from 'micromark-util-sanitize-uri';
import type { Nodes } from 'mdast';
import type { Block, Inline, Note } from '../../document.ts';
import { decodeFragment, LinkTargets } from '../../document/link-targets.ts';
import { keepSpan } from '../../document/position.ts';
import { mapInlineNodes, mapInlines } from '../../document/visit.ts';
import type { ParseContext } from '../context.ts';
import type { PhrasingHandler } from './types.ts';

export const link: PhrasingHandler<'link'> = (node, ctx) => linkTo(node, ctx, ctx.phrasing(node.children), node.url, node.title);

const WEB_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** Dot-separated labels of letters, digits and inner hyphens (IDNs arrive as xn-- labels), or an IPv6 literal. */
const HOST_NAME = /^(?:(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.?|\[[0-9a-f:.]+\])$/iu;

/** The target as both writers may emit it, or why it cannot be a link. */
export function safeUrl(url: string): { url: string } | { reason: string } {
  const trimmed = url.trim();
  // A place in the book: named as its anchor is, decoded (`#m%C3%A9ta` is `#méta`), and checked once every anchor exists.
  if (trimmed.startsWith('#')) return trimmed.length > 1 ? { url: `#${decodeFragment(trimmed.slice(1))}` } : { reason: 'it points nowhere' };
  const scheme = /^([a-z][a-z0-9+.-]*):/iu.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === undefined) return { reason: 'it is not a web address or a place in this book' };
  if (!WEB_SCHEMES.has(`${scheme}:`)) return { reason: `"${scheme}:" links are not allowed in a book` };
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return { reason: 'it is not a valid web address' };
  }
  if (scheme !== 'mailto' && !HOST_NAME.test(parsed.hostname)) return { reason: `"${parsed.hostname}" is not a valid host name` };
  // As written, but with every character a URI may not hold (spaces, non-ASCII,
  // backslashes, braces…) percent-encoded, as EPUB requires.
  const normalized = normalizeUri(trimmed);
  if (scheme === 'mailto') return { url: normalized };
  // The host as the URL standard writes it (punycode for international names), not percent-encoded.
  const userinfo = parsed.username === '' ? '' : `${parsed.username}${parsed.password === '' ? '' : `:${parsed.password}`}@`;
  return { url: normalized.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*/iu, (_, prefix: string) => `${prefix}${userinfo}${parsed.host}`) };
}

/**
 * A link, or just its text when the target is unsafe; one without text shows
 * its URL, so print readers see where it leads.
 */
export function linkTo(node: Nodes, ctx: ParseContext, children: Inline[], url: string, title: string | null | undefined): Inline[] {
  const shown: Inline[] = children.length > 0 ? children : [{ type: 'text', value: url }];
  // A chapter of the same book: resolved by the book, which knows every chapter's headings.
  const chapter = ctx.crossLink?.(url.trim(), node.position?.start ?? { line: 1, column: 1 }) ?? null;
  if (chapter !== null) return [{ type: 'link', url: chapter, ...(title ? { title } : {}), children: shown }];
  const target = safeUrl(url);
  if ('reason' in target) {
    ctx.warning(node, `link to "${abbreviate(url)}" is dropped because ${target.reason}; its text is kept`);
    return shown;
  }
  if (target.url.startsWith('#')) rememberFragment(node, ctx, target.url);
  return [{ type: 'link', url: target.url, ...(title ? { title } : {}), children: shown }];
}

const SHOWN_URL_LENGTH = 60;

function abbreviate(url: string): string {
  return url.length > SHOWN_URL_LENGTH ? `${url.slice(0, SHOWN_URL_LENGTH)}…` : url;
}

/** Links to `#fragment` as written, by context, so the targets can be checked once every id exists. */
const fragmentLinks = new WeakMap<ParseContext, { readonly node: Nodes; readonly url: string }[]>();

function rememberFragment(node: Nodes, ctx: ParseContext, url: string): void {
  const known = fragmentLinks.get(ctx);
  if (known === undefined) fragmentLinks.set(ctx, [{ node, url }]);
  else known.push({ node, url });
}

/**
 * Points each `#fragment` link at the anchor it reaches (document/link-targets.ts:
 * the id it names, else one differing only in case, else a heading by Pandoc's
 * id for it), and turns links to places that do not exist in the book
 * (`#nowhere`) into their text, with a warning at each: an EPUB with such a
 * link is invalid. Run after the handlers, when every anchor has its id.
 */
export function resolveFragments(ctx: ParseContext, blocks: readonly Block[], notes: readonly Note[]): { blocks: Block[]; notes: Note[] } {
  const targets = new LinkTargets([...blocks, ...notes.flatMap((note) => note.children)]);
  const reached = new Map<string, string | null>();
  for (const { node, url } of fragmentLinks.get(ctx) ?? []) {
    const id = targets.resolve(url.slice(1)) ?? null;
    if (id === null) ctx.warning(node, `link to "${abbreviate(url)}" is dropped because this book has no heading, anchor or item with that id; its text is kept`);
    if (id !== url.slice(1)) reached.set(url, id);
  }
  if (reached.size === 0) return { blocks: [...blocks], notes: [...notes] };
  const inlines = (run: readonly Inline[]): Inline[] =>
    mapInlineNodes(run, (node) => {
      const id = node.type === 'link' ? reached.get(node.url) : undefined;
      if (node.type !== 'link' || id === undefined) return [node];
      return id === null ? [...node.children] : [keepSpan(node, { ...node, url: `#${id}` })];
    });
  return { blocks: mapInlines(blocks, inlines), notes: notes.map((note) => ({ ...note, children: mapInlines(note.children, inlines) })) };
}
