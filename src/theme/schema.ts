// The theme schema: which keys theme.yaml has and what each must hold.
// Over 300 lines: one reader call per key, in theme.yaml's order, so a key's
// type and range are found in one place beside its neighbours.
import { CALLOUT_KINDS, type CalloutKind } from '../document.ts';
import type { ThemeReader } from './reader.ts';
import type { Where } from './tree.ts';
import { BOOK_LABEL_NAMES, type Face, type FacedStyle, type FontFaces, type IdeographicIndentLanguage, type PrintSettings, type TextStyle, type Theme } from './types.ts';
import { averageCharacterWidth, deriveMargins } from './margins.ts';
import type { Margins, Side } from './margins.ts';
import { PAGE_PRESETS, parsePageSize } from './units.ts';
import { hyphenationWordProblem } from '../util/hyphenation-words.ts';
import type { PageSize } from './units.ts';

export interface SchemaContext {
  readonly dir: string;
  readonly name: string;
  /** Resolves a font file named at `at`; returns an absolute path or why not. */
  readonly resolveFile: (spec: string, at: Where) => { value: string } | { reason: string };
  /** How far down the `extends` chain a file is: 0 for the theme every other extends, higher for those extending it. */
  readonly depthOf: (file: string) => number;
}

const FACES: readonly Face[] = ['regular', 'italic', 'bold', 'boldItalic'];

