// The visible text of Document nodes, as both writers count it: the EPUB page
// list finds a PDF page's first word by its index in this text.
import type { Block, Inline } from './document.ts';
import { childBlocks, inlineRuns, visitInlines } from './document/visit.ts';

export function inlineText(inlines: readonly Inline[]): string {
  let out = '';
  visitInlines(inlines, (node) => {
    if (node.type === 'text' || node.type === 'code') out += node.value;
    else if (node.type === 'break') out += '\n';
    // A formula reads as its TeX, which is what the PDF's text layer gives; a display formula stands apart.
    else if (node.type === 'math') out += node.display ? `\n${node.tex}\n` : node.tex;
  });
  return out;
}

/** A block's visible text: its inline runs (a table's cells) or the blocks it holds, one per line; a code block's code. */
export function blockText(block: Block): string {
  if (block.type === 'code') return block.value;
  return [...inlineRuns(block).map(inlineText), ...childBlocks(block).map(blockText)].join('\n');
}

// The page-list contract (document.ts `PageStart`): a page starts at word N of
// top-level block B, words counted in `blockText(B)`, split at JavaScript's \s.
// PDF layout counts them with `wordCount` (whole blocks, cells, code lines) and
// `WordCounter` (a paragraph's runs); the EPUB counts them with `WordCounter`
// as it writes text, so both agree on every word of every block.

/** One word: the longest stretch without JavaScript whitespace (\s). */
const WORD = /\S+/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function wordCount(text: string): number {
  return words(text).length;
}

/** The words of blocks as `blockText` joins them (one word never spans two blocks). */
export function blocksWordCount(blocks: readonly Block[]): number {
  return blocks.reduce((sum, block) => sum + wordCount(blockText(block)), 0);
}

/**
 * Counts words of text that arrives in pieces (runs, text nodes): a word
 * starts at a non-space after whitespace, after `boundary()`, or first of all.
 */
export class WordCounter {
  /** Words started so far. */
  count = 0;
  private atBoundary = true;

  /** A word break the text pieces do not show (between cells, items, blocks). */
  boundary(): void {
    this.atBoundary = true;
  }

  /** Whether the next non-space character starts a word. */
  get atWordStart(): boolean {
    return this.atBoundary;
  }

  /** Counts the words of `text`, calling `start` with the offset and index of each word it starts. */
  feed(text: string, start?: (offset: number, word: number) => void): void {
    if (text === '') return;
    let end = 0;
    for (const match of text.matchAll(WORD)) {
      if (match.index > 0 || this.atBoundary) {
        start?.(match.index, this.count);
        this.count++;
      }
      end = match.index + match[0].length;
    }
    this.atBoundary = end < text.length;
  }
}
