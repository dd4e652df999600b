// Heading ids as GitHub makes them, so the links a README's table of contents
// holds (`#méta`, `#грамматика`, `#1-introduction`) find their heading:
// github-slugger keeps letters, marks and digits of every script, lowercases,
// turns spaces into "-" and drops other punctuation; a repeat gets -1, -2.
// Pandoc's gfm_auto_identifiers make the same ids. EPUBCheck takes such ids
// (a digit first, any script) and PDF destinations are strings, so nothing is
// narrowed to ASCII.
import { slug as githubSlug } from 'github-slugger';

/** Letters, marks and digits of any script, "_", "-", "." and ":": an id a `#link` can name without escapes but for non-ASCII letters. */
const VALID_ID = /^[\p{L}\p{M}\p{N}\p{Pc}.:-]+$/u;

/** A heading whose text leaves nothing (punctuation or emoji only) is named as Pandoc names it. */
const EMPTY_SLUG = 'section';

export class Slugger {
  private readonly taken = new Set<string>();

  /** A slug for `text`, unique among the ids this slugger has given out or seen claimed. */
  slug(text: string): string {
    const base = githubSlug(text.normalize('NFC')) || EMPTY_SLUG;
    let slug = base;
    for (let n = 1; this.taken.has(slug); n++) slug = `${base}-${n}`;
    this.taken.add(slug);
    return slug;
  }

  /** Takes `id` as written (`{#id}`, `<a name="id">`), if it is a valid id no one has yet; otherwise says why not. */
  claim(id: string): { id: string } | { reason: string } {
    const normalized = id.normalize('NFC');
    if (!VALID_ID.test(normalized)) return { reason: 'it is not a valid id (letters, digits, "_", "-", "." and ":", no spaces)' };
    if (this.taken.has(normalized)) return { reason: 'an earlier heading or anchor has that id' };
    this.taken.add(normalized);
    return { id: normalized };
  }
}

/**
 * The id Pandoc's own Markdown reader (auto_identifiers) gives a heading, which
 * a manuscript written for Pandoc links to: letters, digits, "_", "-" and "."
 * kept, lowercased, runs of spaces one "-", everything before the first
 * letter dropped (`#introduction` for "1. Introduction"). Repeats are not numbered here.
 */
export function pandocIdentifier(text: string): string {
  const kept = text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{M}\p{N}_.\s-]/gu, '');
  return kept.split(/\s+/u).filter((word) => word !== '').join('-').replace(/^\P{L}+/u, '') || EMPTY_SLUG;
}
