// A generated cover: the print edition's title page — title, dek, authors,
// publisher, in the theme's fonts, sizes and margins — drawn at cover
// resolution. Loading @napi-rs/canvas (a large native module), drawing and
// encoding the PNG take a few hundred milliseconds, so the PNG is kept in the
// build cache, keyed by everything it is drawn from, and the module is loaded
// only when a cover has to be drawn.
import { readFileSync } from 'node:fs';
import { cacheKey, readCached, writeCached } from '../cache.ts';
import type { Metadata } from '../document.ts';
import type { FacedStyle, Theme } from '../theme/types.ts';

/** Width of the cover in pixels, as the main stores recommend; the height follows the print page. */
export const COVER_WIDTH_PX = 1600;
/** The print page is white; so is the cover. */
const PAPER = '#ffffff';

const CACHE_KIND = 'epub-cover';
/** Bump when the drawing changes: a cached cover stands for this drawing code only. */
const FORMAT = 'galley-cover-1';

/** Canvas font family registered for each font file, once per process. */
const families = new Map<string, string>();

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
 * library's version is in every key, through Galley's build: see cache.ts).
 * Not the system's fonts, which canvas could fall back to for a character the
 * theme's face lacks.
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
  const { createCanvas, GlobalFonts } = await import('@napi-rs/canvas');
  const scale = COVER_WIDTH_PX / theme.page.width;
  const width = COVER_WIDTH_PX;
  const height = Math.round(theme.page.height * scale);
  const left = theme.margins.inner * scale;
  const measure = width - left - theme.margins.outer * scale;

  const family = (style: FacedStyle): string => {
    const file = theme.fonts.body[style.face];
    let name = families.get(file);
    if (name === undefined) {
      name = `Galley Cover ${families.size + 1}`;
      if (GlobalFonts.registerFromPath(file, name) === null) throw new Error(`the cover cannot use the font ${file}`);
      families.set(file, name);
    }
    return name;
  };

  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = PAPER;
  context.fillRect(0, 0, width, height);
  context.fillStyle = theme.colors.text;
  context.textAlign = 'center';
  context.textBaseline = 'alphabetic';
  const centre = left + measure / 2;
  const setFont = (style: FacedStyle): void => {
    context.font = `${style.size * scale}px "${family(style)}"`;
  };
  const wrap = (text: string, style: FacedStyle): Line[] => {
    setFont(style);
    const lines: Line[] = [];
    let current = '';
    for (const word of text.split(/\s+/u).filter((w) => w !== '')) {
      const candidate = current === '' ? word : `${current} ${word}`;
      if (current !== '' && context.measureText(candidate).width > measure) {
        lines.push({ text: current, style });
        current = word;
      } else {
        current = candidate;
      }
    }
    if (current !== '') lines.push({ text: current, style });
    return lines;
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
      setFont(line.style);
      context.fillText(line.text, centre, baseline);
    }
  });

  // The publisher sits on the last line of the text block, as an imprint.
  if (metadata.publisher !== undefined) {
    setFont(theme.byline);
    context.fillText(metadata.publisher, centre, height - theme.margins.bottom * scale);
  }

  return canvas.encode('png');
}

/** "Title. Dek. Author" — without doubling a full stop a part already ends with. */
function sentences(parts: readonly (string | undefined)[]): string {
  return parts
    .filter((part): part is string => part !== undefined && part.trim() !== '')
    .map((part) => part.trim())
    .map((part, index, all) => (index < all.length - 1 && !/[.!?…]$/u.test(part) ? `${part}.` : part))
    .join(' ');
}
