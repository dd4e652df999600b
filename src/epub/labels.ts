// The words the EPUB itself adds (nav headings, landmark names, backlink
// labels), in the book's language. They live in a data file beside the
// templates, so a theme can add a language without touching code.
import { readFileSync } from 'node:fs';
import type { Theme } from '../theme/types.ts';
import { languageFallbacks } from '../util/language.ts';
import { templatePath } from './templates.ts';

export interface Labels {
  readonly cover: string;
  readonly coverAlt: string;
  readonly titlePage: string;
  readonly contents: string;
  readonly landmarks: string;
  readonly pages: string;
  readonly text: string;
  readonly notes: string;
  readonly backlink: string;
  readonly backlinkOccurrence: string;
  readonly source: string;
  readonly printEdition: string;
  readonly accessibilitySummary: string;
}

const LABELS_FILE = 'epub-labels.json';
const FALLBACK_LANGUAGE = 'en';

/** Labels for a BCP 47 tag: the nearest tag the file has (see languageFallbacks), then English. */
export function loadLabels(theme: Theme, lang: string): Labels {
  const file = templatePath(theme, LABELS_FILE);
  const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Partial<Labels>>;
  const fallback = all[FALLBACK_LANGUAGE];
  if (fallback === undefined) throw new Error(`${file} has no "${FALLBACK_LANGUAGE}" labels`);
  const chosen = languageFallbacks(lang).map((tag) => all[tag]).find((labels) => labels !== undefined) ?? {};
  return { ...(fallback as Labels), ...chosen };
}

export { fill } from '../theme/book-labels.ts';
