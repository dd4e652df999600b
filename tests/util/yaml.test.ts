// YAML with positions: every value of a theme, front matter or CSL file knows
// the line:col it was written at, so a warning about it points there.
import { describe, expect, it } from 'vitest';
import { fromYaml, parseYamlWithPositions } from '../../src/util/yaml.ts';
import type { Located } from '../../src/util/yaml.ts';

const tree = (text: string, firstLine?: number): Located => {
  const { doc, pointOf } = parseYamlWithPositions(text, firstLine === undefined ? {} : { firstLine });
  return fromYaml(doc.contents, doc, pointOf);
};

describe('parseYamlWithPositions and fromYaml', () => {
  it('locates keys and values of nested maps and lists', () => {
    const located = tree('title: Boats\nauthor:\n  - name: Ann\n  - Bob\n');
    expect(located.kind).toBe('map');
    if (located.kind !== 'map') return;
    const [title, author] = located.entries;
    expect(title).toMatchObject({ key: 'title', keyAt: { line: 1, column: 1 }, value: { kind: 'scalar', value: 'Boats', at: { line: 1, column: 8 } } });
    expect(author?.value.kind).toBe('list');
    if (author?.value.kind !== 'list') return;
    expect(author.value.items[1]).toMatchObject({ kind: 'scalar', value: 'Bob', at: { line: 4, column: 5 } });
    expect(author.value.items[0]).toMatchObject({ kind: 'map', at: { line: 3, column: 5 } });
  });

  it('shifts lines for YAML that starts further down a file (front matter)', () => {
    const located = tree('title: Boats\n', 2);
    expect(located.kind === 'map' && located.entries[0]?.keyAt).toEqual({ line: 2, column: 1 });
  });

  it('reads an empty value as null on its key’s line, and resolves aliases', () => {
    const located = tree('base: &b 12pt\nsize: *b\nempty:\n');
    if (located.kind !== 'map') throw new Error('not a map');
    expect(located.entries[1]?.value).toMatchObject({ kind: 'scalar', value: '12pt' });
    expect(located.entries[2]?.value).toMatchObject({ kind: 'scalar', at: { line: 3 }, value: null });
  });

  it('keeps a duplicate key as an error for the caller, unless told otherwise', () => {
    expect(parseYamlWithPositions('a: 1\na: 2\n').doc.errors).not.toHaveLength(0);
    expect(parseYamlWithPositions('a: 1\na: 2\n', { uniqueKeys: false }).doc.errors).toHaveLength(0);
  });
});
