// Pandoc's `width` and `height` attributes on an image,
// `![Map](map.png){width=50%}`, read as Pandoc reads them: a number and a
// unit, `%`, `px` (96 to the inch, as Pandoc counts them; a bare number is
// pixels too), `in` (or `inch`), `cm`, `mm`, `pt` or `em`. What a size means
// on the page (the aspect ratio kept when one is given, never wider than the
// measure) is the writers' to decide; a value in no unit Pandoc reads is left
// out with a warning at it.
import type { Nodes } from 'mdast';
import type { ImageLength, ImageSize } from '../document.ts';
import type { WrittenAttributes } from './inline-attributes.ts';

const LENGTH = /^(\d+(?:\.\d*)?|\.\d+)(%|px|inch|in|cm|mm|pt|em)?$/u;

/** Points in one of each absolute unit. */
const POINTS: Readonly<Record<string, number>> = { px: 72 / 96, in: 72, inch: 72, cm: 72 / 2.54, mm: 72 / 25.4, pt: 1 };

const KEYS = ['width', 'height'] as const;

/** A length as written (`50%`, `3in`, `300`), or null when it is none (`auto`, `50vw`, `0`). */
export function readLength(written: string): ImageLength | null {
  const match = LENGTH.exec(written.trim());
  const value = Number(match?.[1]);
  if (match === null || !(value > 0)) return null;
  const unit = match[2] ?? 'px';
  if (unit === '%' || unit === 'em') return { value, unit };
  return { value: value * (POINTS[unit] ?? 1), unit: 'pt' };
}

/**
 * The size an image node's attribute block asks for (inline-attributes.ts),
 * if any; `warn` is told of each value that is no length, with the offset of
 * its `key=` in the manuscript when known.
 */
export function imageSizeOf(node: Nodes, warn: (offset: number | undefined, message: string) => void): ImageSize | undefined {
  const written = (node.data as { attributes?: WrittenAttributes } | undefined)?.attributes;
  if (written === undefined) return undefined;
  const size: { width?: ImageLength; height?: ImageLength } = {};
  for (const key of KEYS) {
    const value = written.attributes.pairs[key];
    if (value === undefined) continue;
    const length = readLength(value);
    if (length !== null) size[key] = length;
    else {
      const at = written.source.indexOf(`${key}=`);
      const offset = written.offset === undefined || at < 0 ? undefined : written.offset + at;
      warn(offset, `image ${key} "${value}" is not a length Galley can read (a number with %, px, in, cm, mm, pt or em, as Pandoc reads it); it is left out`);
    }
  }
  return size.width === undefined && size.height === undefined ? undefined : size;
}
