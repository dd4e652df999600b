// The `dir` of a paragraph, heading or list item, so the reader's own bidi
// algorithm orders and aligns it as the PDF does (see document/direction.ts).
import type { Inline } from '../../document.ts';
import { documentDirection, RTL_LETTER } from '../../document/direction.ts';
import { inlineText } from '../../text.ts';
import type { EpubContext } from '../context.ts';
import type { Properties } from '../hast.ts';

/** The document's direction when the front matter gives one, else `auto` where the text has right-to-left letters. */
export function direction(inlines: readonly Inline[], ctx: EpubContext): Properties {
  const { dir, lang } = ctx.book.doc.metadata;
  const whole = documentDirection(dir, lang);
  if (whole !== undefined) return { dir: whole };
  return RTL_LETTER.test(inlineText(inlines)) ? { dir: 'auto' } : {};
}
