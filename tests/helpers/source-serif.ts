// For the line breaker's tests: the default theme's body face measured by
// fontkit as layout measures it, and a paragraph of the seed article to set.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import type { GlyphCount, Measure } from '../../src/pdf/layout/types.ts';

const fontDir = fileURLToPath(new URL('../../node_modules/@expo-google-fonts/source-serif-4/', import.meta.url));
const face = fontkit.create(readFileSync(`${fontDir}400Regular/SourceSerif4_400Regular.ttf`));

/** Source Serif 4 Regular's advance widths, kerning and ligatures included, at `size`. */
export const serif: Measure = (text, _font, size) => (face.layout(text).advanceWidth * size) / face.unitsPerEm;
export const glyphs: GlyphCount = (text) => face.layout(text).glyphs.length;

/** A paragraph of the seed article: long words, quotes, figures and a hyphenated compound. */
export const ARTICLE_PARAGRAPH =
  'While Russia’s president claims his troops are advancing rapidly, North Koreans wearing Russian uniforms are ' +
  'believed to be suffering the most in fighting to dislodge Ukrainian forces from Russia’s Kursk region. South ' +
  'Korea’s National Intelligence Service reports “at least” 100 North Koreans killed and probably another 1,000 ' +
  'wounded, mostly the victims of Ukrainian drones. Reporting on an intelligence briefing for South Korean national ' +
  'assembly members, Seoul’s Yonhap News said the North Koreans were “being ‘consumed’ as front-line storm troopers ' +
  'in ‘unfamiliar battlefields’ due to their lack of experience with drones.” An “elite” North Korean unit may soon ' +
  'join them as President Putin prosecutes a war that he’s confident the Russians are slowly winning.';
