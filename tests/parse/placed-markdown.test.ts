// A body cut out of the manuscript, parsed on its own: its nodes and its
// diagnostics placed at the manuscript's lines, columns and offsets.
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.ts';
import { cutLines, parsePlaced } from '../../src/parse/placed-markdown.ts';
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
});
