// A theme file as a tree whose every value knows its file:line:col, and the
// merge of a theme over the one it extends: maps key by key, anything else
// replaced, so a theme changes only what it names.
import { describe, expect, it } from 'vitest';
import { mergeTrees, parseTree } from '../../src/theme/tree.ts';
import type { TreeNode } from '../../src/theme/tree.ts';

const parsed = (text: string): TreeNode => {
  const result = parseTree(text, 'theme.yaml');
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.root;
};
const entry = (node: TreeNode, ...path: string[]): TreeNode | undefined =>
  path.reduce<TreeNode | undefined>((at, key) => (at?.kind === 'map' ? at.entries.get(key)?.node : undefined), node);

describe('parseTree', () => {
  it('locates each key and value in the named file', () => {
    const root = parsed('body:\n  size: 10.5\n  face: italic\n');
    expect(root.kind === 'map' && root.entries.get('body')?.keyAt).toEqual({ file: 'theme.yaml', line: 1, column: 1 });
    expect(entry(root, 'body', 'size')).toMatchObject({ kind: 'scalar', value: 10.5, at: { line: 2, column: 9 } });
  });

  it('reports broken YAML at its line:col as an error, not a throw', () => {
    const result = parseTree('body:\n  size: [10\nmargins: 1in\n', 'broken.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics[0]).toMatchObject({ severity: 'error', file: 'broken.yaml' });
    expect(result.diagnostics[0]?.line).toBeGreaterThan(1);
  });
});

describe('mergeTrees', () => {
  it('keeps what the extending theme does not name and replaces what it does', () => {
    const base = parsed('body:\n  size: 10\n  leading: 14\nrunning:\n  head: title\n');
    const over = parsed('body:\n  size: 11\n');
    const merged = mergeTrees(base, over);
    expect(entry(merged, 'body', 'size')).toMatchObject({ value: 11, at: { line: 2 } });
    expect(entry(merged, 'body', 'leading')).toMatchObject({ value: 14 });
    expect(entry(merged, 'running', 'head')).toMatchObject({ value: 'title' });
  });

  it('replaces a list or a scalar whole, never merging into it', () => {
    const merged = mergeTrees(parsed('fonts: [a, b]\nsize: 10\n'), parsed('fonts: [c]\nsize:\n  body: 9\n'));
    expect(entry(merged, 'fonts')).toMatchObject({ kind: 'seq', items: [{ value: 'c' }] });
    expect(entry(merged, 'size', 'body')).toMatchObject({ value: 9 });
  });
});
