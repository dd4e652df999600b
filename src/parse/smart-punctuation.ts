// Typographic punctuation, as Pandoc's `smart` extension (on by default for
// Markdown) and Typst's smart quotes set it: straight quotes become the
// language's quotation marks, an apostrophe ’, `---` an em dash, `--` an en
// dash, `...` an ellipsis. Code, and a link whose text is its URL, keep what
// was typed. Each inline run (a paragraph, a heading, a table cell, a caption)
// is read as one text, so a quote before emphasis or after inline code still
// opens or closes by what stands beside it.
import type { Block, Inline, Note } from '../document.ts';
import { keepSpan } from '../document/position.ts';
import { mapInlines } from '../document/visit.ts';

/** Opening and closing double, then single, quotation marks. */
type Marks = readonly [string, string, string, string];

const NNBSP = '\u202f';
const ENGLISH: Marks = ['“', '”', '‘', '’'];
const GUILLEMETS: Marks = ['«', '»', '“', '”'];
/** By BCP 47 primary language (or language-region): the usual book style of each. */
const MARKS: Readonly<Record<string, Marks>> = {
  en: ENGLISH,
  nl: ENGLISH,
  pt: ENGLISH,
  'pt-pt': GUILLEMETS,
  zh: ENGLISH,
  de: ['„', '“', '‚', '‘'],
  'de-ch': ['«', '»', '‹', '›'],
  cs: ['„', '“', '‚', '‘'],
  sk: ['„', '“', '‚', '‘'],
  pl: ['„', '”', '«', '»'],
  ru: ['«', '»', '„', '“'],
  uk: ['«', '»', '„', '“'],
  es: GUILLEMETS,
  it: GUILLEMETS,
  ca: GUILLEMETS,
  // French sets a narrow no-break space inside its guillemets.
  fr: [`«${NNBSP}`, `${NNBSP}»`, `‹${NNBSP}`, `${NNBSP}›`],
  sv: ['”', '”', '’', '’'],
  fi: ['”', '”', '’', '’'],
  nb: ['«', '»', '‘', '’'],
  no: ['«', '»', '‘', '’'],
  da: ['»', '«', '›', '‹'],
  ja: ['「', '」', '『', '』'],
  ro: ['„', '”', '«', '»'],
  hu: ['„', '”', '»', '«'],
  hr: ['„', '”', '‚', '’'],
  sr: ['„', '”', '’', '’'],
  bg: ['„', '“', '‚', '‘'],
  mk: ['„', '“', '‚', '‘'],
  sl: ['„', '“', '‚', '‘'],
  lt: ['„', '“', '‚', '‘'],
  et: ['„', '“', '‚', '‘'],
  is: ['„', '“', '‚', '‘'],
  lv: ['«', '»', '„', '“'],
  be: ['«', '»', '„', '“'],
  kk: ['«', '»', '„', '“'],
  el: ['«', '»', '“', '”'],
};

/** The quotation marks of a BCP 47 language (its region's where they differ), English's for a language not listed. */
export function quoteMarks(lang: string): Marks {
  const tag = lang.toLowerCase();
  const [primary = '', region = ''] = tag.split(/[-_]/u);
  return MARKS[`${primary}-${region}`] ?? MARKS[primary] ?? ENGLISH;
}

