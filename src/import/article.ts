// Finds the article in a prepared page with Mozilla Readability (the engine of
// Firefox's Reader View), and refuses a page that has none: too little text
// (a login wall, a cookie wall), or text that is mostly links (an index page).
import { Readability } from '@mozilla/readability';
import type { ArticleFacts } from './metadata.ts';
import { pageError } from './page.ts';

export interface Article extends ArticleFacts {
  /** The article's HTML, as Readability cleaned it. */
  readonly content: string;
}

/** Fewer words than this is a teaser or a wall, not an article. */
const MIN_WORDS = 60;
/** More of the text than this inside links: a list of articles, not one. */
const MAX_LINK_SHARE = 0.5;

// Words as the language has them: Chinese and Japanese write no spaces between words.
const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
const words = (text: string): number => {
  let count = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike === true) count++;
  return count;
};

export function extractArticle(document: Document, path: string): Article {
  const parsed = new Readability(document, { classesToPreserve: ['caption'] }).parse();
  if (parsed === null || !parsed.content) {
    throw pageError(path, 'no article found in this page (Readability found no main text: an index page, a login wall or an empty page?)');
  }
  const text = parsed.textContent ?? '';
  const count = words(text);
  if (count < MIN_WORDS) {
    throw pageError(path, `no article found in this page: its main text has ${count} word(s) (a login wall, a paywall teaser or an index page?)`);
  }
  const holder = document.createElement('div');
  holder.innerHTML = parsed.content;
  const linked = [...holder.querySelectorAll('a')].reduce((sum, a) => sum + words(a.textContent ?? ''), 0);
  if (linked / count > MAX_LINK_SHARE) {
    throw pageError(path, `no article found in this page: ${Math.min(100, Math.round((100 * linked) / count))}% of its main text is links (an index or list page?)`);
  }
  return {
    content: parsed.content,
    title: parsed.title ?? '',
    byline: parsed.byline ?? null,
    excerpt: parsed.excerpt ?? null,
    siteName: parsed.siteName ?? null,
    publishedTime: parsed.publishedTime ?? null,
    lang: parsed.lang ?? null,
  };
}
