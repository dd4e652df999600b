// BCP 47 fallback: the tags to look a language up under, most specific first,
// so hyphenation patterns, citation locales and EPUB labels fall back alike.

/**
 * Tags to try for `tag`: as written, lower-cased, language-region,
 * language-script, the caller's default for the bare language (`en` → `en-us`),
 * then the bare language. The last entry is always the primary language.
 */
export function languageFallbacks(tag: string, defaults: Readonly<Record<string, string>> = {}): string[] {
  const lower = tag.toLowerCase();
  const [language = lower, ...rest] = lower.split('-');
  // Subtags after the language: a 4-letter script (latn), a region (gb, 419), variants (1901).
  const script = rest.find((s) => /^[a-z]{4}$/u.test(s));
  const region = rest.find((s) => /^(?:[a-z]{2}|\d{3})$/u.test(s));
  const bareDefault = defaults[language];
  return [
    ...new Set([
      tag,
      lower,
      ...(region !== undefined ? [`${language}-${region}`] : []),
      ...(script !== undefined ? [`${language}-${script}`] : []),
      ...(bareDefault !== undefined ? [bareDefault] : []),
      language,
    ]),
  ];
}

/** The primary language subtag, lower-cased (`pt-BR` → `pt`): the last of `languageFallbacks`. */
export function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? '';
}
