// A theme file as a tree of values that remember where they were written, so
// a bad value (even one inherited through `extends`) is reported at its line.
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import type { Diagnostic } from '../diagnostics.ts';
import { parseYamlWithPositions } from '../util/yaml.ts';

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
  const convert = (node: unknown): TreeNode => {
    const at = where((node as YamlNode | null)?.range?.[0]);
    if (isMap(node)) {
      const entries = new Map<string, Entry>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const keyAt = where((pair.key as YamlNode | null)?.range?.[0]);
        const value = pair.value === null ? { kind: 'scalar' as const, value: null, at: keyAt } : convert(pair.value);
        entries.set(key, { keyAt, node: value });
      }
      return { kind: 'map', entries, at };
    }
    if (isSeq(node)) return { kind: 'seq', items: node.items.map(convert), at };
    if (isScalar(node)) return { kind: 'scalar', value: node.value, at };
    return { kind: 'scalar', value: null, at };
  };
  return { ok: true, root: convert(doc.contents) };
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
