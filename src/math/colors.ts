// Colours a formula's TeX gives (`\color{red}`), as the EPUB's MathML may
// carry them: EPUBCheck's MathML schema takes #hex or HTML 4's sixteen names,
// and Ace (WCAG 2 AA) wants text at 4.5:1 against the white page, which
// plain red (4.0:1) or cyan (1.3:1) is not. So a text colour is written as
// #hex, darkened just enough to be read; a background stays as written.
// The PDF keeps the colours as the author chose them (print is not checked
// for contrast, and changing ink is the author's call there).
import { COLORS } from '@mathjax/src/js/input/tex/color/ColorConstants.js';

/** HTML 4's colour names, the ones MathML 3 takes. */
const HTML: Readonly<Record<string, string>> = {
  aqua: '#00FFFF', black: '#000000', blue: '#0000FF', fuchsia: '#FF00FF', gray: '#808080', green: '#008000', lime: '#00FF00', maroon: '#800000',
  navy: '#000080', olive: '#808000', purple: '#800080', red: '#FF0000', silver: '#C0C0C0', teal: '#008080', white: '#FFFFFF', yellow: '#FFFF00',
};
/** LaTeX's dvipsnames (MathJax's table), by lower-case name. */
const DVIPS = new Map([...COLORS].map(([name, hex]) => [name.toLowerCase(), hex]));
/** CSS names LaTeX documents use beyond those (MathJax passes them through). */
const CSS: Readonly<Record<string, string>> = { cyan: '#00FFFF', magenta: '#FF00FF', orange: '#FFA500', pink: '#FFC0CB', brown: '#A52A2A', violet: '#EE82EE', darkgray: '#A9A9A9', lightgray: '#D3D3D3' };

/** WCAG 2's AA contrast for body text. */
export const MIN_CONTRAST = 4.5;

/** A colour as #RRGGBB, or undefined for one no table names. */
export function hexColor(value: string): string | undefined {
  const v = value.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/u.exec(v);
  if (short !== null) return `#${short.slice(1).map((c) => c + c).join('')}`.toUpperCase();
  if (/^#[0-9a-f]{6}$/u.test(v)) return v.toUpperCase();
  // xcolor's own names (which CSS shares) before dvipsnames, whose Cyan is another colour: as the PDF's outlines are filled.
  return HTML[v] ?? CSS[v] ?? DVIPS.get(v)?.toUpperCase();
}

const channels = (hex: string): number[] => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));

/** WCAG 2's relative luminance. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast of a colour against white. */
export const contrastOnWhite = (hex: string): number => 1.05 / (luminance(hex) + 0.05);

/** The colour, its channels scaled towards black until it reads at MIN_CONTRAST on white (same hue). */
export function readable(hex: string): string {
  let [r = 0, g = 0, b = 0] = channels(hex);
  const toHex = (): string => `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`.toUpperCase();
  for (let factor = 0.95; contrastOnWhite(toHex()) < MIN_CONTRAST; factor = 0.95) [r, g, b] = [r * factor, g * factor, b * factor];
  return toHex();
}
