// The typed, frozen theme: loaded once from templates/<theme>/theme.yaml.
// Lengths are in PDF points (1/72 in) after loading; the YAML may use pt, in, mm.
// Over 300 lines: the type of every theme key, section by section as
// theme.yaml has them, so a key's meaning is documented once, beside its type.
import type { CalloutKind } from '../document.ts';

export interface FontFaces {
  /** Paths resolved to absolute .ttf/.otf files. */
  readonly regular: string;
  readonly italic: string;
  readonly bold: string;
  readonly boldItalic: string;
}

export interface TextStyle {
  readonly size: number;
  /** Baseline-to-baseline distance. */
  readonly leading: number;
}

export type Face = keyof FontFaces;

/** Languages whose books indent every paragraph (see body.ideographicIndent). */
export type IdeographicIndentLanguage = 'zh' | 'ja';

/** A text style that also picks the face of the body family. */
export interface FacedStyle extends TextStyle {
  readonly face: Face;
}

/**
 * What print-on-demand services (KDP, IngramSpark) ask of a book interior;
 * read by the print profile only.
 */
export interface PrintSettings {
  /** The finished page, after trimming: the theme's page size. */
  readonly trim: { readonly width: number; readonly height: number };
  /** Extra paper beyond the trim at the top, bottom and outside edge (0: none). */
  readonly bleed: number;
  readonly cropMarks: {
    readonly enabled: boolean;
    readonly length: number;
    /** Gap between the trim line and the start of a mark (at least the bleed). */
    readonly offset: number;
    readonly thickness: number;
  };
  /** The binding's inside margin by final page count: each step covers books of up to `pages` pages. */
  readonly insideMargins: readonly { readonly pages: number; readonly margin: number }[];
  /** Images printed at fewer pixels per inch than this are reported. */
  readonly minImagePpi: number;
}

