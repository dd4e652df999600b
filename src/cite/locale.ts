// Languages: the CSL locale citeproc formats with (from @citation-js/plugin-csl,
// loaded only when something is cited), the locator terms a suffix may start
// with (`p.`, `chap.`), and the two phrases Galley adds itself.
import { createRequire } from 'node:module';
import { languageFallbacks, primaryLanguage } from '../util/language.ts';

const require = createRequire(import.meta.url);

const FALLBACK = 'en-US';
const LOCALES_FILE = '@citation-js/plugin-csl/lib/locales.json';

let bundled: Readonly<Record<string, string>> | undefined;

/** Locale XML by tag (en-US, de-DE, es-ES, fr-FR, nl-NL). */
function locales(): Readonly<Record<string, string>> {
  bundled ??= require(LOCALES_FILE) as Record<string, string>;
  return bundled;
}

export interface LocaleChoice {
  /** The tag citeproc formats with. */
  readonly tag: string;
  /** False when no locale of the manuscript's language is available and English stands in. */
  readonly matches: boolean;
}

/** The available locale nearest to `lang`: the same tag, else the same language, else en-US. */
export function chooseLocale(lang: string): LocaleChoice {
  const tags = Object.keys(locales());
  const fallbacks = languageFallbacks(lang);
  const exact = fallbacks.find((tag) => tags.includes(tag));
  if (exact !== undefined) return { tag: exact, matches: true };
  const language = primaryLanguage(lang);
  const sameLanguage = tags.find((tag) => primaryLanguage(tag) === language);
  return sameLanguage ? { tag: sameLanguage, matches: true } : { tag: FALLBACK, matches: false };
}

/** citeproc's `retrieveLocale`: any tag it asks for, answered with the nearest available locale. */
export function retrieveLocale(tag: string): string {
  const all = locales();
  return all[tag] ?? all[chooseLocale(tag).tag] ?? all[FALLBACK] ?? '';
}

const LOCATOR_LABELS = [
  'act', 'appendix', 'article-locator', 'book', 'canon', 'chapter', 'column', 'elocation', 'equation', 'figure',
  'folio', 'issue', 'line', 'note', 'opus', 'page', 'paragraph', 'part', 'rule', 'scene', 'section', 'sub-verbo',
  'supplement', 'table', 'title-locator', 'verse', 'version', 'volume',
];

const TERM = /<term name="([a-z-]+)"(?: form="(?:long|short|symbol)")?>([\s\S]*?)<\/term>/g;

/**
 * Locator terms of the locale for `tag`, then English ones: every written
 * form (`p.`, `pp.`, `page`, `§`), lower-cased, to its CSL locator label.
 */
export function locatorTerms(tag: string): ReadonlyMap<string, string> {
  const terms = new Map<string, string>();
  for (const xml of [retrieveLocale(tag), retrieveLocale(FALLBACK)]) {
    for (const match of xml.matchAll(TERM)) {
      const [, name = '', body = ''] = match;
      if (!LOCATOR_LABELS.includes(name)) continue;
      const forms = body.includes('<single>') ? [...body.matchAll(/<(?:single|multiple)>([^<]*)</g)].map((m) => m[1] ?? '') : [body];
      for (const form of forms) {
        const key = form.trim().toLowerCase();
        if (key !== '' && !terms.has(key)) terms.set(key, name);
      }
    }
  }
  return terms;
}

interface Phrases {
  /** Heading of the list of sources. */
  readonly sources: string;
  /** Before the URL of an archived copy. */
  readonly archivedAt: string;
  /** Heads the front matter's `abstract`. */
  readonly abstract: string;
}

// CSL locales have no term for either, so Galley carries its own for the
// languages whose CSL locale it bundles.
const PHRASES: Readonly<Record<string, Phrases>> = {
  en: { sources: 'Sources', archivedAt: 'Archived at', abstract: 'Abstract' },
  de: { sources: 'Quellen', archivedAt: 'Archiviert unter', abstract: 'Zusammenfassung' },
  es: { sources: 'Fuentes', archivedAt: 'Archivado en', abstract: 'Resumen' },
  fr: { sources: 'Sources', archivedAt: 'Archivé sur', abstract: 'Résumé' },
  nl: { sources: 'Bronnen', archivedAt: 'Gearchiveerd op', abstract: 'Samenvatting' },
};

export function phrases(lang: string): Phrases {
  return PHRASES[primaryLanguage(lang)] ?? (PHRASES['en'] as Phrases);
}
