// Obsidian's callouts (its help, "Callouts"): any type in any case, a fold
// marker dropped, a title on the marker's line set in bold first; the type to
// the nearest callout kind, an unknown one a note. GitHub's own alerts stay
// GitHub's (alert.test.ts).
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/document.ts';
import { blocksOf } from '../helpers/parse.ts';

const text = (value: string) => ({ type: 'text', value }) as const;
const para = (...children: unknown[]) => ({ type: 'paragraph', children });
const bold = (...children: unknown[]) => para({ type: 'strong', children });
const kinds = (blocks: readonly Block[]): string[] => blocks.map((b) => (b.type === 'callout' ? `callout:${b.kind}` : b.type));

describe('Obsidian callouts', () => {
  it('sets a title on the marker’s line in bold before the body, its formatting kept', () => {
    expect(blocksOf('> [!tip] Custom *title*\n> The body.\n')).toEqual([
      { type: 'callout', kind: 'tip', children: [bold(text('Custom '), { type: 'emphasis', children: [text('title')] }), para(text('The body.'))] },
    ]);
  });

  it('drops the fold markers, with or without a title', () => {
    expect(blocksOf('> [!warning]- Folded title\n> Hidden at first.\n\n> [!note]+\n> Open.\n')).toEqual([
      { type: 'callout', kind: 'warning', children: [bold(text('Folded title')), para(text('Hidden at first.'))] },
      { type: 'callout', kind: 'note', children: [para(text('Open.'))] },
    ]);
  });

  it('maps each of Obsidian’s types and aliases, in any case, to the nearest kind; an unknown one to a note', () => {
    const types: Record<string, string> = {
      note: 'note', abstract: 'note', SUMMARY: 'note', tldr: 'note', Info: 'note', todo: 'note', example: 'note', quote: 'note', cite: 'note',
      tip: 'tip', hint: 'tip', success: 'tip', check: 'tip', Done: 'tip',
      important: 'important', question: 'important', help: 'important', faq: 'important',
      warning: 'warning', attention: 'warning', failure: 'warning', fail: 'warning', missing: 'warning', bug: 'warning',
      caution: 'caution', danger: 'caution', error: 'caution',
      'my-custom': 'note',
    };
    const blocks = blocksOf(Object.keys(types).map((type) => `> [!${type}]\n> Body.\n`).join('\n'));
    expect(kinds(blocks)).toEqual(Object.values(types).map((kind) => `callout:${kind}`));
  });

  it('leaves out a title that only repeats a kind’s name, as the label says it already; another type’s name is kept', () => {
    expect(blocksOf('> [!note] Note\n> Body.\n\n> [!TIP] tip\n> Body.\n\n> [!info] Info\n> Body.\n')).toEqual([
      { type: 'callout', kind: 'note', children: [para(text('Body.'))] },
      { type: 'callout', kind: 'tip', children: [para(text('Body.'))] },
      { type: 'callout', kind: 'note', children: [bold(text('Info')), para(text('Body.'))] },
    ]);
  });

  it('takes a title alone, with nothing under it, as Obsidian draws it', () => {
    expect(blocksOf('> [!info] Only a title\n')).toEqual([{ type: 'callout', kind: 'note', children: [bold(text('Only a title'))] }]);
  });

  it('reads a title ended by a hard break, and blocks after the first paragraph', () => {
    expect(blocksOf('> [!question] Why?  \n> Because.\n>\n> - one\n')).toEqual([
      expect.objectContaining({ kind: 'important', children: [bold(text('Why?')), para(text('Because.')), expect.objectContaining({ type: 'list' })] }),
    ]);
  });

  it('leaves as GitHub does a marker alone with nothing under it, one not first, and brackets that are no marker', () => {
    expect(kinds(blocksOf('> [!NOTE]\n\n> [!info]\n\n> Text.\n> [!tip] Late\n\n> [!tip]Glued\n> Body.\n\n> [! tip] Spaced\n'))).toEqual([
      'blockquote', 'blockquote', 'blockquote', 'blockquote', 'blockquote',
    ]);
  });

  it('keeps GitHub’s alerts as GitHub reads them, no title added', () => {
    expect(blocksOf('> [!IMPORTANT]\n> Read this.\n')).toEqual([{ type: 'callout', kind: 'important', children: [para(text('Read this.'))] }]);
  });
});