export interface Theme {
  /** Folder the theme was loaded from (templates/default, or a user's folder). */
  readonly dir: string;
  readonly name: string;
  readonly page: {
    readonly width: number;
    readonly height: number;
    readonly twoSided: boolean;
  };
  /** As the theme sets them, or derived for its page size where it does not (see margins.ts). */
  readonly margins: {
    readonly top: number;
    readonly bottom: number;
    /** Inside margin on two-sided pages; left otherwise. */
    readonly inner: number;
    /** Outside margin on two-sided pages; right otherwise. */
    readonly outer: number;
  };
  readonly fonts: {
    readonly body: FontFaces;
    readonly mono: FontFaces;
    /**
     * Font files (absolute .ttf/.otf paths) tried in order for characters the
     * body or mono faces lack (CJK, Hangul, emoji). Loaded only when a document
     * needs them.
     */
    readonly fallback: readonly string[];
    /**
     * Each fallback face's bold, by the same position (null: none; bold text
     * in that script is set in the regular face). Written in the theme as
     * `{ regular: …, bold: … }` in place of a file.
     */
    readonly fallbackBold: readonly (string | null)[];
    /**
     * The language each fallback face is drawn for (`lang: ja`: Japanese
     * kanji forms), by the same position; null for a face of no one language.
     * A document in that language tries it first (theme/language-faces.ts).
     */
    readonly fallbackLanguage: readonly (string | null)[];
  };
  readonly body: TextStyle & {
    readonly paragraphIndent: number;
    /** Indent of every paragraph, the first after a heading too, in a Chinese or Japanese manuscript. */
    readonly ideographicIndent: Readonly<Partial<Record<IdeographicIndentLanguage, number>>>;
    readonly paragraphSpacing: number;
    /** Narrowest measure nested quotes and lists may leave; deeper levels stop indenting. */
    readonly minMeasure: number;
  };
  readonly title: FacedStyle;
  readonly subtitle: FacedStyle;
  readonly byline: FacedStyle;
  /** Index 0 is depth 1; deeper headings than listed use the last entry. */
  readonly headings: readonly (FacedStyle & { readonly spaceBefore: number; readonly spaceAfter: number })[];
  readonly code: TextStyle & {
    /** Drawn at the start of a wrapped continuation line, if the mono font has it. */
    readonly continuationMark: string;
    /** Used instead when the mono font lacks `continuationMark`. */
    readonly continuationFallback: string;
    /** Inline code size relative to the surrounding text (mono faces look large). */
    readonly inlineScale: number;
    /** Columns per tab stop. */
    readonly tabSize: number;
    readonly indent: number;
    readonly spaceBefore: number;
    readonly spaceAfter: number;
  };
  readonly titleBlock: {
    /** Space above the title, from the top of the text block. */
    readonly spaceBefore: number;
    /** Space between the title block and the first body block. */
    readonly spaceAfter: number;
    /** Space between title, subtitle and byline. */
    readonly gap: number;
    /** Each author's affiliations under their name (when the front matter gives them). */
    readonly affiliations: boolean;
    /** The ISBN (the print one in the PDF, the ebook one in the EPUB) under the byline. */
    readonly isbn: boolean;
  };
  readonly blockquote: TextStyle & {
    readonly indent: number;
    readonly italic: boolean;
    readonly spaceBefore: number;
    readonly spaceAfter: number;
  };
  /** GitHub alerts (`> [!NOTE]`): a coloured bar at the left, the label in bold in the same colour, then the content. */
  readonly callout: {
    /** Width of the bar. */
    readonly barWidth: number;
    /** Space between the bar and the text. */
    readonly gap: number;
    readonly spaceBefore: number;
    readonly spaceAfter: number;
    /** One colour per kind, for the bar and the label. */
    readonly colors: Readonly<Record<CalloutKind, string>>;
  };
  readonly lists: {
    /** Indent of each nesting level. */
    readonly indent: number;
    /** Space between a bullet or number and its item's text, in ems of the text size. */
    readonly markerGap: number;
    /** Bullets by depth (the last repeats). */
    readonly bullets: readonly string[];
    readonly itemSpacing: number;
    readonly spaceBefore: number;
    readonly spaceAfter: number;
  };
  readonly table: TextStyle & {
    /** Space left and right of a cell's text. */
    readonly cellPadding: number;
    /** Space above and below a row's text. */
    readonly rowPadding: number;
    readonly ruleThickness: number;
    readonly spaceBefore: number;
    readonly spaceAfter: number;
  };
  readonly figure: {
    readonly caption: FacedStyle;
    /** Gap between the image and its caption. */
    readonly captionGap: number;
    readonly spaceBefore: number;
    readonly spaceAfter: number;
    /** Largest fraction of the text block height an image may take. */
    readonly maxHeight: number;
  };
  readonly thematicBreak: {
    /** A glyph sequence such as "⁂" or "* * *"; empty for a centred rule. */
    readonly ornament: string;
    readonly ruleWidth: number;
    readonly ruleThickness: number;
    readonly spaceAround: number;
  };
  /** Superscript note marks in the text. */
  readonly noteRef: {
    /** Size relative to the surrounding text. */
    readonly scale: number;
    /** Baseline rise relative to the surrounding text size. */
    readonly rise: number;
  };
  /** TeX math (MathJax's outlines). */
  readonly math: {
    /** The formulas' em relative to the surrounding text size (MathJax's fonts are a little smaller on the x-height than most text faces). */
    readonly scale: number;
    /** Space above and below a display formula. */
    readonly spaceBefore: number;
    readonly spaceAfter: number;
  };
  readonly pagination: {
    /** Fewest lines of a paragraph left at the foot of a page. */
    readonly orphans: number;
    /** Fewest lines of a paragraph carried to the top of a page. */
    readonly widows: number;
    /** Lines of the following block a heading keeps with it. */
    readonly keepWithNext: number;
    /** Fewest lines of a split note left on its page. */
    readonly noteMinLines: number;
    /** How much a gap between blocks may grow to fill a page that would stop short. */
    readonly gapStretch: number;
  };
  readonly notes: TextStyle & {
    /** Gap between the text block and the separator rule. */
    readonly separatorSpace: number;
    readonly separatorWidth: number;
    readonly separatorThickness: number;
    /** Gap between the separator rule and the first note. */
    readonly ruleGap: number;
    /** Space between consecutive notes. */
    readonly spacing: number;
    /** Width reserved for the note number. */
    readonly numberWidth: number;
  };
  readonly running: {
    /** 'title' | 'section' | 'none' */
    readonly head: 'title' | 'section' | 'none';
    readonly folio: 'foot-center' | 'foot-outer' | 'head-outer' | 'none';
    readonly size: number;
    readonly face: Face;
    /** Distance from the top of the text block up to the running head's baseline. */
    readonly headOffset: number;
    /** Distance from the bottom of the text block down to the folio's baseline. */
    readonly folioOffset: number;
  };
  readonly colors: {
    readonly text: string;
    readonly link: string;
    readonly rule: string;
  };
  readonly hyphenation: {
    readonly enabled: boolean;
    /** Fewest letters before a hyphen; "auto": the language's, as TeX sets it (util/hyphenation-patterns.ts). */
    readonly leftMin: number | 'auto';
    /** Fewest letters after a hyphen; "auto" as for leftMin. */
    readonly rightMin: number | 'auto';
    readonly maxConsecutive: number;
    /** Words the patterns miss, their breaks marked ("Ouro-bo-ros"; util/hyphenation-words.ts). */
    readonly words: readonly string[];
  };
  /** pdfTeX-style font expansion and character protrusion for justified text. */
  readonly microtype: {
    /** Most a line's glyphs widen or narrow, as a fraction (0.02: ±2%); 0: off. */
    readonly expansion: number;
    readonly expansionStep: number;
    readonly protrusion: boolean;
    /** Most letter spacing added or taken after each glyph, in ems; 0: off. */
    readonly tracking: number;
  };
  /** TeX's paragraph-breaking knobs, with TeX's meanings. */
  readonly lineBreaking: {
    readonly pretolerance: number;
    readonly tolerance: number;
    readonly looseness: number;
    readonly linePenalty: number;
    readonly hyphenPenalty: number;
    readonly exHyphenPenalty: number;
    readonly adjDemerits: number;
    readonly doubleHyphenDemerits: number;
    readonly finalHyphenDemerits: number;
    /** A justified line's natural word space, as a multiple of the font's space. */
    readonly spaceWidth: number;
    /** How far a word space may open, as a fraction of its natural width. */
    readonly spaceStretch: number;
    /** How far a word space may close, as a fraction of its natural width. */
    readonly spaceShrink: number;
  };
  /** What only a book (book.yaml) reads. */
  readonly book: {
    /** One Sources list for the whole book at its end, or one after each chapter that cites. */
    readonly sources: 'end' | 'chapter';
    /** Note numbers restart in each chapter, or run on through the book. */
    readonly notes: 'chapter' | 'book';
    /** "p. N" after a link to another chapter's heading in the PDF. */
    readonly pageReferences: boolean;
    /** The theme's own words for the book's labels, over the language's. */
    readonly labels: Partial<BookLabels>;
  };
  /** Absent in a theme that cannot be printed with `--profile print`. */
  readonly print?: PrintSettings;
}

