// Balanced lines for titles and headings (as CSS text-wrap: balance): the
// narrowest measure that keeps the line count, so a heading does not end with
// one word alone on its last line when it can be set more evenly.
import { breakParagraph } from './linebreak.ts';
import type { BreakOptions, BrokenParagraph } from './types.ts';

// The search stops when the measure is known to within this many points.
const PRECISION = 0.5;

const scaled = (widths: readonly number[], factor: number): number[] => widths.map((w) => w * factor);

/**
 * Breaks `runs` as breakParagraph does, then again at narrower measures (all
 * widths scaled alike), keeping the narrowest that needs no more lines and
 * leaves none overfull. A one-line text, or one that is overfull anyway, is
 * left as it is.
 */
export function balancedParagraph(runs: Parameters<typeof breakParagraph>[0], options: BreakOptions): BrokenParagraph {
  const full = breakParagraph(runs, options);
  const count = full.lines.length;
  if (count < 2 || full.lines.some((line) => line.overfull)) return full;
  const widest = Math.max(...options.widths);
  const fits = (factor: number): BrokenParagraph | null => {
    const broken = breakParagraph(runs, { ...options, widths: scaled(options.widths, factor) });
    return broken.lines.length <= count && !broken.lines.some((line) => line.overfull) ? broken : null;
  };
  let best = full;
  // No measure narrower than an even share of the lines can keep their count.
  let low = 1 / count;
  let high = 1;
  while ((high - low) * widest > PRECISION) {
    const mid = (low + high) / 2;
    const broken = fits(mid);
    if (broken === null) low = mid;
    else {
      best = broken;
      high = mid;
    }
  }
  return best;
}
