// A manuscript's date as its readers write it: "26 April 2024" in en-GB,
// "April 26, 2024" in en-US, "26. April 2024" in German (Intl, from Node's ICU).

/** `iso` (YYYY-MM-DD) written out for the language `lang` (BCP 47). */
export function formatDate(iso: string, lang: string): string {
  // The day itself, at midnight UTC and formatted in UTC: no time zone can move it.
  const day = new Date(`${iso}T00:00:00Z`);
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(day);
  } catch {
    // A well-formed tag that this Node's ICU does not know: ISO is still unambiguous.
    return iso;
  }
}