export function buildTheme(r: ThemeReader, ctx: SchemaContext): Theme {
  const style = (path: string): TextStyle => ({
    size: r.length(`${path}.size`, true),
    leading: r.length(`${path}.leading`, true),
  });
  const faced = (path: string): FacedStyle => ({ ...style(path), face: r.oneOf(`${path}.face`, FACES) });
  const faces = (path: string): FontFaces => {
    const font = (face: Face): string =>
      r.custom(`${path}.${face}`, '', (value) => {
        const at = r.where(`${path}.${face}`);
        if (typeof value !== 'string' || value === '' || at === null) return { reason: 'expected a font file (.ttf or .otf)' };
        return ctx.resolveFile(value, at);
      });
    return { regular: font('regular'), italic: font('italic'), bold: font('bold'), boldItalic: font('boldItalic') };
  };

  const headingCount = r.count('headings', 'a list of heading styles (depth 1 first)');
  const headings = Array.from({ length: headingCount }, (_, i) => ({
    ...faced(`headings.${i}`),
    spaceBefore: r.length(`headings.${i}.spaceBefore`),
    spaceAfter: r.length(`headings.${i}.spaceAfter`),
  }));

  const bulletCount = r.count('lists.bullets', 'a list of bullet characters');
  const bullets = Array.from({ length: bulletCount }, (_, i) => r.string(`lists.bullets.${i}`));

  const page = pageSize(r, 'page.size');
  const body = style('body');
  const bodyFaces = faces('fonts.body');

  return {
    dir: ctx.dir,
    name: ctx.name,
    page: { ...page, twoSided: r.boolean('page.twoSided') },
    margins: margins(r, ctx, page, () => averageCharacterWidth(bodyFaces.regular, body.size)),
    fonts: { body: bodyFaces, mono: faces('fonts.mono'), ...fallbackFonts(r, ctx) },
    body: {
      ...body,
      paragraphIndent: r.length('body.paragraphIndent'),
      ideographicIndent: ideographicIndent(r),
      paragraphSpacing: r.length('body.paragraphSpacing'),
      minMeasure: r.length('body.minMeasure', true),
    },
    titleBlock: {
      spaceBefore: r.length('titleBlock.spaceBefore'),
      spaceAfter: r.length('titleBlock.spaceAfter'),
      gap: r.length('titleBlock.gap'),
      affiliations: r.boolean('titleBlock.affiliations'),
      isbn: r.boolean('titleBlock.isbn'),
    },
    title: faced('title'),
    subtitle: faced('subtitle'),
    byline: faced('byline'),
    headings,
    blockquote: {
      ...style('blockquote'),
      indent: r.length('blockquote.indent'),
      italic: r.boolean('blockquote.italic'),
      spaceBefore: r.length('blockquote.spaceBefore'),
      spaceAfter: r.length('blockquote.spaceAfter'),
    },
    callout: {
      barWidth: r.length('callout.barWidth', true),
      gap: r.length('callout.gap'),
      spaceBefore: r.length('callout.spaceBefore'),
      spaceAfter: r.length('callout.spaceAfter'),
      colors: Object.fromEntries(CALLOUT_KINDS.map((kind) => [kind, r.color(`callout.colors.${kind}`)])) as Record<CalloutKind, string>,
    },
    lists: {
      indent: r.length('lists.indent'),
      markerGap: r.number('lists.markerGap', 0, 3),
      bullets,
      itemSpacing: r.length('lists.itemSpacing'),
      spaceBefore: r.length('lists.spaceBefore'),
      spaceAfter: r.length('lists.spaceAfter'),
    },
    code: {
      ...style('code'),
      indent: r.length('code.indent'),
      continuationMark: r.string('code.continuationMark'),
      continuationFallback: r.string('code.continuationFallback'),
      inlineScale: r.number('code.inlineScale', 0.5, 1.5),
      tabSize: r.integer('code.tabSize', 1, 16),
      spaceBefore: r.length('code.spaceBefore'),
      spaceAfter: r.length('code.spaceAfter'),
    },
    table: {
      ...style('table'),
      cellPadding: r.length('table.cellPadding'),
      rowPadding: r.length('table.rowPadding'),
      ruleThickness: r.length('table.ruleThickness'),
      spaceBefore: r.length('table.spaceBefore'),
      spaceAfter: r.length('table.spaceAfter'),
    },
    figure: {
      caption: faced('figure.caption'),
      captionGap: r.length('figure.captionGap'),
      spaceBefore: r.length('figure.spaceBefore'),
      spaceAfter: r.length('figure.spaceAfter'),
      maxHeight: r.number('figure.maxHeight', 0.1, 1),
    },
    thematicBreak: {
      ornament: r.string('thematicBreak.ornament', true),
      ruleWidth: r.length('thematicBreak.ruleWidth'),
      ruleThickness: r.length('thematicBreak.ruleThickness'),
      spaceAround: r.length('thematicBreak.spaceAround'),
    },
    noteRef: { scale: r.number('noteRef.scale', 0.3, 1), rise: r.number('noteRef.rise', 0, 1) },
    math: {
      scale: r.number('math.scale', 0.5, 2),
      spaceBefore: r.length('math.spaceBefore'),
      spaceAfter: r.length('math.spaceAfter'),
    },
    notes: {
      ...style('notes'),
      separatorSpace: r.length('notes.separatorSpace'),
      separatorWidth: r.length('notes.separatorWidth'),
      separatorThickness: r.length('notes.separatorThickness'),
      ruleGap: r.length('notes.ruleGap'),
      spacing: r.length('notes.spacing'),
      numberWidth: r.length('notes.numberWidth'),
    },
    pagination: {
      orphans: r.integer('pagination.orphans', 1, 5),
      widows: r.integer('pagination.widows', 1, 5),
      keepWithNext: r.integer('pagination.keepWithNext', 1, 5),
      noteMinLines: r.integer('pagination.noteMinLines', 1, 5),
      gapStretch: r.length('pagination.gapStretch'),
    },
    running: {
      head: r.oneOf('running.head', ['title', 'section', 'none'] as const),
      folio: r.oneOf('running.folio', ['foot-center', 'foot-outer', 'head-outer', 'none'] as const),
      size: r.length('running.size', true),
      face: r.oneOf('running.face', FACES),
      headOffset: r.length('running.headOffset'),
      folioOffset: r.length('running.folioOffset'),
    },
    colors: { text: r.color('colors.text'), link: r.color('colors.link'), rule: r.color('colors.rule') },
    hyphenation: {
      enabled: r.boolean('hyphenation.enabled'),
      leftMin: hyphenMin(r, 'hyphenation.leftMin'),
      rightMin: hyphenMin(r, 'hyphenation.rightMin'),
      maxConsecutive: r.integer('hyphenation.maxConsecutive', 0, 100),
      words: hyphenationWords(r),
    },
    microtype: {
      expansion: r.number('microtype.expansion', 0, 0.05),
      expansionStep: r.number('microtype.expansionStep', 0.001, 0.05),
      protrusion: r.boolean('microtype.protrusion'),
      tracking: r.number('microtype.tracking', 0, 0.02),
    },
    lineBreaking: {
      pretolerance: r.integer('lineBreaking.pretolerance', -1, 10000),
      tolerance: r.integer('lineBreaking.tolerance', 0, 10000),
      looseness: r.integer('lineBreaking.looseness', -10, 10),
      linePenalty: r.integer('lineBreaking.linePenalty', 0, 10000),
      hyphenPenalty: r.integer('lineBreaking.hyphenPenalty', -10000, 10000),
      exHyphenPenalty: r.integer('lineBreaking.exHyphenPenalty', -10000, 10000),
      adjDemerits: r.integer('lineBreaking.adjDemerits', 0, 1000000000),
      doubleHyphenDemerits: r.integer('lineBreaking.doubleHyphenDemerits', 0, 1000000000),
      finalHyphenDemerits: r.integer('lineBreaking.finalHyphenDemerits', 0, 1000000000),
      spaceWidth: r.number('lineBreaking.spaceWidth', 0.5, 2),
      spaceStretch: r.number('lineBreaking.spaceStretch', 0, 2),
      spaceShrink: r.number('lineBreaking.spaceShrink', 0, 0.6),
    },
    book: {
      sources: r.oneOf('book.sources', ['end', 'chapter'] as const),
      notes: r.oneOf('book.notes', ['chapter', 'book'] as const),
      pageReferences: r.boolean('book.pageReferences'),
      labels: Object.fromEntries(BOOK_LABEL_NAMES.flatMap((name) => (r.has(`book.labels.${name}`) ? [[name, r.string(`book.labels.${name}`)]] : []))),
    },
    ...(r.has('print') ? { print: printSettings(r, page) } : {}),
  };
}

