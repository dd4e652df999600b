// Directives of the site generators manuscripts are often written for:
// mdBook's `{{#include file.rs}}`, Jekyll's Liquid tags (`{% highlight %}`,
// `{% include %}`), Hugo's shortcodes (`{{< figure >}}`, `{{% note %}}`).
// GitHub and Pandoc print them as written, and so does Galley; but the
// reader then sees the directive instead of the listing or figure it stood
// for, so each kind is pointed out once, where it first stands, with a count.
// Liquid and shortcodes in code are examples (a page about Jekyll); mdBook's
// includes in code blocks are read in (mdbook-includes.ts), so only those
// outside one are pointed out. So are MyST's directives that Galley does not
// print as what they stand for (myst-directives.ts: `{figure}`, `{toctree}`),
// each name once.
import type { Root } from 'mdast';
import type { Diagnostics } from '../diagnostics.ts';
import { LineIndex } from '../util/position.ts';
import { eachNode } from './each-node.ts';
import { mystDirectiveName } from './myst-directives.ts';

interface Directive {
  readonly pattern: RegExp;
  readonly what: string;
}

const DIRECTIVES: readonly Directive[] = [
  { pattern: /(?<!\\)\{\{#(?:include|rustdoc_include)\b[^}]*\}\}/gu, what: 'mdBook\'s "{{#include …}}" outside a code block (read in only inside one)' },
  { pattern: /(?<!\{)\{%-?\s*[a-z_]+\b[^%]*-?%\}(?!\})/gu, what: 'Jekyll\'s Liquid tags ("{% highlight %}", "{% include %}")' },
  { pattern: /\{\{[<%]\s*\/?\s*[\w.-]+[^}]*[>%]\}\}/gu, what: 'Hugo\'s shortcodes ("{{< figure >}}")' },
];

/** Warns once per kind of directive found in `text` (parsed as `root`), and per MyST directive's name, at its first place. */
export function warnSiteDirectives(text: string, root: Root, diagnostics: Diagnostics): void {
  warnMystDirectives(root, diagnostics);
  if (!text.includes('{{') && !text.includes('{%')) return;
  const code = codeSpans(root);
  const lines = new LineIndex(text);
  for (const { pattern, what } of DIRECTIVES) {
    const found = [...text.matchAll(pattern)].filter((match) => !code.some(([from, to]) => match.index >= from && match.index < to));
    const first = found[0];
    if (first === undefined) continue;
    const { line, column } = lines.point(first.index);
    diagnostics.warning(line, column, `${what}: this one${more(found.length)} printed as written; Galley reads Markdown, not a site generator's templates`);
  }
}

const more = (count: number): string => (count > 1 ? `, and ${count - 1} more after it,` : '');

/** The MyST directives left as written (those read are gone from the tree), by name. */
function warnMystDirectives(root: Root, diagnostics: Diagnostics): void {
  const found = new Map<string, { line: number; column: number; count: number }>();
  eachNode(root, (node) => {
    const name = mystDirectiveName(node);
    if (name === undefined) return;
    const first = found.get(name);
    if (first !== undefined) first.count += 1;
    else found.set(name, { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, count: 1 });
  });
  for (const [name, { line, column, count }] of found) {
    diagnostics.warning(line, column, `MyST's "{${name}}" directive: this one${more(count)} printed as written; Galley reads Markdown, not a site generator's templates`);
  }
}

/** Offsets [from, to) of the code blocks and code spans. */
function codeSpans(root: Root): [number, number][] {
  const spans: [number, number][] = [];
  eachNode(root, (node) => {
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if ((node.type === 'code' || node.type === 'inlineCode') && from !== undefined && to !== undefined) spans.push([from, to]);
  });
  return spans;
}