/**
 * The words a book adds of its own (templates/default/book-labels.json has
 * them by language); `{number}`, `{page}`, `{publisher}`, `{typeface}` are filled in.
 */
export interface BookLabels {
  /** "Chapter {number}" over a chapter's title. */
  readonly chapter: string;
  /** "Part {number}" (a capital roman numeral) over a part's title. */
  readonly part: string;
  readonly contents: string;
  /** The book's one list of sources, at its end. */
  readonly sources: string;
  /** The EPUB's notes file. */
  readonly notes: string;
  readonly copyright: string;
  /** The EPUB's dedication page. */
  readonly dedication: string;
  readonly publishedBy: string;
  readonly colophon: string;
  /** After a cross-reference in the PDF: "(p. {page})". */
  readonly pageReference: string;
  /** The labels of GitHub's alerts (`> [!NOTE]` …), set over their content. */
  readonly calloutNote: string;
  readonly calloutTip: string;
  readonly calloutImportant: string;
  readonly calloutWarning: string;
  readonly calloutCaution: string;
}

export const BOOK_LABEL_NAMES: readonly (keyof BookLabels)[] = [
  'chapter',
  'part',
  'contents',
  'sources',
  'notes',
  'copyright',
  'dedication',
  'publishedBy',
  'colophon',
  'pageReference',
  'calloutNote',
  'calloutTip',
  'calloutImportant',
  'calloutWarning',
  'calloutCaution',
];
