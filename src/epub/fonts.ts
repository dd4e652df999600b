// The theme's fonts, embedded in the EPUB, and the @font-face rules that name
// them. The stylesheet (templates/default/epub.css) refers to the families
// BODY_FAMILY, MONO_FAMILY and the fallback families; which files stand behind
// them is decided here, so a theme can change fonts without editing the CSS.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatDate } from '../date-format.ts';
import type { Document, Inline } from '../document.ts';
import { visit } from '../document/visit.ts';
import { openFont } from '../fonts.ts';
import { blockText, inlineText } from '../text.ts';
import type { FontFaces, Theme } from '../theme/types.ts';
import { writeFileAtomic } from '../util/atomic-write.mjs';
import { calloutStyles } from './blocks/callout.ts';
import { templatePath } from './templates.ts';

export const BODY_FAMILY = 'Galley Body';
export const MONO_FAMILY = 'Galley Mono';
/** Family of the n-th (1-based) fallback face; epub.css lists them after the body and mono families. */
export const fallbackFamily = (n: number): string => `Galley Fallback ${n}`;
export const FONTS_FOLDER = 'fonts';

const STYLESHEET_TEMPLATE = 'epub.css';

export interface EmbeddedFont {
  readonly id: string;
  /** File name inside the fonts folder. */
  readonly filename: string;
  /** Path inside OEBPS, as the stylesheet references it. */
  readonly href: string;
  readonly mediaType: string;
  /** Absolute path of the source file. */
  readonly path: string;
  readonly family: string;
  readonly style: 'normal' | 'italic';
  readonly weight: 'normal' | 'bold';
}

const FACES: readonly { key: keyof FontFaces; style: EmbeddedFont['style']; weight: EmbeddedFont['weight'] }[] = [
  { key: 'regular', style: 'normal', weight: 'normal' },
  { key: 'italic', style: 'italic', weight: 'normal' },
  { key: 'bold', style: 'normal', weight: 'bold' },
  { key: 'boldItalic', style: 'italic', weight: 'bold' },
];

/** The body faces always; the mono faces only when the book shows code. */
export function embeddedFonts(theme: Theme, withMono: boolean): EmbeddedFont[] {
  const sets = [{ name: 'body', family: BODY_FAMILY, faces: theme.fonts.body }];
  if (withMono) sets.push({ name: 'mono', family: MONO_FAMILY, faces: theme.fonts.mono });
  return sets.flatMap(({ name, family, faces }) =>
    FACES.map(({ key, style, weight }) => {
      const source = faces[key];
      const extension = path.extname(source).toLowerCase();
      const filename = `${name}-${kebab(key)}${extension}`;
      return {
        id: `font-${name}-${kebab(key)}`,
        filename,
        href: `${FONTS_FOLDER}/${filename}`,
        mediaType: extension === '.otf' ? 'font/otf' : 'font/ttf',
        path: source,
        family,
        style,
        weight,
      };
    }),
  );
}

/** The book's stylesheet: @font-face rules for the embedded fonts, then the theme's epub.css. */
export function stylesheet(theme: Theme, fonts: readonly EmbeddedFont[]): string {
  const faces = fonts.map(
    (font) =>
      `@font-face {\n  font-family: "${font.family}";\n  font-style: ${font.style};\n  font-weight: ${font.weight};\n  src: url("${font.href}");\n}\n`,
  );
  return `${faces.join('\n')}\n${readFileSync(templatePath(theme, STYLESHEET_TEMPLATE), 'utf8')}\n${calloutStyles(theme)}`;
}

function kebab(key: string): string {
  return key.replace(/[A-Z]/gu, (c) => `-${c.toLowerCase()}`);
}

/** Drawn as nothing, so no face needs a glyph for them. */
const NEEDS_NO_GLYPH = /[\s\p{Default_Ignorable_Code_Point}]/u;

/**
 * The theme's fallback faces that the book needs, each cut down to the
 * characters it draws (a whole CJK face is 15 MB). A reading system uses them
 * for characters the body face lacks, through the families in epub.css. A
 * face's bold comes too, cut down to the characters set in bold (strong text,
 * headings, terms, header cells and `boldAdded`): without it reading systems
 * smear the regular glyphs thicker, or show bold 太字 as regular.
 */
