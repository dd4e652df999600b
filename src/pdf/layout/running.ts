// Running heads and folios, set once pagination is final: page 1 (the title
// page) has neither; the head is the title or the section in force.
import type { FontSet } from '../../fonts.ts';
import type { Theme } from '../../theme/types.ts';
import type { PlacedLine } from '../page-model.ts';
import { paragraphDirection } from '../../document/direction.ts';
import { visualOrder } from './bidi.ts';
import { fontKey, faceStyle } from './inline.ts';
import type { FontKey } from './types.ts';

export interface PageFrameGeometry {
  readonly number: number;
  /** Left edge of the text block on this page. */
  readonly left: number;
  readonly top: number;
  readonly bottom: number;
  readonly width: number;
  /** The section in force on this page. */
  readonly section: string | null;
}

const ELLIPSIS = '…';

const widthOf = (text: string, font: FontKey, size: number, fonts: FontSet): number => fonts.setLine(text, font, size).width;

/**
 * `text` cut at a word boundary, with an ellipsis, to fit `width`; a title
 * without spaces (Chinese, Japanese) is cut between characters.
 */
export function fitText(text: string, font: FontKey, size: number, width: number, fonts: FontSet): string {
  if (widthOf(text, font, size, fonts) <= width) return text;
  const pieces = text.includes(' ') ? text.split(' ') : [...text];
  const glue = text.includes(' ') ? ' ' : '';
  for (let n = pieces.length - 1; n > 0; n--) {
    const candidate = `${pieces.slice(0, n).join(glue).replace(/[\s,;:.–—，、。：；-]+$/u, '')}${ELLIPSIS}`;
    if (widthOf(candidate, font, size, fonts) <= width) return candidate;
  }
  return ELLIPSIS;
}

/** A line in `font`, and the fallback faces for what it lacks, as the body text is set (an Arabic or Hebrew title in visual order). */
function line(text: string, font: FontKey, size: number, x: number, baseline: number, fonts: FontSet): PlacedLine {
  const fragments = visualOrder(fonts.setLine(text, font, size).fragments, paragraphDirection(text, undefined), fonts.measure);
  return { kind: 'line', x, baseline, fragments, role: 'Artifact', block: -1, tag: 'Pagination' };
}

/** A book's own running content (roman folios, verso and recto heads): null leaves that line blank. */
export interface RunningTexts {
  readonly head: string | null;
  readonly folio: string | null;
}

export function runningContent(
  page: PageFrameGeometry,
  title: string,
  theme: Theme,
  fonts: FontSet,
  texts?: RunningTexts,
): { head: PlacedLine | null; folio: PlacedLine | null } {
  if (texts === undefined && page.number === 1) return { head: null, folio: null };
  const { running } = theme;
  const recto = !theme.page.twoSided || page.number % 2 === 1;
  const headBaseline = page.top - running.headOffset;

  let folio: PlacedLine | null = null;
  const folioText = texts === undefined ? String(page.number) : (texts.folio ?? '');
  const folioWidth = widthOf(folioText, 'body', running.size, fonts);
  const outerX = recto ? page.left + page.width - folioWidth : page.left;
  switch (folioText === '' ? 'none' : running.folio) {
    case 'foot-center':
      folio = line(folioText, 'body', running.size, page.left + (page.width - folioWidth) / 2, page.bottom + running.folioOffset, fonts);
      break;
    case 'foot-outer':
      folio = line(folioText, 'body', running.size, outerX, page.bottom + running.folioOffset, fonts);
      break;
    case 'head-outer':
      folio = line(folioText, 'body', running.size, outerX, headBaseline, fonts);
      break;
    case 'none':
      break;
  }

  const headText = running.head === 'none' ? null : texts !== undefined ? texts.head : running.head === 'title' ? title : (page.section ?? title);
  let head: PlacedLine | null = null;
  if (headText !== null && headText.trim() !== '') {
    const font = fontKey({ family: 'body', ...faceStyle(running.face) });
    // Keep clear of a folio sharing the head line.
    const room = page.width - (running.folio === 'head-outer' ? 2 * (folioWidth + fonts.measure('  ', font, running.size)) : 0);
    const text = fitText(headText.replace(/\s+/gu, ' ').trim(), font, running.size, room, fonts);
    const width = widthOf(text, font, running.size, fonts);
    head = line(text, font, running.size, page.left + (page.width - width) / 2, headBaseline, fonts);
  }
  return { head, folio };
}
