// MyST's directives (Jupyter Book, Sphinx with MyST-Parser), written as a
// fence whose info is a name in braces, in backticks or colons:
//
//     ```{note}                ```{admonition} A title      :::{warning}
//     Markdown.                :class: tip                  Markdown.
//     ```                      Markdown.                    :::
//                              ```
//
// CommonMark reads the backticks as code in the language "{note}", so the
// source was printed as a listing. After the parse, an admonition directive
// becomes Galley's callout of its kind (admonition-kinds.ts), its body parsed
// as Markdown and placed where it stands (placed-markdown.ts);
// `{code-block} python` a listing in that language; `{math}` display math.
// As MyST reads them: options come first, as `:name: value` lines or a YAML
// block between `---` lines, and are not printed; a named admonition
// (`{note}`) takes no argument, so text after its name is its first line
// (mystmd, Jupyter Book 2, makes it a title instead; Sphinx does not), while `{admonition}`'s argument is its title and its `:class:` its kind.
// Other directives (`{figure}`, `{toctree}`) stay as written, and
// site-directives.ts points them out.
import type { Code, FencedDiv, Parent, Root, RootContent } from 'mdast';
import type { Math } from 'mdast-util-math';
import type { Diagnostics } from '../diagnostics.ts';
import { LineIndex } from '../util/position.ts';
import { admonitionKind, MATERIAL_ADMONITIONS, SITE_ADMONITIONS } from './admonition-kinds.ts';
import { eachNode } from './each-node.ts';
import { cutLines, definitionsOf, parsePlaced, type DefinitionSource, type ParseText, type PlacedBody } from './placed-markdown.ts';

const BRACED = /^\{([A-Za-z][\w:-]*)\}$/u;
const ADMONITIONS = new Set(['admonition', 'note', 'tip', 'hint', 'important', 'warning', 'caution', 'attention', 'danger', 'error', 'seealso']);
const CODE = new Set(['code-block', 'code', 'code-cell', 'sourcecode']);
const OPTION = /^:([\w-]+):(?:[ \t]+(.*))?$/u;
const YAML_FENCE = /^---[ \t]*$/u;

/** The MyST directive a node is written as (`{figure}` → "figure"), or undefined. */
export function mystDirectiveName(node: { readonly type: string }): string | undefined {
  if (node.type === 'code') return BRACED.exec((node as Code).lang ?? '')?.[1];
  if (node.type === 'fencedDiv') return (node as FencedDiv).attributes.directive?.name;
  return undefined;
}

interface Directive {
  readonly name: string;
  readonly argument: string;
  /** Where the argument starts on the fence's line. */
  readonly argumentAt: { readonly line: number; readonly cut: number };
  readonly body: PlacedBody;
}

export function withMystDirectives(root: Root, text: string, parse: ParseText, diagnostics: Diagnostics): Root {
  if (!text.includes('{')) return root;
  const lines = text.split('\n');
  const index = new LineIndex(text);
  const definitions = definitionsOf(root, text);
  eachNode(root, (node) => {
    if (!('children' in node) || !node.children.some((child) => mystDirectiveName(child) !== undefined)) return;
    const parent = node as Parent;
    parent.children = parent.children.flatMap((child) => {
      const directive = readDirective(child as RootContent, lines);
      return directive === null ? [child] : (printed(directive, child as RootContent, { index, parse, diagnostics, definitions }) ?? [child]);
    }) as typeof parent.children;
  });
  return root;
}