/** A fewest-letters setting: a whole number, or "auto" for the language's own. */
function hyphenMin(r: ThemeReader, path: string): number | 'auto' {
  return r.custom<number | 'auto'>(path, 'auto', (v) =>
    v === 'auto' || (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 10)
      ? { value: v }
      : { reason: `expected "auto" or a whole number from 1 to 10, got ${JSON.stringify(v ?? null)}` },
  );
}

const SIDES: readonly Side[] = ['top', 'bottom', 'inner', 'outer'];

/**
 * The margins a theme sets for its page size, and for the sides it leaves
 * open, margins derived from the body's measure. A side counts as set when it
 * is written in the file that names the page size or in one extending it: a
 * theme that only changes `page.size` gets margins for that size, not the
 * ones its parent chose for another.
 */
function margins(r: ThemeReader, ctx: SchemaContext, page: PageSize, characterWidth: () => number): Margins {
  const pageAt = r.where('page.size');
  const pageDepth = pageAt === null ? -1 : ctx.depthOf(pageAt.file);
  const given: Partial<Margins> = {};
  for (const side of SIDES) {
    const at = r.where(`margins.${side}`);
    if (at !== null && ctx.depthOf(at.file) >= pageDepth) given[side] = r.length(`margins.${side}`);
  }
  const open = { top: 0, bottom: 0, inner: 0, outer: 0, ...given };
  let result: Margins = open;
  if (SIDES.every((side) => given[side] !== undefined) || page.width <= 0 || r.diagnostics.length > 0) result = open;
  else {
    try {
      result = deriveMargins(page, characterWidth(), given);
    } catch (error) {
      r.reject('fonts.body.regular', `cannot read the font to derive margins for the page size (${(error as Error).message}); set margins in the theme`);
    }
  }
  const textBlock = { width: page.width - result.inner - result.outer, height: page.height - result.top - result.bottom };
  if (page.width > 0 && (textBlock.width < MIN_TEXT_BLOCK || textBlock.height < MIN_TEXT_BLOCK)) {
    r.reject('page.size', `leaves a text block of ${inches(textBlock.width)} × ${inches(textBlock.height)} inside the margins; it needs at least 1 in each way`);
  }
  return result;
}

/** A text block smaller than this cannot hold a heading and its first lines. */
const MIN_TEXT_BLOCK = 72;

const inches = (points: number): string => `${(points / 72).toFixed(2)} in`;

/** `hyphenation.words`: optional, each entry checked as the front matter's are. */
const IDEOGRAPHIC_INDENT_LANGUAGES: readonly IdeographicIndentLanguage[] = ['zh', 'ja'];

function ideographicIndent(r: ThemeReader): Partial<Record<IdeographicIndentLanguage, number>> {
  return Object.fromEntries(
    IDEOGRAPHIC_INDENT_LANGUAGES.flatMap((lang) => (r.has(`body.ideographicIndent.${lang}`) ? [[lang, r.length(`body.ideographicIndent.${lang}`)]] : [])),
  );
}

