// The words a book adds of its own ("Chapter 3", "Contents", "p. 12"): from
// templates/default/book-labels.json in the book's language, looked up by the
// same BCP 47 fallback as hyphenation, citation locales and EPUB labels
// (English when the file has no entry), with the theme's `book.labels` over them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { languageFallbacks } from '../util/language.ts';
import { TEMPLATES_DIR } from './load.ts';
import type { CalloutKind } from '../document.ts';
import type { BookLabels, Theme } from './types.ts';

const LABELS_FILE = path.join(TEMPLATES_DIR, 'default', 'book-labels.json');
const FALLBACK_LANGUAGE = 'en';

let byLanguage: Readonly<Record<string, Partial<BookLabels>>> | undefined;

export function bookLabels(theme: Theme, lang: string): BookLabels {
  return { ...languageLabels(lang), ...theme.book.labels };
}

/** The language's own labels, without a theme's (`galley check` knows the language, not the theme). */
export function languageLabels(lang: string): BookLabels {
  byLanguage ??= JSON.parse(readFileSync(LABELS_FILE, 'utf8')) as Record<string, Partial<BookLabels>>;
  const fallback = byLanguage[FALLBACK_LANGUAGE] as BookLabels;
  const chosen = languageFallbacks(lang).map((tag) => byLanguage?.[tag]).find((labels) => labels !== undefined) ?? {};
  return { ...fallback, ...chosen };
}

const CALLOUT_LABELS: Readonly<Record<CalloutKind, keyof BookLabels>> = {
  note: 'calloutNote',
  tip: 'calloutTip',
  important: 'calloutImportant',
  warning: 'calloutWarning',
  caution: 'calloutCaution',
};

/** The label set over an alert of this kind ("Note", "Remarque"). */
export const calloutLabel = (labels: BookLabels, kind: CalloutKind): string => labels[CALLOUT_LABELS[kind]];

/** Fills `{name}` placeholders; an unknown one stays as written. */
export function fill(label: string, values: Readonly<Record<string, string | number>>): string {
  return label.replace(/\{(\w+)\}/gu, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
