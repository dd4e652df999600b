// GitHub alerts read as GitHub renders them (its docs and cmark-gfm's alert
// tests): the marker alone on the quote's first line, any case, one of five
// kinds, with something under it; a marker alone with nothing under it, or not
// first, stays a block quote. Obsidian's forms, which GitHub leaves quotes, are
// callouts (obsidian-callouts.test.ts).
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/document.ts';
import { blocksOf, documentOf, parse, withTitle } from '../helpers/parse.ts';

const text = (value: string) => ({ type: 'text', value }) as const;
const para = (...children: unknown[]) => ({ type: 'paragraph', children });
const kinds = (blocks: readonly Block[]): string[] => blocks.map((b) => (b.type === 'callout' ? `callout:${b.kind}` : b.type));

describe('GitHub alerts', () => {
  it('reads each of the five markers, in any case, and leaves the marker out of the content', () => {
    const blocks = blocksOf(['NOTE', 'tip', 'Important', 'WARNING', 'caution'].map((k) => `> [!${k}]\n> Body of ${k}.\n`).join('\n'));
    expect(kinds(blocks)).toEqual(['callout:note', 'callout:tip', 'callout:important', 'callout:warning', 'callout:caution']);
    expect(blocks[0]).toEqual({ type: 'callout', kind: 'note', children: [para(text('Body of NOTE.'))] });
  });

  it('takes a hard break, trailing spaces or a blank quote line after the marker', () => {
    const blocks = blocksOf('> [!NOTE]  \n> Hard break.\n\n> [!TIP]\\\n> Backslash break.\n\n> [!WARNING]\n>\n> Own paragraph.\n');
    expect(blocks).toEqual([
      { type: 'callout', kind: 'note', children: [para(text('Hard break.'))] },
      { type: 'callout', kind: 'tip', children: [para(text('Backslash break.'))] },
      { type: 'callout', kind: 'warning', children: [para(text('Own paragraph.'))] },
    ]);
  });

  it('keeps formatting that opens the next line', () => {
    expect(blocksOf('> [!NOTE]\n> *Careful* now.\n')).toEqual([
      { type: 'callout', kind: 'note', children: [para({ type: 'emphasis', children: [text('Careful')] }, text(' now.'))] },
    ]);
  });

  it('leaves a plain block quote, as GitHub does, for a marker with nothing under it, or one not first', () => {
    const blocks = blocksOf('> [!NOTE]\n\n> First.\n> [!NOTE]\n\n> [ !NOTE]\n> Spaced.\n');
    expect(kinds(blocks)).toEqual(['blockquote', 'blockquote', 'blockquote']);
    expect(blocks[0]).toEqual({ type: 'blockquote', children: [para(text('[!NOTE]'))] });
  });

  it('takes text after the marker, or an unknown kind, as Obsidian does, where GitHub leaves a quote (obsidian-callouts.test.ts)', () => {
    const blocks = blocksOf('> [!NOTE] Same line.\n\n> [!FOO]\n> Unknown.\n');
    expect(blocks).toEqual([
      { type: 'callout', kind: 'note', children: [para({ type: 'strong', children: [text('Same line.')] })] },
      { type: 'callout', kind: 'note', children: [para(text('Unknown.'))] },
    ]);
  });

  it('is no alert outside a block quote', () => {
    expect(kinds(blocksOf('[!NOTE]\nJust a paragraph.\n'))).toEqual(['paragraph']);
  });

  it('works inside a list item, and holds lists, code and notes', () => {
    const doc = documentOf(parse(withTitle('1. Step\n\n   > [!TIP]\n   > Read this.[^n]\n   >\n   > - one\n   > - two\n   >\n   > ```\n   > code\n   > ```\n\n[^n]: The note.\n')));
    const [list] = doc.blocks;
    expect(list?.type).toBe('list');
    const callout = list?.type === 'list' ? list.items[0]?.children[1] : undefined;
    expect(callout?.type === 'callout' ? [callout.kind, ...kinds(callout.children)] : callout).toEqual(['tip', 'paragraph', 'list', 'code']);
    expect(doc.notes.map((n) => n.label)).toEqual(['n']);
  });
});
