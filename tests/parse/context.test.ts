import { describe, expect, it } from 'vitest';
import type { Block, Inline } from '../../src/document.ts';
import { blockText } from '../../src/text.ts';
import { documentOf, messages, parse, withTitle } from '../helpers/parse.ts';

/** Every noteRef in reading order, as "number.occurrence". */
function citations(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  const inline = (nodes: readonly Inline[]): void => {
    for (const node of nodes) {
      if (node.type === 'noteRef') out.push(`${node.number}.${node.occurrence}`);
      if ('children' in node) inline(node.children);
    }
  };
  const block = (b: Block): void => {
    if (b.type === 'paragraph' || b.type === 'heading') inline(b.children);
    if (b.type === 'blockquote') b.children.forEach(block);
    if (b.type === 'list') b.items.forEach((item) => item.children.forEach(block));
  };
  blocks.forEach(block);
  return out;
}

describe('notes', () => {
  it('numbers notes by first citation, not by where they are defined', () => {
    const document = documentOf(
      parse(withTitle('One[^b] two[^a] three[^b].\n\n[^a]: Note A.\n[^b]: Note B.\n')),
    );
    expect(citations(document.blocks)).toEqual(['1.1', '2.1', '1.2']);
    expect(document.notes.map((n) => [n.number, n.label, n.children.map(blockText).join()])).toEqual([
      [1, 'b', 'Note B.'],
      [2, 'a', 'Note A.'],
    ]);
    expect(document.notes[0]?.position).toEqual({ line: 7, column: 1 });
  });

  it('numbers a note cited inside another note right after the citing note', () => {
    const document = documentOf(
      parse(withTitle('A[^outer] then B[^later].\n\n[^later]: Later.\n[^outer]: Outer cites[^inner].\n[^inner]: Inner.\n')),
    );
    expect(document.notes.map((n) => `${n.number}:${n.label}`)).toEqual(['1:outer', '2:inner', '3:later']);
    expect(citations(document.notes[0]?.children ?? [])).toEqual(['2.1']);
    expect(citations(document.blocks)).toEqual(['1.1', '3.1']);
  });

  it('survives notes that cite each other', () => {
    const document = documentOf(parse(withTitle('Start[^a].\n\n[^a]: A cites[^b].\n[^b]: B cites[^a].\n')));
    expect(document.notes.map((n) => n.label)).toEqual(['a', 'b']);
    expect(citations(document.notes[1]?.children ?? [])).toEqual(['1.2']);
  });

  it('keeps every block of a long note', () => {
    const document = documentOf(
      parse(withTitle('Text[^long].\n\n[^long]: First paragraph.\n\n    > A quote.\n\n    - item\n')),
    );
    expect(document.notes[0]?.children.map((b) => b.type)).toEqual(['paragraph', 'blockquote', 'list']);
  });

  it('takes notes defined inside a block quote out of the flow', () => {
    const document = documentOf(parse(withTitle('> [^q]: Quoted note.\n\nCited[^q].\n')));
    expect(document.blocks).toEqual([
      { type: 'blockquote', children: [] },
      { type: 'paragraph', children: [{ type: 'text', value: 'Cited' }, { type: 'noteRef', number: 1, occurrence: 1 }, { type: 'text', value: '.' }] },
    ]);
    expect(document.notes[0]?.children.map(blockText)).toEqual(['Quoted note.']);
  });

  it('prints a citation of an undefined note as written, with a warning at the citation (as GitHub does)', () => {
    const result = parse(withTitle('Fine[^ok], then\nbroken [^missing] here.\n\n[^ok]: OK.\n'));
    expect(messages(result)).toEqual(['book.md:5:8: warning: note [^missing] is cited but never defined; printed as written']);
    const document = documentOf(result);
    expect(blockText(document.blocks[0] as Block)).toBe('Fine, then broken [^missing] here.');
    expect(document.notes.map((n) => n.label)).toEqual(['ok']);
  });

  it('does not mistake an escaped bracket for a citation', () => {
    const document = documentOf(parse(withTitle('Literally \\[^x] here.\n')));
    expect(blockText(document.blocks[0] as Block)).toBe('Literally [^x] here.');
  });

  it('warns about a note that is never cited and leaves it out', () => {
    const result = parse(withTitle('Text[^used].\n\n[^used]: Used.\n[^spare]: Spare.\n'));
    expect(messages(result)).toEqual(['book.md:7:1: warning: note [^spare] is defined but never cited']);
    expect(documentOf(result).notes.map((n) => n.label)).toEqual(['used']);
  });

  it('keeps the first of two definitions of a note (as GFM does) and warns at the second', () => {
    const result = parse(withTitle('Text[^n].\n\n[^n]: First.\n\n[^n]: Second.\n'));
    expect(messages(result)).toEqual(['book.md:8:1: warning: note [^n] is already defined at 6:1; this one is ignored']);
    const document = documentOf(result);
    expect(document.notes.map((n) => n.children.map(blockText))).toEqual([['First.']]);
    expect(document.blocks.map(blockText)).toEqual(['Text.']);
  });

  it('matches labels without regard to case, keeping the label as written', () => {
    const document = documentOf(parse(withTitle('Text[^Src].\n\n[^src]: Source.\n')));
    expect(document.notes.map((n) => n.label)).toEqual(['src']);
    expect(citations(document.blocks)).toEqual(['1.1']);
  });
});