function readDirective(node: RootContent, lines: readonly string[]): Directive | null {
  const name = mystDirectiveName(node);
  const start = node.position?.start;
  const end = node.position?.end;
  if (name === undefined || start === undefined || end === undefined) return null;
  const argument = node.type === 'code' ? (node.meta ?? '').trim() : node.type === 'fencedDiv' ? (node.attributes.directive?.argument ?? '') : '';
  const fence = (lines[start.line - 1] ?? '').replace(/\r$/u, '');
  const argumentAt = { line: start.line, cut: argument === '' ? fence.length : fence.indexOf(argument, start.column - 1) };
  const indent = start.column - 1;
  // A code block's value has the fence's indent (and any container's marks) taken off already.
  if (node.type === 'code') {
    const values = node.value.split('\n');
    return { name, argument, argumentAt, body: { text: node.value, origins: values.map((_, k) => ({ line: start.line + 1 + k, cut: indent })) } };
  }
  const closed = /^[ \t]*:{3,}[ \t]*$/u.test((lines[end.line - 1] ?? '').replace(/\r$/u, ''));
  const last = closed ? end.line - 1 : end.line;
  const cut = (text: string): number => Math.min(indent, /^[ \t]*/u.exec(text)?.[0].length ?? 0);
  return { name, argument, argumentAt, body: last > start.line ? cutLines(lines, start.line + 1, last, cut) : { text: '', origins: [] } };
}

/** The body without its leading options, and the options. */
function withoutOptions(body: PlacedBody): { body: PlacedBody; options: Map<string, string> } {
  const lines = body.text.split('\n');
  const options = new Map<string, string>();
  let skip = 0;
  if (YAML_FENCE.test(lines[0] ?? '')) {
    const close = lines.findIndex((line, i) => i > 0 && YAML_FENCE.test(line));
    if (close > 0) {
      for (const line of lines.slice(1, close)) {
        const pair = /^([\w-]+):[ \t]*(.*)$/u.exec(line);
        if (pair !== null) options.set(pair[1] as string, (pair[2] as string).trim());
      }
      skip = close + 1;
    }
  } else {
    for (let option = OPTION.exec(lines[skip] ?? ''); option !== null; option = OPTION.exec(lines[skip] ?? '')) {
      options.set(option[1] as string, (option[2] ?? '').trim());
      skip += 1;
    }
  }
  return { body: { text: lines.slice(skip).join('\n'), origins: body.origins.slice(skip) }, options };
}

/** What Galley prints for the directive, or null for one it leaves as written. */
interface Reading {
  readonly index: LineIndex;
  readonly parse: ParseText;
  readonly diagnostics: Diagnostics;
  /** The manuscript's link definitions, for the bodies' reference links. */
  readonly definitions: readonly DefinitionSource[];
}

function printed(directive: Directive, node: RootContent, reading: Reading): RootContent[] | null {
  const { name, argument } = directive;
  const { body, options } = withoutOptions(directive.body);
  const position = node.position;
  if (CODE.has(name)) {
    const code: Code = { type: 'code', lang: argument.split(/\s+/u)[0] || null, meta: null, value: body.text, ...(position ? { position } : {}) };
    return [code];
  }
  if (name === 'math') {
    const math: Math = { type: 'math', value: body.text, ...(position ? { position } : {}) };
    return [math];
  }
  if (!ADMONITIONS.has(name)) return null;
  const titled = name === 'admonition';
  // A named admonition takes no argument: text after its name is its first line, a paragraph of its own
  // when options stand between them (MyST-Parser's reading, which Sphinx and Jupyter Book 1 share).
  const apart = options.size > 0 ? [{ line: directive.argumentAt.line, cut: 0 }] : [];
  const content: PlacedBody =
    titled || argument === '' ? body : { text: [argument, ...apart.map(() => ''), body.text].join('\n'), origins: [directive.argumentAt, ...apart, ...body.origins] };
  const classes = titled ? (options.get('class') ?? '').split(/\s+/u) : [name];
  const kind = classes.map((c) => admonitionKind(SITE_ADMONITIONS, c) ?? admonitionKind(MATERIAL_ADMONITIONS, c)).find((k) => k !== undefined) ?? 'note';
  const callout: FencedDiv = {
    type: 'fencedDiv',
    attributes: { classes: [`callout-${kind}`], pairs: titled && argument !== '' ? { title: argument } : {} },
    children: (content.text.trim() === '' ? [] : parsePlaced(content, reading.index, reading.parse, reading.diagnostics, reading.definitions)) as FencedDiv['children'],
    ...(position ? { position } : {}),
  };
  return [callout];
}
