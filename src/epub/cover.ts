// A generated cover: the print edition's title page — title, dek, authors,
// publisher, in the theme's fonts, sizes and margins — drawn at cover
// resolution. The text is set with fontkit and its glyph outlines drawn by
// sharp (libvips, already loaded for a book's figures) as an SVG, rather than
// by a canvas library: a second native graphics library cost 60 MB of a
// build's peak memory and seconds to load. The PNG is kept in the build cache,
// keyed by everything it is drawn from.
import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';
import { cacheKey, readCached, writeCached } from '../cache.ts';
import type { Metadata } from '../document.ts';
import type { FacedStyle, Theme } from '../theme/types.ts';

/** Width of the cover in pixels, as the main stores recommend; the height follows the print page. */
export const COVER_WIDTH_PX = 1600;
/** The print page is white; so is the cover. */
const PAPER = '#ffffff';

const CACHE_KIND = 'epub-cover';
/** Bump when the drawing changes: a cached cover stands for this drawing code only. */
const FORMAT = 'galley-cover-2';

interface Line {
  readonly text: string;
  readonly style: FacedStyle;
}

export interface CoverImage {
  readonly bytes: Buffer;
  readonly mediaType: 'image/png';
  /** What the cover shows, for its alt text. */
  readonly text: string;
}

export async function drawCover(metadata: Metadata, theme: Theme): Promise<CoverImage> {
  const text = sentences([metadata.title, metadata.subtitle, metadata.authors.join(', '), metadata.publisher]);
  const key = coverKey(metadata, theme);
  const cached = readCached(CACHE_KIND, key);
  if (cached !== null) return { bytes: cached, mediaType: 'image/png', text };
  const bytes = await paint(metadata, theme);
  writeCached(CACHE_KIND, key, bytes);
  return { bytes, mediaType: 'image/png', text };
}

/**
 * What the cover's pixels depend on: the text drawn, the theme's page, margins,
 * colour and the three styles used, and the bytes of their fonts (the canvas
 * drawing libraries' versions are in every key, through Galley's build: see
 * cache.ts). Never the system's fonts.
 */
function coverKey(metadata: Metadata, theme: Theme): string {
  const styles = [theme.title, theme.subtitle, theme.byline];
  const fonts = [...new Set(styles.map((style) => theme.fonts.body[style.face]))];
  const drawn = {
    width: COVER_WIDTH_PX,
    paper: PAPER,
    title: metadata.title,
    subtitle: metadata.subtitle,
    authors: metadata.authors,
    publisher: metadata.publisher,
    page: theme.page,
    margins: theme.margins,
    color: theme.colors.text,
    styles,
  };
  return cacheKey(FORMAT, JSON.stringify(drawn), ...fonts.map((file) => readFileSync(file)));
}

async function paint(metadata: Metadata, theme: Theme): Promise<Buffer> {
  const scale = COVER_WIDTH_PX / theme.page.width;
  const width = COVER_WIDTH_PX;
  const height = Math.round(theme.page.height * scale);
  const left = theme.margins.inner * scale;
  const measure = width - left - theme.margins.outer * scale;
  const centre = left + measure / 2;

  // Parsed here, not shared with the PDF's fonts: laying text out marks fontkit's glyphs with the characters seen.
  const faces = new Map<string, Font>();
  const face = (style: FacedStyle): Font => {
    const file = theme.fonts.body[style.face];
    let font = faces.get(file);
    if (font === undefined) faces.set(file, (font = create(readFileSync(file))));
    return font;
  };
  const widthOf = (text: string, style: FacedStyle): number => {
    const font = face(style);
    return (font.layout(text).advanceWidth / font.unitsPerEm) * style.size * scale;
  };
  const wrap = (text: string, style: FacedStyle): Line[] => {
    const lines: Line[] = [];
    let current = '';
    for (const word of text.split(/\s+/u).filter((w) => w !== '')) {
      const candidate = current === '' ? word : `${current} ${word}`;
      if (current !== '' && widthOf(candidate, style) > measure) {
        lines.push({ text: current, style });
        current = word;
      } else {
        current = candidate;
      }
    }
    if (current !== '') lines.push({ text: current, style });
    return lines;
  };
  const paths: string[] = [];
  /** One line centred on `centre`, its glyph outlines as SVG paths. */
  const draw = (text: string, style: FacedStyle, baseline: number): void => {
    const font = face(style);
    const run = font.layout(text);
    const unit = (style.size * scale) / font.unitsPerEm;
    let x = centre - (run.advanceWidth * unit) / 2;
    run.glyphs.forEach((glyph, i) => {
      const p = run.positions[i];
      const d = glyph.path.toSVG();
      if (d !== '') paths.push(`<path transform="translate(${round(x + (p?.xOffset ?? 0) * unit)} ${round(baseline - (p?.yOffset ?? 0) * unit)}) scale(${round(unit)} ${round(-unit)})" d="${d}"/>`);
      x += (p?.xAdvance ?? glyph.advanceWidth) * unit;
    });
  };

  // Top group: title, dek, authors, one empty line of the next style between groups.
  const groups: Line[][] = [wrap(metadata.title, theme.title)];
  if (metadata.subtitle !== undefined) groups.push(wrap(metadata.subtitle, theme.subtitle));
  if (metadata.authors.length > 0) groups.push(wrap(metadata.authors.join(', '), theme.byline));
  let baseline = theme.margins.top * scale;
  groups.forEach((lines, index) => {
    for (const [n, line] of lines.entries()) {
      const gap = index > 0 && n === 0 ? line.style.leading : 0;
      baseline += (gap + line.style.leading) * scale;
      draw(line.text, line.style, baseline);
    }
  });

  // The publisher sits on the last line of the text block, as an imprint.
  if (metadata.publisher !== undefined) draw(metadata.publisher, theme.byline, height - theme.margins.bottom * scale);

  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="${PAPER}"/><g fill="${theme.colors.text}">${paths.join('')}</g></svg>`;
  const sharp = (await import('sharp')).default;
  return sharp(Buffer.from(svg), { density: 72 }).png().toBuffer();
}

/** Coordinates to a hundredth of a pixel: finer than drawing can show, and the same text on every machine. */
function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** "Title. Dek. Author" — without doubling a full stop a part already ends with. */
function sentences(parts: readonly (string | undefined)[]): string {
  return parts
    .filter((part): part is string => part !== undefined && part.trim() !== '')
    .map((part) => part.trim())
    .map((part, index, all) => (index < all.length - 1 && !/[.!?…]$/u.test(part) ? `${part}.` : part))
    .join(' ');
}
