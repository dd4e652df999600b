// The theme's fonts, embedded in the EPUB, and the @font-face rules that name
// them. The stylesheet (templates/default/epub.css) refers to the families
// BODY_FAMILY and MONO_FAMILY; which files stand behind them is decided here,
// so a theme can change fonts without editing the CSS.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FontFaces, Theme } from '../theme/types.ts';
import { templatePath } from './templates.ts';

export const BODY_FAMILY = 'Galley Body';
export const MONO_FAMILY = 'Galley Mono';
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
  return `${faces.join('\n')}\n${readFileSync(templatePath(theme, STYLESHEET_TEMPLATE), 'utf8')}`;
}

function kebab(key: string): string {
  return key.replace(/[A-Z]/gu, (c) => `-${c.toLowerCase()}`);
}
