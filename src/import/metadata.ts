// The front matter of an imported page, from what the page says about itself:
// Readability's own reading (title, byline, excerpt, site name, published
// time: it already weighs Open Graph, schema.org JSON-LD and <meta>), plus
// what it leaves out: the canonical URL, the author list, the language, and
// the archival fields (when captured, a stable identifier, a rights line).
import { createHash } from 'node:crypto';
import type { SavedPage } from './page.ts';

/** What Readability reports about the article. */
export interface ArticleFacts {
  readonly title: string;
  readonly byline: string | null;
  readonly excerpt: string | null;
  readonly siteName: string | null;
  readonly publishedTime: string | null;
  readonly lang: string | null;
}

/** The page's own statements, read before Readability reshapes the DOM. */
export interface PageFacts {
  readonly canonical?: string;
  readonly ogUrl?: string;
  readonly authors: readonly string[];
  readonly publisher?: string;
  readonly published?: string;
  readonly locale?: string;
}

export interface FrontMatterFields {
  readonly title: string;
  readonly subtitle?: string;
  readonly author?: readonly string[];
  readonly publisher?: string;
  readonly date?: string;
  readonly source?: string;
  readonly lang?: string;
  readonly archived: string;
  readonly identifier: string;
  readonly rights: string;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|LiveBlogPosting|ScholarlyArticle|TechArticle|Report|WebPage)$/u;

type Json = Record<string, unknown>;

function objects(value: unknown): Json[] {
  if (Array.isArray(value)) return value.flatMap(objects);
  if (value === null || typeof value !== 'object') return [];
  const object = value as Json;
  return [object, ...objects(object['@graph'])];
}

function names(value: unknown): string[] {
  if (typeof value === 'string') return [value.trim()].filter((s) => s !== '');
  if (Array.isArray(value)) return value.flatMap(names);
  if (value !== null && typeof value === 'object') return names((value as Json).name);
  return [];
}

function isArticle(object: Json): boolean {
  const type = object['@type'];
  return (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t));
}

function httpUrl(value: string | null | undefined, base?: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function readPageFacts(document: Document, base: string | undefined): PageFacts {
  const meta = (selector: string): string | undefined => document.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
  const articles: Json[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      articles.push(...objects(JSON.parse(script.textContent ?? '')).filter(isArticle));
    } catch {
      // broken JSON-LD says nothing
    }
  }
  const article = articles.find((a) => a['@type'] !== 'WebPage') ?? articles[0];
  const authors = names(article?.author);
  const publisher = names(article?.publisher)[0];
  const published = typeof article?.datePublished === 'string' ? article.datePublished : meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]') ?? meta('meta[name="DC.date.issued"]');
  const canonical = httpUrl(document.querySelector('link[rel~="canonical"]')?.getAttribute('href'), base);
  const ogUrl = httpUrl(meta('meta[property="og:url"]'), base);
  const locale = meta('meta[property="og:locale"]') ?? meta('meta[http-equiv="content-language" i]');
  return {
    authors,
    ...(canonical !== undefined ? { canonical } : {}),
    ...(ogUrl !== undefined ? { ogUrl } : {}),
    ...(publisher !== undefined ? { publisher } : {}),
    ...(published !== undefined ? { published } : {}),
    ...(locale !== undefined ? { locale } : {}),
  };
}

/** A BCP 47 tag from `fr`, `fr_FR`, `en-us`; undefined when it is none. */
export function languageTag(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const tag = Intl.getCanonicalLocales(value.trim().replace(/_/gu, '-'))[0];
    return tag !== undefined && /^[a-z]{2,3}(?:-|$)/iu.test(tag) ? tag : undefined;
  } catch {
    return undefined;
  }
}

/** The calendar day a timestamp names, as the page wrote it (its own time zone). */
function dayOf(value: string | null | undefined): string | undefined {
  const day = /^\s*(\d{4}-\d{2}-\d{2})/u.exec(value ?? '')?.[1];
  return day !== undefined && !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ? day : undefined;
}

const clean = (text: string | null | undefined): string | undefined => {
  const value = text?.replace(/\s+/gu, ' ').trim();
  return value === '' ? undefined : value;
};

export function frontMatterFields(article: ArticleFacts, facts: PageFacts, page: SavedPage, url: string | undefined): FrontMatterFields {
  // The address the container recorded (a WARC record's, an MHTML snapshot's) is exact; --url is what the user remembers.
  const source = facts.canonical ?? facts.ogUrl ?? page.url ?? httpUrl(url);
  const byline = clean(article.byline);
  // The JSON-LD list when it is the byline Readability found, itemised; else the byline as one name.
  const listed = facts.authors.length > 1 && facts.authors.join(', ') === byline ? facts.authors : undefined;
  const authors = listed ?? (byline !== undefined ? [byline] : []);
  const publisher = clean(article.siteName) ?? clean(facts.publisher);
  const archived = page.captured.date.toISOString().replace(/\.\d{3}Z$/u, 'Z');
  // Stable: the same URL always gives the same identifier; without one, the page's bytes do.
  const identity = source ?? createHash('sha256').update(page.original.bytes).digest('hex');
  const identifier = `urn:galley:web:${createHash('sha256').update(identity).digest('hex').slice(0, 32)}`;
  const date = dayOf(article.publishedTime) ?? dayOf(facts.published);
  const lang = languageTag(article.lang) ?? languageTag(facts.locale);
  const rights = `Archival copy${source !== undefined ? ` of ${source}` : ''}, captured ${archived.slice(0, 10)}; all rights remain with ${publisher ?? 'the original publisher'}.`;
  const subtitle = clean(article.excerpt);
  return {
    title: clean(article.title) ?? page.original.name,
    ...(subtitle !== undefined ? { subtitle } : {}),
    ...(authors.length > 0 ? { author: authors } : {}),
    ...(publisher !== undefined ? { publisher } : {}),
    ...(date !== undefined ? { date } : {}),
    ...(source !== undefined ? { source } : {}),
    ...(lang !== undefined ? { lang } : {}),
    archived,
    identifier,
    rights,
  };
}
