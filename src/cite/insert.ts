// Citations into the finished Document. Their text is known only once every
// citation has been met (the style numbers and shortens them in document
// order), but the Document is built in one pass: a citation that stays in the
// text is first an empty text node, known by identity, and this pass puts the
// formatted text in its place. It also sets each citation's note mark as
// Pandoc does: no space before it, after the punctuation that follows it
// (`said [@doe].` → `said.¹`).
import type { Block, Inline, Note } from '../document.ts';
import { keepSpan } from '../document/position.ts';
import { mapInlineNodes, mapInlines } from '../document/visit.ts';

export interface Insertions {
  /** Formatted text by placeholder. */
  readonly fill: ReadonlyMap<Inline, readonly Inline[]>;
  /** Numbers of the notes made from citations. */
  readonly citationNotes: ReadonlySet<number>;
}

/** A fresh placeholder; only its identity matters. */
export function placeholder(): Inline {
  return { type: 'text', value: '' };
}

export function insertIntoBlocks(blocks: readonly Block[], insertions: Insertions): Block[] {
  return mapInlines(blocks, (children) => insertIntoInlines(children, insertions));
}

export function insertIntoNote(note: Note, insertions: Insertions): Note {
  return { ...note, children: insertIntoBlocks(note.children, insertions) };
}

function insertIntoInlines(inlines: readonly Inline[], insertions: Insertions): Inline[] {
  const marked = (run: readonly Inline[]): Inline[] => placeMarks(run, insertions.citationNotes);
  const filled = mapInlineNodes(inlines, (inline) => {
    const content = insertions.fill.get(inline);
    if (content !== undefined) return [...content];
    // Each run gets its marks placed, a formatted or linked one too.
    return 'children' in inline ? [keepSpan(inline, { ...inline, children: marked(inline.children) })] : [inline];
  });
  return marked(filled);
}

const FOLLOWING_PUNCTUATION = /^[.,;:!?]+/;

/** Citation note marks: the space before dropped, the punctuation after moved before. */
function placeMarks(inlines: readonly Inline[], citationNotes: ReadonlySet<number>): Inline[] {
  const out = [...inlines];
  for (let i = 0; i < out.length; i++) {
    const mark = out[i];
    if (mark?.type !== 'noteRef' || !citationNotes.has(mark.number)) continue;
    const before = out[i - 1];
    if (before?.type === 'text' && /\s$/.test(before.value)) out[i - 1] = keepSpan(before, { type: 'text', value: before.value.trimEnd() });
    const after = out[i + 1];
    const punctuation = after?.type === 'text' ? FOLLOWING_PUNCTUATION.exec(after.value)?.[0] : undefined;
    if (after?.type !== 'text' || punctuation === undefined) continue;
    const rest = after.value.slice(punctuation.length);
    const tail: Inline[] = rest === '' ? [] : [keepSpan(after, { type: 'text', value: rest })];
    const previous = out[i - 1];
    if (previous?.type === 'text') {
      out.splice(i - 1, 3, keepSpan(previous, { type: 'text', value: previous.value + punctuation }), mark, ...tail);
    } else {
      out.splice(i, 2, keepSpan(after, { type: 'text', value: punctuation }), mark, ...tail);
      i++;
    }
  }
  return out.filter((inline) => inline.type !== 'text' || inline.value !== '');
}
