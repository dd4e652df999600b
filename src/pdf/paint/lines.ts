// One placed line → pdfkit: each fragment as marked content of its structure
// element (a note mark as a Reference, a link as a Link with its annotation,
// a formula as a Formula), or the whole line as an artifact.
import type { Theme } from '../../theme/types.ts';
import type { Fragment, MathBox } from '../layout/types.ts';
import type { PlacedLine } from '../page-model.ts';
import type { PaintContext } from './context.ts';
import type { ArtifactType, StructElement } from './pdfkit.ts';
import { SHAPED_OUT_OF_ORDER } from './reordered-text.ts';
import type { Target } from './tags.ts';

const SOFT_HYPHEN = /\u00ad/gu;

/** Where the fragment's glyphs start and end on the line (past leading spaces, before the space that ends it). */
function inkExtent(fragment: Fragment, text: string, line: PlacedLine, ctx: PaintContext): { readonly start: number; readonly end: number } {
  const lead = text.length - text.trimStart().length;
  const space = ctx.fonts.measure(' ', fragment.font, fragment.size) * (fragment.hscale ?? 1) + fragment.wordSpacing + (fragment.tracking ?? 0);
  const x = line.x + fragment.x;
  return { start: x + lead * space, end: x + fragment.width - (fragment.spaceAfter ?? 0) };
}

/** Draws the fragment's visible text, spaces included (the text layer keeps them), and its strike line. */
function drawGlyphs(fragment: Fragment, text: string, line: PlacedLine, ctx: PaintContext, spaces = false): void {
  const { pdf, fonts, theme } = ctx;
  if (text.trim() === '' && !spaces) return;
  const baseline = line.baseline - (fragment.rise ?? 0);
  const color = fragment.link !== undefined ? theme.colors.link : (fragment.color ?? theme.colors.text);
  const draw = SHAPED_OUT_OF_ORDER.test(text) ? pdf.reorderedText.bind(pdf) : pdf.text.bind(pdf);
  draw(text, line.x + fragment.x, baseline, fragment.font, fragment.size, color, fragment);
  if (fragment.strike) {
    const font = fonts.fonts[fragment.font];
    const middle = ((font.xHeight / font.unitsPerEm) * fragment.size) / 2;
    const thickness = (font.underlineThickness / font.unitsPerEm) * fragment.size;
    const { start, end } = inkExtent(fragment, text, line, ctx);
    pdf.line(start, baseline - middle, end, baseline - middle, thickness, color);
  }
}

/**
 * A formula: its outlines at the fragment's size, baseline on the line's, and
 * under them its TeX as invisible text stretched to its width, all in a Span
 * whose ActualText is the TeX, so search, copy and extraction give the source.
 */
function drawFormula(fragment: Fragment, math: MathBox, line: PlacedLine, ctx: PaintContext): void {
  const { pdf, fonts, theme } = ctx;
  const size = fragment.size * (math.fit ?? 1);
  const x = line.x + fragment.x;
  const baseline = line.baseline - (fragment.rise ?? 0);
  pdf.actualText(math.tex, () => {
    pdf.shapes(math.formula.shapes, [size, 0, 0, size, x, baseline], fragment.link !== undefined ? theme.colors.link : theme.colors.text);
    // The TeX in the body face, its fallbacks drawing what the face lacks (never .notdef, which PDF/A forbids).
    const pieces = fonts.split(math.tex.replace(/\s+/g, ' '), 'body');
    const natural = pieces.reduce((sum, piece) => sum + fonts.measure(piece.text, piece.font, size), 0);
    if (natural <= 0) return;
    const hscale = (fragment.width - (fragment.spaceAfter ?? 0)) / natural;
    let at = x;
    for (const piece of pieces) {
      pdf.invisibleText(piece.text, at, baseline, piece.font, size, hscale);
      at += fonts.measure(piece.text, piece.font, size) * hscale;
    }
  });
}

/** What a link annotation says it does, for assistive technology. */
function linkContents(fragment: Fragment, link: string): string {
  if (fragment.noteRef !== undefined) return `Note ${fragment.noteRef}`;
  return link.startsWith('#') ? fragment.text.trim() : link;
}

