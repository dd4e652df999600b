// The page's HTML as a DOM (linkedom: see the README for why not jsdom), made
// safe and self-contained before Readability looks at it: form controls,
// frames, embedded objects and tracking pixels go; every image is tied to a
// file saved with the page (or marked missing, with where the page names it);
// every link is made absolute, or loses its href when it could lead nowhere.
import { parseHTML } from 'linkedom';
import type { Resource, SavedPage } from './page.ts';
import { LineIndex } from '../util/position.ts';

/** An `<img>` of the page, numbered in document order. */
export interface PageImage {
  readonly reference: string;
  readonly resource: Resource | undefined;
  readonly alt: string;
  readonly line: number;
  readonly column: number;
}

export interface PreparedPage {
  readonly document: Document;
  readonly images: readonly PageImage[];
}

/** The placeholder URL an image gets, so Readability leaves it alone and turndown can find it again. */
export const IMAGE_URL = 'https://galley.invalid/image/';

const REMOVED = 'iframe, frame, frameset, object, embed, applet, canvas, audio, video, source, track, input, button, select, textarea, option, datalist, output, dialog, template, link[rel~="stylesheet"], style';
/** Hosts whose images are beacons, not pictures. */
const TRACKER_HOSTS = /(^|\.)(doubleclick\.net|google-analytics\.com|googletagmanager\.com|googlesyndication\.com|scorecardresearch\.com|quantserve\.com|chartbeat\.(net|com)|facebook\.com|facebook\.net|bat\.bing\.com|pixel\.wp\.com|stats\.wp\.com|omtrdc\.net|2o7\.net|krxd\.net|adnxs\.com|criteo\.(com|net)|taboola\.com|outbrain\.com|hotjar\.com|newrelic\.com|nr-data\.net|parsely\.com|pixel\.[^.]+\.[^.]+)$/iu;
const LAZY_SOURCES = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src', 'data-full-src'];

function isPixel(img: Element): boolean {
  const size = (name: 'width' | 'height'): number | undefined => {
    const attr = img.getAttribute(name);
    const fromStyle = new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*(\\d+(?:\\.\\d+)?)px`, 'iu').exec(img.getAttribute('style') ?? '')?.[1];
    const value = attr ?? fromStyle;
    return value !== undefined && value !== null && /^\d+(\.\d+)?(px)?$/u.test(value.trim()) ? Number.parseFloat(value) : undefined;
  };
  const width = size('width');
  const height = size('height');
  return (width !== undefined && width <= 1) || (height !== undefined && height <= 1);
}

function hostOf(reference: string, base: string | undefined): string | undefined {
  try {
    return new URL(reference, base).hostname;
  } catch {
    return undefined;
  }
}

/** Candidate sources of an image, best first: lazy-loading attributes, src, srcset entries. */
function candidates(img: Element): string[] {
  const found: string[] = [];
  for (const name of LAZY_SOURCES) {
    const value = img.getAttribute(name)?.trim();
    if (value) found.push(value);
  }
  const src = img.getAttribute('src')?.trim();
  if (src) found.push(src);
  for (const set of [img.getAttribute('srcset'), img.getAttribute('data-srcset')]) {
    for (const entry of (set ?? '').split(/,\s+/u)) {
      const url = entry.trim().split(/\s+/u)[0];
      if (url) found.push(url);
    }
  }
  // A tiny inline placeholder stands in for the real picture until scripts swap it: try it last.
  return [...found.filter((c) => !c.startsWith('data:')), ...found.filter((c) => c.startsWith('data:'))];
}

function dataResource(uri: string): Resource | undefined {
  const match = /^data:([\w/+.-]+)?(;base64)?,(.*)$/su.exec(uri);
  if (match === null) return undefined;
  const body = match[3] ?? '';
  const bytes = match[2] !== undefined ? Buffer.from(body, 'base64') : Buffer.from(decodeURIComponent(body), 'latin1');
  return { bytes, name: 'image', ...(match[1] !== undefined ? { type: match[1] } : {}) };
}

export function preparePage(page: SavedPage, baseUrl: string | undefined): PreparedPage {
  const { document } = parseHTML(page.html) as unknown as { document: Document };
  // Relative links resolve against <base>, else the page's address, else the canonical URL it names.
  const base = [document.querySelector('base[href]')?.getAttribute('href'), baseUrl, document.querySelector('link[rel~="canonical"]')?.getAttribute('href')]
    .map((href) => {
      try {
        return href ? new URL(href, baseUrl).href : undefined;
      } catch {
        return undefined;
      }
    })
    .find((href) => href !== undefined && /^https?:/u.test(href));
  for (const element of [...document.querySelectorAll(`${REMOVED}, base, script:not([type="application/ld+json"])`)]) element.remove();
  // A form may wrap the whole page (ASP.NET does): its controls are gone, its content stays.
  for (const form of [...document.querySelectorAll('form')]) form.replaceWith(...form.childNodes);
  for (const picture of [...document.querySelectorAll('picture')]) picture.replaceWith(...picture.childNodes);

  const lines = new LineIndex(page.html);
  let cursor = 0;
  const images: PageImage[] = [];
  for (const img of [...document.querySelectorAll('img')]) {
    const options = candidates(img);
    const host = options.map((c) => hostOf(c, base)).find((h) => h !== undefined);
    if (isPixel(img) || (host !== undefined && TRACKER_HOSTS.test(host)) || options.length === 0) {
      img.remove();
      continue;
    }
    let resource: Resource | undefined;
    let reference = options[0] ?? '';
    for (const option of options) {
      resource = option.startsWith('data:') ? dataResource(option) : page.resource(option);
      if (resource !== undefined) {
        reference = option;
        break;
      }
    }
    const needle = reference.startsWith('data:') ? '<img' : reference.replace(/&/gu, '&amp;');
    let offset = page.html.indexOf(needle, cursor);
    if (offset === -1) offset = page.html.indexOf(reference, cursor);
    if (offset !== -1) cursor = offset + 1;
    const at = lines.point(offset === -1 ? cursor : offset);
    images.push({ reference: reference.startsWith('data:') ? 'an inline data: image' : reference, resource, alt: img.getAttribute('alt')?.trim() ?? '', ...at });
    for (const name of [...img.getAttributeNames()]) if (name !== 'alt' && name !== 'title') img.removeAttribute(name);
    img.setAttribute('src', `${IMAGE_URL}${images.length - 1}`);
  }

  for (const link of [...document.querySelectorAll('a[href]')]) {
    const href = link.getAttribute('href')?.trim() ?? '';
    let absolute: URL | undefined;
    try {
      absolute = new URL(href, base);
    } catch {
      absolute = undefined;
    }
    const external = absolute !== undefined && /^(https?|mailto):$/u.test(absolute.protocol) && !href.startsWith('#');
    if (external && absolute !== undefined) link.setAttribute('href', absolute.href);
    else link.removeAttribute('href');
  }
  return { document, images };
}
