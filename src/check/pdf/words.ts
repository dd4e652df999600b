// The units the text check compares: words reduced to letters and digits, and
// single characters in scripts written without spaces (Chinese, Japanese,
// Korean, Thai …), where a line may break between any two. Taken from the
// manuscript (body, and notes in the order Galley numbers them) and from the
// text layer (body and notes apart, words hyphenated at a line end joined).
import type { Blockquote, Node as MdastNode, PhrasingContent, Root } from 'mdast';
import { withoutAttributes } from '../../parse/handlers/heading.ts';
import { withoutInlineAttributes } from '../../parse/inline-attributes.ts';
import { readCallout } from '../../parse/obsidian-callouts.ts';
import { rawTexParagraph } from '../../parse/raw-tex.ts';
import { withBracketedSpans } from '../../parse/bracketed-spans.ts';
import { labelOf, printedHeadingNames } from '../../parse/implicit-header-links.ts';
import { titleHeading } from '../../parse/title-heading.ts';
import { calloutLabel, languageLabels } from '../../theme/book-labels.ts';
import type { Role, TextItem, TextPage } from './layer.ts';
import { logicalOrder, wordPairs, type WordPairs } from './reading-order.ts';
import { withSplitRowsJoined } from './split-rows.ts';

// Scripts whose lines break between characters, not at spaces.
const UNSPACED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;
const KEPT = /[\p{L}\p{N}\p{M}]/u;
// A line ending in one of these continues its word on the next line.
const HYPHEN = /[-\u00ad\u2010]$/u;
// A line opening with one of these, after a line ending in a letter or digit, continues a URL or code the
// line broke before it (the Chicago Manual's breaks, pdf/layout/url-breaks.ts); nothing was added there.
const URL_BREAK_START = /^[/.,\-_?#%~]/u;
const WORD_END = /[\p{L}\p{N}]$/u;
/** Nodes whose value is printed text: prose, code, and TeX math (read back as its source). */
const TEXT_TYPES = new Set(['text', 'inlineCode', 'code', 'inlineMath', 'math']);

/** A hyphen drawn as a text item of its own: Galley's line-end hyphen, in its soft-hyphen Span. */
export const LONE_HYPHEN = /^[-\u00ad\u2010]$/u;

/**
 * The items with a line-end hyphen drawn apart (Galley draws it in a Span
 * that reads as a soft hyphen) put back on the word it ends.
 */
function withHyphensJoined(items: readonly TextItem[]): TextItem[] {
  const out: TextItem[] = [];
  for (const item of items) {
    const previous = out.at(-1);
    const glued = previous !== undefined && Math.abs(previous.y - item.y) <= item.size / 2 && Math.abs(previous.x + previous.width - item.x) <= item.size / 4;
    if (glued && LONE_HYPHEN.test(item.str) && !/\s$/u.test(previous.str)) out[out.length - 1] = { ...previous, str: previous.str + item.str, width: previous.width + item.width };
    else out.push(item);
  }
  return out;
}

/** The units of a text: a word's letters, digits and marks (quotes, dashes, hyphens left out; ligatures and widths unified). */
export function units(text: string): string[] {
  const out: string[] = [];
  for (const word of text.normalize('NFKC').toLowerCase().split(/\s+/u)) {
    let current = '';
    for (const char of word) {
      if (UNSPACED.test(char)) {
        if (current !== '') out.push(current);
        current = '';
        out.push(char);
      } else if (KEPT.test(char)) {
        // A combining mark after an unspaced character belongs to it.
        if (current === '' && /\p{M}/u.test(char) && out.length > 0 && UNSPACED.test(out[out.length - 1] ?? '')) out[out.length - 1] += char;
        else current += char;
      }
    }
    if (current !== '') out.push(current);
  }
  return out;
}

export interface ManuscriptNote {
  /** As written: `[^label]`. */
  readonly label: string;
  readonly units: string[];
  /** How many body units come before its (first) mark. */
  readonly at: number;
}

/**
 * The manuscript's body units and its notes in Galley's numbering order (first
 * reference, a note's own notes right after it). An alert's `[!NOTE]` marker
 * (or an Obsidian callout's, its title after it) is printed as its label in
 * `lang` (a theme that words the labels otherwise is not known here). `source`, the text `root` was parsed from, tells an
 * escaped `\{` (printed) from an attribute block's brace.
 */
export function manuscriptUnits(root: Root | null, lang = 'en', source?: string): { body: string[]; notes: ManuscriptNote[] } {
  const body: string[] = [];
  const notes: ManuscriptNote[] = [];
  if (root === null) return { body, notes };
  const definitions = new Map<string, MdastNode>();
  // The headings' labels, as Pandoc's implicit header references name them.
  const headings = new Set<string>();
  const find = (node: MdastNode): void => {
    if (node.type === 'footnoteDefinition' && 'identifier' in node && !definitions.has(String(node.identifier))) definitions.set(String(node.identifier), node);
    if (node.type === 'heading') headings.add(headingLabel(node));
    if ('children' in node && Array.isArray(node.children)) (node.children as MdastNode[]).forEach(find);
  };
  find(root);
  const skippedTypes = new Set(['yaml', 'html', 'definition', 'footnoteDefinition', 'image', 'imageReference']);
  const movedToTitle = new Set<MdastNode>();
  const labels = languageLabels(lang);
  const numbered = new Set<string>();
  const collect = (node: MdastNode, into: string[]): void => {
    if (node.type === 'footnoteReference' && 'identifier' in node) {
      const id = String(node.identifier);
      const definition = definitions.get(id);
      if (numbered.has(id) || definition === undefined) return;
      numbered.add(id);
      const note: ManuscriptNote = { label: 'label' in definition && typeof definition.label === 'string' ? definition.label : id, units: [], at: body.length };
      notes.push(note);
      for (const child of (definition as unknown as { children: MdastNode[] }).children) collect(child, note.units);
      return;
    }
    if (skippedTypes.has(node.type) || movedToTitle.has(node) || rawTexParagraph(node) !== null) return;
    const alert = node.type === 'blockquote' ? readCallout(node as Blockquote) : null;
    if (alert !== null) {
      into.push(...units(calloutLabel(labels, alert.kind)));
      for (const child of alert.children) collect(child, into);
      return;
    }
    // A Pandoc table caption (parse/table-captions.ts) is printed above its table.
    const caption = (node.data as { caption?: MdastNode[] } | undefined)?.caption;
    if (caption !== undefined) for (const child of caption) collect(child, into);
    // A formula's text layer is its TeX (Galley draws it invisibly under the outlines, and as ActualText).
    if (TEXT_TYPES.has(node.type) && 'value' in node && typeof node.value === 'string') {
      // Pandoc's implicit header references print the link's words alone (parse/implicit-header-links.ts).
      const value = node.type === 'text' && headings.size > 0 ? printedHeadingNames(node.value, (label) => headings.has(label)) : node.value;
      for (const unit of units(value)) into.push(unit);
      return;
    }
    if ('children' in node && Array.isArray(node.children)) for (const child of printedChildren(node, source)) collect(child, into);
  };
  // A heading taken for the title is printed first, in the title block, wherever it stood.
  const title = titleHeading(root);
  if (title !== undefined) {
    collect(title, body);
    movedToTitle.add(title);
  }
  collect(root, body);
  return { body, notes };
}

/** A heading's text as a link label names it, its attribute block left out. */
function headingLabel(heading: MdastNode): string {
  const plain = (node: MdastNode): string =>
    'value' in node && typeof node.value === 'string' ? node.value : 'children' in node && Array.isArray(node.children) ? (node.children as MdastNode[]).map(plain).join('') : '';
  return labelOf(withoutAttributes((heading as unknown as { children: PhrasingContent[] }).children).children.map(plain).join(''));
}

/** A node's children as Galley prints them: without Pandoc's attribute blocks after a heading, a bracketed span, inline code, a link or an image. */
function printedChildren(node: MdastNode, source: string | undefined): MdastNode[] {
  const children = (node as unknown as { children: PhrasingContent[] }).children;
  return withoutInlineAttributes(withBracketedSpans(node.type === 'heading' ? withoutAttributes(children).children : children), source);
}

/** A run of the text layer in reading order: its units and the page each is on. */
export interface Stream {
  readonly units: string[];
  readonly pages: number[];
}

/** What the manuscript tells a reading of the layer: its adjacent units, to tell which way a line of mixed directions reads (reading-order.ts), and its units. */
export interface Expected {
  readonly pairs: WordPairs;
  readonly words: ReadonlySet<string>;
}

export const expectedOf = (units: readonly string[]): Expected => ({ pairs: wordPairs(units), words: new Set(units) });

/**
 * Whether a line ending in `word` and the next opening with `nextWord` break
 * one word with no mark (code or a word wider than its table column, broken
 * between two letters: ":kissin" / "g:"): joined they are a manuscript word,
 * and one of them is none, so it could match nothing on its own.
 */
function brokenWithoutMark(word: string, nextWord: string, words: ReadonlySet<string>): boolean {
  const end = units(word).at(-1);
  const start = units(nextWord)[0];
  if (end === undefined || start === undefined || UNSPACED.test(end) || UNSPACED.test(start)) return false;
  return words.has(end + start) && !(words.has(end) && words.has(start));
}

/**
 * The units of the items with one of `roles`, page after page. A word that
 * ends a line with a hyphen is joined to the next word of the same stream,
 * so a note continued overleaf joins up across the page's body text; a
 * table row a page ends inside is read cell by cell (split-rows.ts).
 * `expected`, from the manuscript, tells which way a line of mixed
 * directions reads, and which words a line broke with no mark.
 */
export function layerStream(pages: readonly TextPage[], roles: ReadonlySet<Role>, expected?: Expected): Stream {
  const stream: Stream = { units: [], pages: [] };
  let carry: { text: string; page: number } | null = null;
  const placed = withSplitRowsJoined(
    pages.flatMap((page) => withHyphensJoined(logicalOrder(page.items.filter((item) => roles.has(item.role) && item.str.trim() !== ''), expected?.pairs, units)).map((item) => ({ item, page: page.number }))),
  );
  placed.forEach(({ item, page }, i) => {
    const next = placed[i + 1];
    const endsLine = next === undefined || next.page !== page || Math.abs(next.item.y - item.y) > item.size / 2;
    const words = item.str.trim().split(/\s+/u);
    words.forEach((word, w) => {
      const text = carry === null ? word : carry.text + word;
      const at = carry?.page ?? page;
      carry = null;
      if (w === words.length - 1 && endsLine && HYPHEN.test(word) && !UNSPACED.test(word.slice(-2, -1))) {
        carry = { text, page: at };
        return;
      }
      // A URL or code broken before its punctuation ("custom" / "-reference.docx"): the next line goes on with the word.
      if (w === words.length - 1 && endsLine && next !== undefined && WORD_END.test(word) && URL_BREAK_START.test(next.item.str)) {
        carry = { text, page: at };
        return;
      }
      if (w === words.length - 1 && endsLine && next !== undefined && expected !== undefined && brokenWithoutMark(text, next.item.str.trim().split(/\s+/u)[0] ?? '', expected.words)) {
        carry = { text, page: at };
        return;
      }
      for (const unit of units(text)) {
        stream.units.push(unit);
        stream.pages.push(at);
      }
    });
  });
  const last = carry as { text: string; page: number } | null;
  if (last !== null) for (const unit of units(last.text)) stream.units.push(unit), stream.pages.push(last.page);
  return stream;
}