function hyphenationWords(r: ThemeReader): string[] {
  const path = 'hyphenation.words';
  const count = r.has(path) ? r.count(path, 'a list of words with their breaks marked by "-" (such as "block-chain")') : 0;
  const words: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const word = r.string(`${path}.${i}`);
    const problem = hyphenationWordProblem(word);
    if (problem === null) words.push(word);
    else r.reject(`${path}.${i}`, problem);
  }
  return words;
}

/** One per FallbackFontKey of the PDF layout. */
const MAX_FALLBACK_FONTS = 48;

/**
 * `fonts.fallback`: font files tried in order for characters the theme's faces
 * lack; an entry is a file, or `{ regular: file, bold: file, lang: tag }` for
 * a script whose bold text must stay bold, or a face drawn for one language.
 */
function fallbackFonts(r: ThemeReader, ctx: SchemaContext): { fallback: string[]; fallbackBold: (string | null)[]; fallbackLanguage: (string | null)[] } {
  const count = r.has('fonts.fallback') ? r.count('fonts.fallback', 'a list of font files (.ttf or .otf)') : 0;
  if (count > MAX_FALLBACK_FONTS) r.reject('fonts.fallback', `at most ${MAX_FALLBACK_FONTS} fallback fonts`);
  const file = (path: string): string =>
    r.custom(path, '', (value) => {
      const at = r.where(path);
      if (typeof value !== 'string' || value === '' || at === null) return { reason: 'expected a font file (.ttf or .otf), or { regular: file, bold: file, lang: tag }' };
      return ctx.resolveFile(value, at);
    });
  const language = (path: string): string =>
    r.custom(path, '', (value) => (typeof value === 'string' && /^[a-z]{2,3}$/iu.test(value) ? { value: value.toLowerCase() } : { reason: 'expected a language code such as "ja" or "ko"' }));
  const entries = Array.from({ length: Math.min(count, MAX_FALLBACK_FONTS) }, (_, i) => {
    const path = `fonts.fallback.${i}`;
    if (!r.isMap(path)) return { regular: file(path), bold: null, lang: null };
    return {
      regular: file(`${path}.regular`),
      bold: r.has(`${path}.bold`) ? file(`${path}.bold`) : null,
      lang: r.has(`${path}.lang`) ? language(`${path}.lang`) : null,
    };
  });
  return { fallback: entries.map((entry) => entry.regular), fallbackBold: entries.map((entry) => entry.bold), fallbackLanguage: entries.map((entry) => entry.lang) };
}

/** `print`: bleed, crop marks, inside margins by page count; the trim is the page size. */
function printSettings(r: ThemeReader, page: PageSize): PrintSettings {
  if (r.has('print.trim')) r.reject('print.trim', 'no longer read: the print edition is trimmed to page.size; set the size there');
  const steps = r.count('print.insideMargins', 'a list of { pages, margin }, fewest pages first');
  const insideMargins = Array.from({ length: steps }, (_, i) => ({
    pages: r.integer(`print.insideMargins.${i}.pages`, 1, 100_000),
    margin: r.length(`print.insideMargins.${i}.margin`),
  }));
  insideMargins.forEach((step, i) => {
    const previous = insideMargins[i - 1];
    if (previous !== undefined && step.pages <= previous.pages) {
      r.reject(`print.insideMargins.${i}.pages`, `must be more than the step before (${previous.pages})`);
    }
  });
  const bleed = r.length('print.bleed');
  const offset = r.length('print.cropMarks.offset');
  if (offset < bleed) r.reject('print.cropMarks.offset', 'must be at least print.bleed, or the marks would print on the bleed');
  return {
    trim: { ...page },
    bleed,
    cropMarks: {
      enabled: r.boolean('print.cropMarks.enabled'),
      length: r.length('print.cropMarks.length', true),
      offset,
      thickness: r.length('print.cropMarks.thickness', true),
    },
    insideMargins,
    minImagePpi: r.integer('print.minImagePpi', 1, 10_000),
  };
}

/** `page.size`: a preset name, `WxH` with a unit, or `{ width, height }`. */
function pageSize(r: ThemeReader, path: string): PageSize {
  if (r.isMap(path)) return { width: r.length(`${path}.width`, true), height: r.length(`${path}.height`, true) };
  const names = Object.keys(PAGE_PRESETS);
  return r.custom(path, { width: 0, height: 0 }, (value) => {
    const size = typeof value === 'string' ? parsePageSize(value) : null;
    return size
      ? { value: { ...size } }
      : { reason: `expected one of ${names.map((n) => `"${n}"`).join(', ')}, a size such as "170x240mm", or { width, height }; got ${JSON.stringify(value)}` };
  });
}
