// The pre-pass: decides, before any handler runs, which file every block,
// heading, note citation and page break lands in, so that links across files
// (note references, backlinks, the nav, the page list) can be written at once.
import type { Block, Document, PageStart } from '../document.ts';
import { inlineText } from '../text.ts';
import { NOTES_FILE, TITLE_FILE, bodyFile, isGeneratedId } from './files.ts';
import { blockAnchors } from '../document/anchors.ts';
import { visit } from '../document/visit.ts';

export interface BodyPart {
  readonly filename: string;
  /** Indexes into Document.blocks, in order. */
  readonly blocks: readonly number[];
}

export interface BookPlan {
  readonly parts: readonly BodyPart[];
  /** The file holding each block, by block index. */
  readonly fileOfBlock: readonly string[];
  /** Anchor (heading or list item) id in the Document → id written in the EPUB (differs only on a clash). */
  readonly anchorIds: ReadonlyMap<string, string>;
  /** Anchor id in the Document → file holding it. */
  readonly anchorFiles: ReadonlyMap<string, string>;
  /** `number:occurrence` → file holding that citation of the note. */
  readonly citationFiles: ReadonlyMap<string, string>;
  /** Print page starts by block index (-1: the title page), in page order. */
  readonly pageStarts: ReadonlyMap<number, readonly PageStart[]>;
}

export function citationKey(number: number, occurrence: number): string {
  return `${number}:${occurrence}`;
}

export function planBook(doc: Document, pageStarts: readonly PageStart[], fileStarts?: readonly number[]): BookPlan {
  const parts = fileStarts === undefined ? splitIntoParts(doc.blocks) : splitAt(doc.blocks.length, fileStarts);
  const fileOfBlock: string[] = [];
  for (const part of parts) for (const index of part.blocks) fileOfBlock[index] = part.filename;

  const anchorIds = new Map<string, string>();
  const anchorFiles = new Map<string, string>();
  const taken = new Set<string>();
  const noteBlocks = doc.notes.flatMap((note) => note.children);
  visit([...doc.blocks, ...noteBlocks], {
    block(block) {
      for (const id of blockAnchors(block)) if (!isGeneratedId(id)) taken.add(id);
    },
  });
  // Anchors may also sit inside blockquotes, list items and notes: they too are link targets.
  const place = (blocks: readonly Block[], file: string): void =>
    visit(blocks, {
      block(block) {
        for (const anchor of blockAnchors(block)) {
          const id = isGeneratedId(anchor) ? freeId(anchor, taken) : anchor;
          taken.add(id);
          anchorIds.set(anchor, id);
          anchorFiles.set(anchor, file);
        }
      },
    });
  doc.blocks.forEach((topLevel, index) => place([topLevel], fileOfBlock[index] ?? TITLE_FILE));
  place(noteBlocks, NOTES_FILE);

  const citationFiles = new Map<string, string>();
  doc.blocks.forEach((block, index) => {
    visit([block], {
      inline(node) {
        if (node.type === 'noteRef') citationFiles.set(citationKey(node.number, node.occurrence), fileOfBlock[index] ?? TITLE_FILE);
      },
    });
  });
  visit(
    doc.notes.flatMap((note) => note.children),
    {
      inline(node) {
        if (node.type === 'noteRef') citationFiles.set(citationKey(node.number, node.occurrence), NOTES_FILE);
      },
    },
  );

  return { parts, fileOfBlock, anchorIds, anchorFiles, citationFiles, pageStarts: groupPageStarts(doc, pageStarts) };
}

/**
 * One file per top-level section: split before every heading of the highest
 * level that occurs more than once. Blocks before the first such heading form
 * their own part. A manuscript without a repeated heading level is one file.
 */
export function splitIntoParts(blocks: readonly Block[]): BodyPart[] {
  const level = splitLevel(blocks);
  const groups: number[][] = [];
  blocks.forEach((block, index) => {
    const last = groups.at(-1);
    if (last === undefined || (block.type === 'heading' && block.depth === level && last.length > 0)) groups.push([index]);
    else last.push(index);
  });
  if (groups.length === 0) groups.push([]);
  return groups.map((group, index) => ({ filename: bodyFile(index), blocks: group }));
}

/** One file from each of `starts` (ascending block indexes) to the next; blocks before the first form their own. */
function splitAt(count: number, starts: readonly number[]): BodyPart[] {
  const bounds = [...(starts[0] === 0 ? [] : [0]), ...starts, count];
  return bounds.slice(0, -1).map((from, i) => ({ filename: bodyFile(i), blocks: Array.from({ length: (bounds[i + 1] ?? count) - from }, (_, k) => from + k) }));
}

function splitLevel(blocks: readonly Block[]): number | null {
  const counts = new Map<number, number>();
  for (const block of blocks) if (block.type === 'heading') counts.set(block.depth, (counts.get(block.depth) ?? 0) + 1);
  const repeated = [...counts].filter(([, count]) => count > 1).map(([depth]) => depth);
  return repeated.length > 0 ? Math.min(...repeated) : null;
}

/** A new id for an anchor whose own id clashes with one this writer generates. */
function freeId(id: string, taken: ReadonlySet<string>): string {
  let candidate = `section-${id}`;
  for (let n = 2; isGeneratedId(candidate) || taken.has(candidate); n++) candidate = `section-${id}-${n}`;
  return candidate;
}

function groupPageStarts(doc: Document, pageStarts: readonly PageStart[]): Map<number, PageStart[]> {
  const byBlock = new Map<number, PageStart[]>();
  const seen = new Set<number>();
  for (const start of pageStarts) {
    if (start.block < -1 || start.block >= doc.blocks.length) {
      throw new Error(`page ${start.page} starts at block ${start.block}, but the document has ${doc.blocks.length} blocks`);
    }
    if (seen.has(start.page)) throw new Error(`page ${start.page} is listed twice in the page starts`);
    seen.add(start.page);
    const list = byBlock.get(start.block) ?? [];
    list.push(start);
    byBlock.set(start.block, list);
  }
  return byBlock;
}

/** Plain text of a heading for the nav and <title>, never empty. */
export function headingLabel(block: Extract<Block, { type: 'heading' }>): string {
  const label = inlineText(block.children).replace(/\s+/gu, ' ').trim();
  return label === '' ? block.id : label;
}