function annotate(fragment: Fragment, text: string, line: PlacedLine, link: string, element: StructElement, ctx: PaintContext): void {
  const { fonts, pdf } = ctx;
  const ascent = fonts.ascent(fragment.font, fragment.size);
  const height = ascent + fonts.descent(fragment.font, fragment.size);
  const { start, end } = inkExtent(fragment, text, line, ctx);
  const top = line.baseline - (fragment.rise ?? 0) - ascent;
  const contents = linkContents(fragment, link);
  if (link.startsWith('#')) pdf.goTo(start, top, end - start, height, link.slice(1), element, contents);
  else pdf.link(start, top, end - start, height, link, element, contents);
}

function closeLink(target: Target, ctx: PaintContext): void {
  const open = ctx.openLinks.get(target.element);
  if (open === undefined) return;
  ctx.pdf.endStructure(open.element);
  ctx.openLinks.delete(target.element);
}

/** One fragment as content of its element: a note mark is a Reference, a link a Link with its annotation. */
function drawTagged(fragment: Fragment, text: string, line: PlacedLine, target: Target, ctx: PaintContext): void {
  const { pdf, tagger } = ctx;
  if (fragment.math !== undefined) {
    const { math } = fragment;
    closeLink(target, ctx);
    const element = tagger.inline(target.element, 'Formula', { alt: math.tex, actual: math.tex });
    pdf.marked(element, 'Formula', () => drawFormula(fragment, math, line, ctx));
    pdf.endStructure(element);
    // The space after it, outside the formula: the text layer keeps it between the TeX and the next word.
    const space = text.length - text.trimEnd().length;
    if (space > 0) {
      const x = fragment.x + fragment.width - (fragment.spaceAfter ?? 0);
      pdf.marked(target.element, target.type, () => drawGlyphs({ ...fragment, x, width: fragment.spaceAfter ?? 0 }, text.slice(-space), line, ctx, true));
    }
    return;
  }
  // Spaces alone are not content.
  if (text.trim() === '') return;
  const link = ctx.options.interactive ? fragment.link : undefined;
  const draw = (): void => drawGlyphs(fragment, text, line, ctx);
  const drawLinked = (element: StructElement, url: string): void => {
    pdf.marked(element, 'Link', draw);
    annotate(fragment, text, line, url, element, ctx);
  };
  if (link === undefined || fragment.noteRef !== undefined) closeLink(target, ctx);
  if (fragment.noteRef !== undefined) {
    const reference = tagger.inline(target.element, 'Reference');
    if (link !== undefined) {
      const element = tagger.inline(reference, 'Link');
      drawLinked(element, link);
      pdf.endStructure(element);
    } else {
      pdf.marked(reference, 'Reference', draw);
    }
    pdf.endStructure(reference);
    return;
  }
  if (link === undefined) {
    pdf.marked(target.element, target.type, draw);
    return;
  }
  let open = ctx.openLinks.get(target.element);
  if (open?.url !== link) {
    closeLink(target, ctx);
    open = { url: link, element: tagger.inline(target.element, 'Link') };
    ctx.openLinks.set(target.element, open);
  }
  drawLinked(open.element, link);
}

/** The mark opening a wrapped code line: layout, not part of the code. */
function isContinuationMark(fragment: Fragment, line: PlacedLine, theme: Theme): boolean {
  const { continuationMark, continuationFallback } = theme.code;
  return line.role === 'Code' && line.fragments.length > 1 && fragment === line.fragments[0] &&
    [continuationMark, continuationFallback].includes(fragment.text.trim());
}

export function drawLine(line: PlacedLine, target: Target | null, artifact: ArtifactType, ctx: PaintContext): void {
  for (const fragment of line.fragments) {
    // Soft hyphens are never drawn (fontkit would confuse them with "-").
    const text = fragment.text.replace(SOFT_HYPHEN, '');
    const { math } = fragment;
    if (math !== undefined && target === null) {
      ctx.pdf.artifact(artifact, () => drawFormula(fragment, math, line, ctx));
    } else if (target === null || isContinuationMark(fragment, line, ctx.theme)) {
      ctx.pdf.artifact(target === null ? artifact : 'Layout', () => drawGlyphs(fragment, text, line, ctx));
    } else {
      drawTagged(fragment, text, line, target, ctx);
    }
  }
}
