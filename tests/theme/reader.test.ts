// Typed reads of a theme: a wrong value is an error at its file:line:col
// naming its key and what was expected, every mistake of one file is reported
// in one run, and a key nothing reads is reported as unknown.
import { describe, expect, it } from 'vitest';
import { ThemeReader } from '../../src/theme/reader.ts';
import { parseTree } from '../../src/theme/tree.ts';

const reader = (yaml: string): ThemeReader => {
  const parsed = parseTree(yaml, 'theme.yaml');
  if (!parsed.ok) throw new Error('bad YAML in the test');
  return new ThemeReader(parsed.root);
};
const messages = (r: ThemeReader): string[] => r.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`);

describe('ThemeReader', () => {
  it('reads lengths, numbers, booleans, strings and choices', () => {
    const r = reader('body:\n  size: 10.5pt\n  leading: 0.2in\n  justify: true\n  face: italic\n  ratio: 0.5\n');
    expect(r.length('body.size', true)).toBe(10.5);
    expect(r.length('body.leading', true)).toBeCloseTo(14.4, 10);
    expect(r.boolean('body.justify')).toBe(true);
    expect(r.oneOf('body.face', ['regular', 'italic'])).toBe('italic');
    expect(r.number('body.ratio', 0, 1)).toBe(0.5);
    expect(r.diagnostics).toEqual([]);
  });

  it('reports each wrong value at its place, naming the key, and goes on reading', () => {
    const r = reader('body:\n  size: big\n  face: oblique\n  ratio: 3\n');
    r.length('body.size', true);
    r.oneOf('body.face', ['regular', 'italic']);
    r.number('body.ratio', 0, 1);
    r.boolean('body.justify');
    const found = messages(r);
    expect(found).toHaveLength(4);
    expect(found[0]).toMatch(/^theme\.yaml:2:9: body\.size: /u);
    expect(found[1]).toMatch(/^theme\.yaml:3:9: body\.face: /u);
    expect(found[2]).toMatch(/^theme\.yaml:4:10: body\.ratio: /u);
    expect(found[3]).toMatch(/body\.justify: missing/u);
  });

  it('reports a key no read asked for as unknown, at the key', () => {
    const r = reader('body:\n  size: 10pt\n  colour: red\n');
    r.length('body.size', true);
    r.reportUnknownKeys();
    expect(messages(r)).toHaveLength(1);
    expect(messages(r)[0]).toMatch(/^theme\.yaml:3:3: .*colour/u);
  });
});
