// mdBook's file inclusions, read in as mdBook reads them
// (https://rust-lang.github.io/mdBook/format/mdbook.html): in a code block,
// `{{#include file.rs}}` and `{{#rustdoc_include file.rs}}` stand for the
// file's lines — all of them, a range (`:2`, `:2:`, `::10`, `:2:10`) or
// those between `ANCHOR: name` and `ANCHOR_END: name` (`:name`), anchor lines
// always left out; a rustdoc include's other lines are hidden in mdBook's
// pages and left out here. `{{#playground file.rs}}` alone in a paragraph is
// the file as a Rust code block; `{{#title …}}` names the HTML page and is
// dropped. `\{{#include …}}`, in a code block or span, is the directive
// written as an example, printed without its backslash.
//
// Only code blocks and whole paragraphs are read in, so every position in the
// manuscript stays where the author wrote it. The same pass runs in `galley
// check` over the files embedded beside the manuscript.
import type { Code, Paragraph, Root, RootContent } from 'mdast';

/** The text of a file named by a directive (its path as written), or why it cannot be read. */
export type IncludeReader = (path: string) => { readonly text: string } | { readonly error: string };

export interface IncludeReport {
  /** A directive that could not be read in, at its block, why. */
  readonly problem: (node: RootContent, message: string) => void;
}

const IN_CODE = /(\\?)\{\{\s*#(include|rustdoc_include)\s+([^}\s]+)\s*\}\}/gu;
const PLAYGROUND = /^\{\{\s*#playground\s+([^}\s]+)((?:\s+[\w-]+)*)\s*\}\}$/u;
const TITLE = /^\{\{\s*#title\s[^}]*\}\}$/u;
const ANCHOR_LINE = /\bANCHOR(?:_END)?:\s*[\w-]+/u;

/** Reads mdBook's inclusions into `root`'s code blocks and paragraphs. */
export function readMdbookIncludes(root: Root, read: IncludeReader, report: IncludeReport): void {
  const visit = (parent: { children: RootContent[] }): void => {
    parent.children = parent.children.flatMap((node): RootContent[] => {
      if (node.type === 'code' && node.value.includes('{{')) {
        node.value = expandCode(node.value, read, (message) => report.problem(node, message));
        return [node];
      }
      if (node.type === 'inlineCode') {
        node.value = node.value.replace(/\\(\{\{\s*#)/gu, '$1');
        return [node];
      }
      const only = node.type === 'paragraph' ? soleText(node) : undefined;
      if (only !== undefined && TITLE.test(only)) return [];
      const playground = only === undefined ? null : PLAYGROUND.exec(only);
      if (playground !== null) {
        const file = read(playground[1] as string);
        if ('error' in file) {
          report.problem(node, `mdBook's "{{#playground ${playground[1]}}}": ${file.error}; printed as written`);
          return [node];
        }
        const code: Code = { type: 'code', lang: 'rust', meta: null, value: (selectLines(file.text, '') as string[]).join('\n').replace(/\n+$/u, ''), ...(node.position ? { position: node.position } : {}) };
        return [code];
      }
      if ('children' in node && Array.isArray(node.children)) visit(node as { children: RootContent[] });
      return [node];
    });
  };
  visit(root);
}

function soleText(paragraph: Paragraph): string | undefined {
  const [first, ...rest] = paragraph.children;
  return rest.length === 0 && first?.type === 'text' ? first.value.trim() : undefined;
}

/** A code block's text with each directive replaced by the lines it names (kept as written where it cannot be read). */
function expandCode(value: string, read: IncludeReader, problem: (message: string) => void): string {
  return value.replace(IN_CODE, (whole, escape: string, kind: string, spec: string) => {
    if (escape !== '') return whole.slice(1);
    const colon = spec.indexOf(':');
    const path = colon < 0 ? spec : spec.slice(0, colon);
    const selector = colon < 0 ? '' : spec.slice(colon + 1);
    const file = read(path);
    if ('error' in file) {
      problem(`mdBook's "{{#${kind} ${spec}}}": ${file.error}; printed as written`);
      return whole;
    }
    const lines = selectLines(file.text, selector);
    if (typeof lines === 'string') {
      problem(`mdBook's "{{#${kind} ${spec}}}": ${lines}; printed as written`);
      return whole;
    }
    return lines.join('\n');
  });
}

/** The lines a selector names (`2`, `2:`, `:10`, `2:10`, an anchor's name, or all), anchor lines left out; or why none. */
export function selectLines(text: string, selector: string): string[] | string {
  const all = text.replace(/\r\n?/gu, '\n').replace(/\n$/u, '').split('\n');
  const range = /^(\d*)(:?)(\d*)$/u.exec(selector);
  if (range !== null) {
    const [, from, colon, to] = range as unknown as [string, string, string, string];
    const start = from === '' ? 1 : Number(from);
    // "2" alone is that line; "2:" runs to the end.
    const end = to !== '' ? Number(to) : colon === '' && from !== '' ? start : all.length;
    return withoutAnchors(all.slice(Math.max(0, start - 1), end));
  }
  const name = selector.trim();
  const begin = all.findIndex((line) => new RegExp(`\\bANCHOR:\\s*${escapeRegExp(name)}\\b`, 'u').test(line));
  if (begin < 0) return `no "ANCHOR: ${name}" line in the file`;
  const close = all.findIndex((line, i) => i > begin && new RegExp(`\\bANCHOR_END:\\s*${escapeRegExp(name)}\\b`, 'u').test(line));
  return withoutAnchors(all.slice(begin + 1, close < 0 ? all.length : close));
}

function withoutAnchors(lines: readonly string[]): string[] {
  return lines.filter((line) => !ANCHOR_LINE.test(line));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
