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

/** Trim sizes a theme can name instead of giving width and height. */
export const PAGE_PRESETS: Readonly<Record<string, { readonly width: number; readonly height: number }>> = {
  a4: { width: (210 * 72) / 25.4, height: (297 * 72) / 25.4 },
  letter: { width: 8.5 * 72, height: 11 * 72 },
  '6x9in': { width: 6 * 72, height: 9 * 72 },
  '5.5x8.5in': { width: 5.5 * 72, height: 8.5 * 72 },
};
