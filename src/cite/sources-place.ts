// Where the list of sources goes. Galley adds it at the end under a heading
// of its own ("Sources", or `reference-section-title`); but a manuscript
// written for Pandoc's citeproc (every JOSS paper) keeps a place for it, and
// printing that place empty above a second heading reads as a mistake: an
// empty last heading "References" (Bibliography, Works Cited, Sources), under
// which the list then goes, or a `::: {#refs}` div, where it goes as Pandoc
// puts it (after whatever the div holds), with no heading of Galley's.
import type { Block } from '../document.ts';
import { mapBlocks } from '../document/visit.ts';
import { inlineText } from '../text.ts';

/** The headings a manuscript gives its list of sources (compared without case). */
const NAMES = ['references', 'bibliography', 'works cited', 'sources'];

/**
 * What the `#refs` div leaves in its place until the list is known: a list of
 * sources with no entries, which no list Galley makes is.
 */
export function sourcesPlaceholder(): Block {
  return { type: 'list', ordered: false, start: 1, spread: false, bibliography: true, items: [] };
}

/**
 * `blocks` with `sources` (Galley's heading, then the list; or nothing) in
 * the first `#refs` div, else under an empty last heading that names them,
 * else at the end; any other place kept for them is dropped.
 */
export function placeSources(blocks: readonly Block[], sources: readonly Block[]): Block[] {
  const [heading, ...list] = sources;
  let placed = false;
  const filled = mapBlocks(blocks, (block) => {
    if (!isPlaceholder(block)) return block;
    if (placed || heading === undefined) return [];
    placed = true;
    return list;
  });
  if (placed || heading === undefined) return filled;
  const last = filled.at(-1);
  if (last?.type === 'heading' && heading.type === 'heading' && namesSources(inlineText(last.children), inlineText(heading.children))) return [...filled, ...list];
  return [...filled, ...sources];
}

/** `blocks` without a place kept for the sources (a `#refs` div in a note, where no list goes). */
export function withoutSourcesPlace(blocks: readonly Block[]): Block[] {
  return mapBlocks(blocks, (block) => (isPlaceholder(block) ? [] : block));
}

function isPlaceholder(block: Block): boolean {
  return block.type === 'list' && block.bibliography === true && block.items.length === 0;
}

/** The heading's text is one of NAMES, or the heading Galley would have given the list. */
function namesSources(text: string, own: string): boolean {
  const plain = (words: string): string => words.replace(/\s+/gu, ' ').trim().toLowerCase();
  return NAMES.includes(plain(text)) || plain(text) === plain(own);
}