export async function fallbackFonts(theme: Theme, doc: Document, added: readonly string[] = [], boldAdded: readonly string[] = []): Promise<EmbeddedFont[]> {
  const body = openFont(theme.fonts.body.regular);
  let missing = [...new Set(bookText(doc) + added.join('\n'))].filter((ch) => !NEEDS_NO_GLYPH.test(ch) && !body.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0));
  const bold = new Set(boldText(doc) + boldAdded.join('\n'));
  const embedded: EmbeddedFont[] = [];
  for (const [index, source] of theme.fonts.fallback.entries()) {
    if (missing.length === 0) break;
    const font = openFont(source);
    const drawn = missing.filter((ch) => font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0));
    if (drawn.length === 0) continue;
    missing = missing.filter((ch) => !drawn.includes(ch));
    const n = index + 1;
    embedded.push(await fallbackFace(source, drawn, n, 'normal'));
    const boldSource = theme.fonts.fallbackBold[index] ?? null;
    const drawnBold = drawn.filter((ch) => bold.has(ch));
    if (boldSource !== null && drawnBold.length > 0) embedded.push(await fallbackFace(boldSource, drawnBold, n, 'bold'));
  }
  return embedded;
}

async function fallbackFace(source: string, characters: readonly string[], n: number, weight: EmbeddedFont['weight']): Promise<EmbeddedFont> {
  const name = weight === 'bold' ? `fallback-${n}-bold` : `fallback-${n}`;
  return {
    id: `font-${name}`,
    filename: `${name}.ttf`,
    href: `${FONTS_FOLDER}/${name}.ttf`,
    mediaType: 'font/ttf',
    path: await subsetFile(source, [...characters].sort().join('')),
    family: fallbackFamily(n),
    style: 'normal',
    weight,
  };
}

/** The characters epub.css sets in bold: strong text, headings (but the italic fourth level), definition terms, header cells. */
function boldText(doc: Document): string {
  const parts: string[] = [];
  const strong = (inline: Inline): void => {
    if (inline.type === 'strong') parts.push(inlineText(inline.children));
  };
  visit([...doc.blocks, ...doc.notes.flatMap((note) => note.children)], {
    block: (block) => {
      if (block.type === 'heading' && block.depth !== 4) parts.push(inlineText(block.children));
      if (block.type === 'definitionList') parts.push(...block.items.map((item) => inlineText(item.term)));
      if (block.type === 'table') parts.push(...block.rows.slice(0, block.headerRows).flatMap((row) => row.cells.map((cell) => inlineText(cell.children))));
    },
    inline: strong,
  });
  return parts.join('\n');
}

/** Every character the book shows (code included; the reading system falls back there too). */
function bookText(doc: Document): string {
  const { metadata } = doc;
  const blocks = [...doc.blocks, ...doc.notes.flatMap((note) => note.children)];
  const affiliations = (metadata.authorDetails ?? []).flatMap((author) => author.affiliations);
  const date = metadata.date === undefined ? (metadata.dateText ?? '') : formatDate(metadata.date, metadata.lang);
  return [metadata.title, metadata.subtitle ?? '', ...metadata.authors, ...affiliations, metadata.publisher ?? '', date, ...blocks.map(blockText)].join('\n');
}

/**
 * The subset as a file: the packager reads fonts from disk. Named by its
 * content, in the system's temporary folder, so equal books share one file
 * and a build never writes beside the user's files.
 */
async function subsetFile(source: string, characters: string): Promise<string> {
  const key = createHash('sha256').update(source).update('\u0000').update(characters).digest('hex').slice(0, 32);
  const folder = path.join(tmpdir(), 'galley-font-subsets');
  const file = path.join(folder, `${key}.ttf`);
  if (existsSync(file)) return file;
  // Loaded only here: its HarfBuzz module takes a quarter of a second to start, and most books need no fallback.
  const { default: subsetFont } = await import('subset-font');
  const bytes = await subsetFont(readFileSync(source), characters, { targetFormat: 'truetype' });
  // Written whole, then renamed: a parallel build never reads half a font.
  writeFileAtomic(file, bytes);
  return file;
}
