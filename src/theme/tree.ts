// A theme file as a tree of values that remember where they were written, so
// a bad value (even one inherited through `extends`) is reported at its line.
// The YAML is read with positions by util/yaml.ts, as front matter and CSL data are.
import type { Diagnostic } from '../diagnostics.ts';
import type { Point } from '../util/position.ts';
import { fromYaml, parseYamlWithPositions, type Located } from '../util/yaml.ts';

export interface Where {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export type TreeNode =
  | { readonly kind: 'map'; readonly entries: Map<string, Entry>; readonly at: Where }
  | { readonly kind: 'seq'; readonly items: readonly TreeNode[]; readonly at: Where }
  | { readonly kind: 'scalar'; readonly value: unknown; readonly at: Where };

/** A map entry keeps the key's position too: unknown keys are reported there. */
export interface Entry {
  readonly keyAt: Where;
  readonly node: TreeNode;
}

export type ParseResult =
  | { readonly ok: true; readonly root: TreeNode }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/** `displayPath` is the file name diagnostics print. */
export function parseTree(text: string, displayPath: string): ParseResult {
  const { doc, pointOf } = parseYamlWithPositions(text);
  const where = (offset: number | undefined): Where => ({ file: displayPath, ...pointOf(offset ?? 0) });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      diagnostics: doc.errors.map((e) => {
        const at = where(e.pos[0]);
        return { severity: 'error', file: at.file, line: at.line, column: at.column, message: e.message.split('\n')[0] ?? e.message };
      }),
    };
  }
  const place = (point: Point): Where => ({ file: displayPath, ...point });
  const convert = (node: Located): TreeNode => {
    const at = place(node.at);
    if (node.kind === 'map') return { kind: 'map', entries: new Map(node.entries.map((entry) => [entry.key, { keyAt: place(entry.keyAt), node: convert(entry.value) }])), at };
    if (node.kind === 'list') return { kind: 'seq', items: node.items.map(convert), at };
    return { kind: 'scalar', value: node.value, at };
  };
  return { ok: true, root: convert(fromYaml(doc.contents, doc, pointOf)) };
}

/** Deep merge: maps merge key by key; anything else in `over` replaces `base`. */
export function mergeTrees(base: TreeNode, over: TreeNode): TreeNode {
  if (base.kind !== 'map' || over.kind !== 'map') return over;
  const entries = new Map(base.entries);
  for (const [key, entry] of over.entries) {
    const inherited = entries.get(key);
    entries.set(key, inherited ? { keyAt: entry.keyAt, node: mergeTrees(inherited.node, entry.node) } : entry);
  }
  return { kind: 'map', entries, at: over.at };
}
