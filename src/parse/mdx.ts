// What MDX (Docusaurus, Nextra, Astro) adds to Markdown, read leniently as
// GitHub shows such a file, but without printing what MDX never prints:
// - `{/* comment */}` is left out, as MDX leaves it out; at a heading's end,
//   `{/* #id */}` (Docusaurus's heading ids) is the heading's id, as `{#id}` is;
// - paragraphs of `import … from '…'` and `export …` statements are
//   JavaScript, left out with a warning;
// - a component (`<UpgradeGuide />`, `<Tabs>`: a capitalised tag, which no
//   HTML element has) is drawn by the site's JavaScript: it is left out, as
//   any unknown element is, but pointed out once per name, where it first
//   stands; the Markdown between its tags is kept. The same warning tells
//   the writer of `List<String>` in prose why those words are missing.
import type { Heading, Nodes, Parent, Root, Text } from 'mdast';
import type { Diagnostics } from '../diagnostics.ts';
import { eachNode } from './each-node.ts';

const COMMENT = /\{\/\*[\s\S]*?\*\/\}/gu;
const HEADING_ID = /\s*\{\/\*\s*#([^\s*]+)\s*\*\/\}\s*$/u;
// Quotes straight or already curled (smart punctuation may have run).
const ESM_STATEMENT = /^(?:import\s+(?:[\w*{}\s,$]+\s+from\s+)?['"‘’“”][^'"‘’“”]+['"‘’“”]|export\s+(?:default\s+|const\s+|function\s+|let\s+|\{))/u;
const COMPONENT = /^<\/?([A-Z][\w.]*)(?=[\s/>])/u;

/** `root` with MDX's comments, statements and components dealt with (in place), each kind of loss warned about. */
export function readMdx(root: Root, diagnostics: Diagnostics): void {
  const components = new Map<string, { line: number; column: number; count: number }>();
  eachNode(root, (node) => {
    if (node.type === 'heading') headingId(node);
    if (node.type === 'text' && node.value.includes('{/*')) node.value = node.value.replace(COMMENT, '');
    if (node.type === 'html') {
      const name = COMPONENT.exec(node.value.trim())?.[1];
      const start = node.position?.start;
      if (name === undefined || start === undefined || node.value.trim().startsWith('</')) return;
      const seen = components.get(name);
      if (seen === undefined) components.set(name, { line: start.line, column: start.column, count: 1 });
      else seen.count += 1;
    }
  });
  dropStatements(root, diagnostics);
  for (const [name, { line, column, count }] of components) {
    const more = count > 1 ? `, and ${count - 1} more after it,` : '';
    diagnostics.warning(line, column, `<${name}> is no HTML element (an MDX component?): this one${more} is left out, as GitHub leaves it out, the Markdown between its tags kept; to print it, put it in backticks`);
  }
}

/** A heading ending in `{/* #id *\/}` ends in `{#id}` instead, which the heading handler reads. */
function headingId(heading: Heading): void {
  const last = heading.children.at(-1);
  if (last?.type !== 'text') return;
  const id = HEADING_ID.exec(last.value);
  if (id !== null) last.value = `${last.value.slice(0, id.index)} {#${id[1]}}`;
}

/**
 * Removes top-level paragraphs made only of import and export statements, and
 * Docusaurus's `mdx-code-block` fences holding only such statements (the
 * fence says "this is MDX, not a listing"), warning once.
 */
function dropStatements(root: Root, diagnostics: Diagnostics): void {
  const statements = root.children.filter(
    (node) => (node.type === 'paragraph' && isStatements(node)) || (node.type === 'code' && node.lang === 'mdx-code-block' && areStatements(node.value)),
  );
  const first = statements[0]?.position?.start;
  if (first === undefined) return;
  root.children = root.children.filter((node) => !statements.includes(node));
  const more = statements.length > 1 ? `, and ${statements.length - 1} more after it,` : '';
  diagnostics.warning(first.line, first.column, `MDX import or export statement: this one${more} is JavaScript, not text, and is left out`);
}

function isStatements(paragraph: Parent): boolean {
  return areStatements(paragraph.children.map((child) => textOf(child as Nodes)).join(''));
}

function areStatements(text: string): boolean {
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  return lines.length > 0 && lines.every((line) => ESM_STATEMENT.test(line));
}

function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return (node as Text).value;
  return 'children' in node ? node.children.map((child) => textOf(child)).join('') : '';
}
