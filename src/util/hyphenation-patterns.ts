// Which of the `hyphen` package's TeX pattern folders serves a language, and
// loading one: read by the PDF's hyphenator, and by the front matter, which
// warns when a manuscript's language has none.
import { createRequire } from 'node:module';
import { languageFallbacks, primaryLanguage } from './language.ts';

export interface HyphenModule {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}

const require = createRequire(import.meta.url);

// Folder names inside the `hyphen` package are lowercase BCP 47 tags; anything
// else must not reach `require`.
const SAFE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/u;

// Languages whose bare tag has no folder of its own but an obvious default.
const BARE_DEFAULTS: Readonly<Record<string, string>> = {
  en: 'en-us',
  de: 'de-1996',
  sr: 'sr-cyrl',
};

/** Languages whose books break lines without hyphens: between characters or syllables, or not inside words at all. */
const UNHYPHENATED = new Set(['zh', 'ja', 'ko', 'th', 'lo', 'km', 'my', 'ar', 'fa', 'ur', 'ps', 'he', 'yi']);

const modules = new Map<string, HyphenModule | null>();

/** Pattern folders to try for a BCP 47 tag, most specific first. */
export function candidateFolders(lang: string): string[] {
  const tag = lang.trim().toLowerCase().replace(/_/gu, '-');
  return SAFE_TAG.test(tag) ? languageFallbacks(tag, BARE_DEFAULTS) : [];
}

/** The patterns of the first candidate folder there is, or null. */
export function loadPatterns(lang: string): HyphenModule | null {
  for (const folder of candidateFolders(lang)) {
    const loaded = loadFolder(folder);
    if (loaded !== null) return loaded;
  }
  return null;
}

/** Whether a language that hyphenates its words has no patterns here, so its justified lines get no hyphen to help them. */
export function lacksHyphenationPatterns(lang: string): boolean {
  return !UNHYPHENATED.has(primaryLanguage(lang)) && candidateFolders(lang).every((folder) => !folderExists(folder));
}

/** Fewest letters before and after a hyphen. */
export interface HyphenMinima {
  readonly leftMin: number;
  readonly rightMin: number;
}

// TeX Live's language.dat.lua (hyph-utf8), per pattern folder: the values
// LaTeX's babel sets for each language. Folders not listed take English's.
const ENGLISH_MINIMA: HyphenMinima = { leftMin: 2, rightMin: 3 };
const MINIMA: Readonly<Record<string, readonly [number, number]>> = Object.fromEntries([
  ...['bg', 'be', 'ca', 'da', 'de-1901', 'de-1996', 'de-ch-1901', 'es', 'eu', 'fi', 'fr', 'fur', 'gl', 'hr', 'hsb', 'hu', 'ia', 'id', 'is', 'it']
    .map((f) => [f, [2, 2]] as const),
  ...['kmr', 'la', 'la-x-classic', 'la-x-liturgic', 'lt', 'lv', 'mk', 'mn-cyrl', 'nb', 'nl', 'nn', 'no', 'oc', 'pl', 'pms', 'rm', 'ro', 'ru']
    .map((f) => [f, [2, 2]] as const),
  ...['sh-cyrl', 'sh-latn', 'sl', 'sq', 'sr-cyrl', 'sv', 'tk', 'tr', 'uk', 'de', 'mn', 'mn-cyrl-x-lmc', 'sh', 'sr'].map((f) => [f, [2, 2]] as const),
  ...['cs', 'cy', 'et', 'ga', 'pt', 'sk', 'th'].map((f) => [f, [2, 3]] as const),
  ...['af', 'hy', 'ka', 'pi', 'cu'].map((f) => [f, [1, 2]] as const),
  ...['as', 'bn', 'cop', 'el', 'el-monoton', 'el-polyton', 'ethi', 'fi-x-school', 'grc', 'gu', 'hi', 'kn', 'ml', 'mr', 'mul-ethi', 'or', 'pa']
    .map((f) => [f, [1, 1]] as const),
  ...['ta', 'te', 'zh', 'zh-latn-pinyin'].map((f) => [f, [1, 1]] as const),
  ['sa', [1, 3]] as const,
]);

/** The fewest letters a language's books leave before and after a hyphen, as TeX sets them for its patterns. */
export function hyphenMinima(lang: string): HyphenMinima {
  for (const folder of candidateFolders(lang)) {
    const minima = MINIMA[folder];
    if (minima !== undefined) return { leftMin: minima[0], rightMin: minima[1] };
    if (folderExists(folder)) return ENGLISH_MINIMA;
  }
  return ENGLISH_MINIMA;
}

function loadFolder(folder: string): HyphenModule | null {
  const cached = modules.get(folder);
  if (cached !== undefined) return cached;
  let loaded: HyphenModule | null = null;
  try {
    loaded = require(`hyphen/${folder}/index.js`) as HyphenModule;
  } catch {
    loaded = null;
  }
  modules.set(folder, loaded);
  return loaded;
}

// Resolving, not loading: a check for the warning costs no pattern parsing.
function folderExists(folder: string): boolean {
  const loaded = modules.get(folder);
  if (loaded !== undefined) return loaded !== null;
  try {
    require.resolve(`hyphen/${folder}/index.js`);
    return true;
  } catch {
    return false;
  }
}
