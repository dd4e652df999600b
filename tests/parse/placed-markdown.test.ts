// A body cut out of the manuscript, parsed on its own: its nodes and its
// diagnostics placed at the manuscript's lines, columns and offsets.
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.ts';
import { cutLines, definitionsOf, parsePlaced } from '../../src/parse/placed-markdown.ts';
import { LineIndex } from '../../src/util/position.ts';

const manuscript = 'Head\n  > quoted\n\n    Text here.\r\n';
const lines = manuscript.split('\n');

describe('placed Markdown', () => {
  it('cuts lines, up to what each has, and a line end’s CR', () => {
    expect(cutLines(lines, 2, 4, () => 4)).toEqual({ text: 'quoted\n\nText here.', origins: [{ line: 2, cut: 4 }, { line: 3, cut: 0 }, { line: 4, cut: 4 }] });
  });

  it('moves each node and diagnostic to where it stands', () => {
    const diagnostics = new Diagnostics('m.md');
    const parse = (text: string, own: Diagnostics): Root => {
      own.warning(3, 1, 'seen');
      return { type: 'root', children: [{ type: 'paragraph', children: [], position: { start: { line: 3, column: 1, offset: text.indexOf('Text') }, end: { line: 3, column: 11 } } }] };
    };
    const [paragraph] = parsePlaced(cutLines(lines, 2, 4, () => 4), new LineIndex(manuscript), parse, diagnostics);
    expect(paragraph?.position).toEqual({ start: { line: 4, column: 5, offset: manuscript.indexOf('Text') }, end: { line: 4, column: 15, offset: manuscript.indexOf('\r') } });
    expect(diagnostics.items).toEqual([{ severity: 'warning', file: 'm.md', line: 4, column: 5, message: 'seen' }]);
  });

  it('parses after the body the manuscript’s definitions it names, and gives none of them back', () => {
    const text = '[Guide]: https://example.org/g\n[other]: https://example.org/o\n';
    const definitions = definitionsOf({ type: 'root', children: [{ type: 'definition', identifier: 'guide', label: 'Guide', url: '', position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 31, offset: 30 } } }, { type: 'definition', identifier: 'other', label: 'other', url: '', position: { start: { line: 2, column: 1, offset: 31 }, end: { line: 2, column: 31, offset: 61 } } }] }, text);
    expect(definitions).toEqual([{ label: 'guide', source: '[Guide]: https://example.org/g' }, { label: 'other', source: '[other]: https://example.org/o' }]);
    const seen: string[] = [];
    const parse = (body: string): Root => {
      seen.push(body);
      return { type: 'root', children: [{ type: 'paragraph', children: [], position: { start: { line: 1, column: 1 }, end: { line: 1, column: 8 } } }, { type: 'definition', identifier: 'guide', url: '', position: { start: { line: 3, column: 1 }, end: { line: 3, column: 31 } } }] };
    };
    const blocks = parsePlaced({ text: 'See [guide].', origins: [{ line: 1, cut: 0 }] }, new LineIndex(text), parse, new Diagnostics('m.md'), definitions);
    expect(seen).toEqual(['See [guide].\n\n[Guide]: https://example.org/g']);
    expect(blocks.map((b) => b.type)).toEqual(['paragraph']);
  });
});
