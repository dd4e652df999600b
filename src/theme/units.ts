// Lengths and page sizes as a theme writes them, converted to PDF points.

const POINTS_PER_UNIT: Readonly<Record<string, number>> = {
  pt: 1,
  in: 72,
  mm: 72 / 25.4,
  cm: 72 / 2.54,
};

/** A number (points) or a string such as "0.75in", "12pt", "20mm"; null if neither. */
export function parseLength(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const match = /^\s*(-?\d+(?:\.\d+)?|-?\.\d+)\s*(pt|in|mm|cm)?\s*$/u.exec(value);
  if (!match) return null;
  const factor = POINTS_PER_UNIT[match[2] ?? 'pt'] ?? 1;
  return Number(match[1]) * factor;
}

export interface PageSize {
  readonly width: number;
  readonly height: number;
}

/** Trim sizes a theme can name instead of giving width and height. */
export const PAGE_PRESETS: Readonly<Record<string, PageSize>> = {
  a4: { width: (210 * 72) / 25.4, height: (297 * 72) / 25.4 },
  a5: { width: (148 * 72) / 25.4, height: (210 * 72) / 25.4 },
  letter: { width: 8.5 * 72, height: 11 * 72 },
  '6x9in': { width: 6 * 72, height: 9 * 72 },
  '5.5x8.5in': { width: 5.5 * 72, height: 8.5 * 72 },
  '5x8in': { width: 5 * 72, height: 8 * 72 },
};

const NUMBER = String.raw`(\d+(?:\.\d+)?|\.\d+)`;
const UNIT = '(pt|in|mm|cm)';
const WIDTH_BY_HEIGHT = new RegExp(`^\\s*${NUMBER}\\s*${UNIT}?\\s*[x×]\\s*${NUMBER}\\s*${UNIT}\\s*$`, 'u');

/**
 * A preset name, or a custom size written `WxH` with a unit ("170x240mm",
 * "7in x 10in"); a unit after the width only applies to the width. Null if neither.
 */
export function parsePageSize(value: string): PageSize | null {
  const preset = PAGE_PRESETS[value.trim().toLowerCase()];
  if (preset !== undefined) return preset;
  const match = WIDTH_BY_HEIGHT.exec(value.toLowerCase());
  if (match === null) return null;
  const heightUnit = match[4] ?? 'pt';
  const width = parseLength(`${match[1] ?? ''}${match[2] ?? heightUnit}`);
  const height = parseLength(`${match[3] ?? ''}${heightUnit}`);
  return width !== null && height !== null && width > 0 && height > 0 ? { width, height } : null;
}
