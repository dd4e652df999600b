// Which anchor a `#fragment` link reaches. First the id it names once
// percent-decoded (`#m%C3%A9ta` is `#méta`), as browsers and EPUBCheck match
// it. Failing that, an id that differs only in case: GitHub's page script
// finds those, and READMEs rely on it (`#Podstawy` for the heading "Podstawy",
// whose id is `podstawy`). Failing that, a heading by the id Pandoc's own
// Markdown reader gives it (`#introduction` for "1. Introduction", whose
// GitHub id is `1-introduction`).
import type { Block } from '../document.ts';
import { inlineText } from '../text.ts';
import { pandocIdentifier } from '../util/slug.ts';
import { blockAnchors } from './anchors.ts';
import { visit } from './visit.ts';

/** A fragment as its author means it: percent-decoded (when that decodes), in NFC as ids are. */
export function decodeFragment(fragment: string): string {
  let decoded = fragment;
  try {
    decoded = decodeURIComponent(fragment);
  } catch {
    // A stray "%" (`#100%`): the fragment is taken as written.
  }
  return decoded.normalize('NFC');
}

export class LinkTargets {
  private readonly ids = new Set<string>();
  /** Lowercased id → the first id that lowercases to it. */
  private readonly folded = new Map<string, string>();
  /** Pandoc's id for a heading → the heading's id. */
  private readonly pandoc = new Map<string, string>();

  /** The anchors `blocks` define, at any depth. */
  constructor(blocks: readonly Block[]) {
    const pandocTaken = new Set<string>();
    visit(blocks, {
      block: (block) => {
        for (const id of blockAnchors(block)) {
          this.ids.add(id);
          if (!this.folded.has(id.toLowerCase())) this.folded.set(id.toLowerCase(), id);
        }
        if (block.type !== 'heading') return;
        // Numbered as Pandoc numbers repeats: -1, -2 after the first.
        const base = pandocIdentifier(inlineText(block.children));
        let name = base;
        for (let n = 1; pandocTaken.has(name); n++) name = `${base}-${n}`;
        pandocTaken.add(name);
        this.pandoc.set(name, block.id);
      },
    });
  }

  /** The id a link to `#fragment` (as written after the "#") reaches, if any. */
  resolve(fragment: string): string | undefined {
    const wanted = decodeFragment(fragment);
    if (this.ids.has(wanted)) return wanted;
    return this.folded.get(wanted.toLowerCase()) ?? this.pandoc.get(wanted);
  }
}