const WORD = /[\p{L}\p{N}]/u;
// After these a quote opens: nothing, a space, an opening bracket, a dash or slash, another opening quote.
const OPENS_AFTER = /[\s([{\u2014\u2013\-/=“‘„‚«‹「『]/u;
/** Words whose first letters are elided, so their "'" is an apostrophe where a quotation could open: 'tis, 'em, rock 'n' roll. */
const ELIDED = /^(?:tis|twas|twere|twill|em|n'|cause|til|bout|round|nuff|ere)(?![\p{L}\p{N}])/iu;

/** Where a run's text nodes lie in the run's text, and the placeholders for what is not text. */
interface Flat {
  readonly text: string;
  /** For each text node, in reading order: its start in `text`. */
  readonly starts: Map<Inline, number>;
}

/** Placeholder characters: inline code, images and note marks read as a word; a line break as a space; an anchor as nothing. */
function flatten(run: readonly Inline[]): Flat {
  let text = '';
  const starts = new Map<Inline, number>();
  const walk = (nodes: readonly Inline[]): void => {
    for (const node of nodes) {
      if (node.type === 'text') {
        starts.set(node, text.length);
        text += node.value;
      } else if (node.type === 'break') text += ' ';
      else if (node.type === 'code' || node.type === 'image' || node.type === 'noteRef') text += 'x';
      else if (node.type === 'link' && isUrlText(node)) text += 'x';
      // An anchor reads as nothing: quotes on either side of it pair as if it were not there.
      else if ('children' in node) walk(node.children);
    }
  };
  walk(run);
  return { text, starts };
}

const isUrlText = (link: Extract<Inline, { type: 'link' }>): boolean =>
  link.children.length === 1 && link.children[0]?.type === 'text' && /^(?:[a-z][a-z0-9+.-]*:|www\.)/iu.test(link.children[0].value);

/**
 * What each character of `text` becomes: itself, a replacement, or '' (the
 * second and third of "..." and "---"). `text` is a whole run.
 */
function smarten(text: string, marks: Marks): string[] {
  // By UTF-16 unit, as text nodes' lengths count: only ASCII is replaced, so surrogate halves rejoin as they were.
  const out = text.split('');
  // Where single quotes opened and have not closed: one never closed was an apostrophe (Turkish "Azure 'da").
  const openSingles: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const prev = i === 0 ? ' ' : (text[i - 1] as string);
    const next = text[i + 1] ?? ' ';
    // Three dots or more: an ellipsis, and any more dots after it (a sentence's period).
    if (c === '.' && text.startsWith('...', i)) {
      out.splice(i, 3, '…', '', '');
      i += 2;
    } else if (c === '-' && text.startsWith('---', i) && text[i + 3] !== '-' && prev !== '-') {
      out.splice(i, 3, '—', '', '');
      i += 2;
    } else if (c === '-' && next === '-' && text[i + 2] !== '-' && prev !== '-' && prev !== '<' && text[i + 2] !== '>') {
      out.splice(i, 2, '–', '');
      i += 1;
    } else if (c === '"') {
      out[i] = OPENS_AFTER.test(prev) && !/\s/u.test(next) ? marks[0] : marks[1];
    } else if (c === "'") {
      if (WORD.test(prev) && WORD.test(next)) out[i] = '’';
      else if (OPENS_AFTER.test(prev)) {
        // ’90s, ’tis: an elided start; else a quotation opens.
        if (/\d/u.test(next) || /\s/u.test(next) || ELIDED.test(text.slice(i + 1))) out[i] = '’';
        else {
          out[i] = marks[2];
          openSingles.push(i);
        }
      } else if (openSingles.length > 0) {
        out[i] = marks[3];
        openSingles.pop();
      } else out[i] = '’';
    }
  }
  for (const i of openSingles) out[i] = '’';
  return out;
}

/** `run` with its text nodes' punctuation made typographic. */
export function smartenRun(run: readonly Inline[], marks: Marks): Inline[] {
  const { text, starts } = flatten(run);
  if (!/["'.-]/u.test(text)) return [...run];
  const chars = smarten(text, marks);
  const rebuild = (nodes: readonly Inline[]): Inline[] =>
    nodes.map((node): Inline => {
      if (node.type === 'text') {
        const start = starts.get(node) as number;
        return keepSpan(node, { ...node, value: chars.slice(start, start + node.value.length).join('') });
      }
      if (node.type === 'link' && isUrlText(node)) return node;
      return 'children' in node ? keepSpan(node, { ...node, children: rebuild(node.children) }) : node;
    });
  return rebuild(run);
}

/** Blocks and notes with typographic punctuation in the language `lang`. */
export function smartenDocument(blocks: readonly Block[], notes: readonly Note[], lang: string): { blocks: Block[]; notes: Note[] } {
  const marks = quoteMarks(lang);
  const each = (bs: readonly Block[]): Block[] => mapInlines(bs, (run) => smartenRun(run, marks));
  return { blocks: each(blocks), notes: notes.map((note) => ({ ...note, children: each(note.children) })) };
}

/** A plain string (a title) with typographic punctuation. */
export function smartenText(text: string, lang: string): string {
  return smarten(text, quoteMarks(lang)).join('');
}
