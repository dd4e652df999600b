// Reads a finished PDF back with pdfjs-dist: the text a reader would see, page
// by page, with positions and sizes.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface TextItem {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  /** Rendered font size (from the text matrix). */
  readonly size: number;
  readonly width: number;
  readonly fontName: string;
}

export interface PdfPage {
  readonly number: number;
  /** Height of the page in points; item `y` counts up from the page's foot. */
  readonly height: number;
  readonly items: readonly TextItem[];
  /** The page's text in reading order, items joined with their own spacing. */
  readonly text: string;
}

export interface PdfLink {
  readonly page: number;
  /** An external URL. */
  readonly url?: string;
  /** A named destination in the document. */
  readonly dest?: string;
}

export interface PdfReadBack {
  readonly pages: readonly PdfPage[];
  readonly links: readonly PdfLink[];
  /** Names of the document's named destinations. */
  readonly destinations: ReadonlySet<string>;
  readonly info: Record<string, unknown>;
  readonly outline: readonly { title: string }[];
}

export async function readPdf(bytes: Uint8Array): Promise<PdfReadBack> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages: PdfPage[] = [];
  const links: PdfLink[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    for (const annotation of (await page.getAnnotations()) as { subtype: string; url?: string; dest?: unknown }[]) {
      if (annotation.subtype !== 'Link') continue;
      links.push({
        page: n,
        ...(annotation.url !== undefined ? { url: annotation.url } : {}),
        ...(typeof annotation.dest === 'string' ? { dest: annotation.dest } : {}),
      });
    }
    const content = await page.getTextContent();
    const items: TextItem[] = [];
    let text = '';
    for (const raw of content.items) {
      if (!('str' in raw)) continue;
      const [a = 0, b = 0, , , x = 0, y = 0] = raw.transform as number[];
      items.push({ str: raw.str, x, y, size: Math.hypot(a, b), width: raw.width, fontName: raw.fontName });
      text += raw.str + (raw.hasEOL ? '\n' : '');
    }
    pages.push({ number: n, height: page.view[3] ?? 0, items, text });
  }
  const metadata = await pdf.getMetadata();
  const outline = ((await pdf.getOutline()) ?? []).map((o) => ({ title: o.title }));
  const destinations = new Set(Object.keys(await pdf.getDestinations()));
  await pdf.destroy();
  return { pages, links, destinations, info: metadata.info as Record<string, unknown>, outline };
}

export interface Token {
  readonly text: string;
  readonly page: number;
  readonly y: number;
  /** Set much smaller than the page's main text and raised: a note mark. */
  readonly superscript: boolean;
}

/**
 * The words of each page in drawing order. Items that touch are one word
 * (a word may change font midway); superscript note marks are words of their own.
 */
export function pageTokens(page: PdfPage): Token[] {
  const sizes = new Map<number, number>();
  for (const item of page.items) {
    const size = Math.round(item.size * 10) / 10;
    sizes.set(size, (sizes.get(size) ?? 0) + item.str.length);
  }
  const mainSize = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const tokens: Token[] = [];
  let current = '';
  let currentY = 0;
  let previous: TextItem | undefined;
  const flush = (): void => {
    if (current !== '') tokens.push({ text: current, page: page.number, y: currentY, superscript: false });
    current = '';
  };
  for (const item of page.items) {
    const superscript = item.size < mainSize * 0.75 && previous !== undefined && item.y > previous.y + 0.5 &&
      Math.abs(item.x - (previous.x + previous.width)) < item.size;
    if (superscript) {
      flush();
      tokens.push({ text: item.str.trim(), page: page.number, y: item.y, superscript: true });
      previous = item;
      continue;
    }
    const touches = previous !== undefined && Math.abs(item.y - previous.y) < 1 &&
      Math.abs(item.x - (previous.x + previous.width)) < item.size * 0.1;
    if (!touches) flush();
    const parts = item.str.split(/\s+/u);
    parts.forEach((part, i) => {
      if (i > 0) flush();
      if (part !== '') {
        if (current === '') currentY = item.y;
        current += part;
      }
    });
    previous = item;
  }
  flush();
  return tokens;
}

/**
 * Finds `expected` words in order among the tokens, allowing other tokens (running
 * heads, folios, notes) between them, and joining a word broken at a line end:
 * by an added hyphen, or with nothing added (a URL broken after a slash).
 * Returns the index of the first word not found, or -1 when all were found.
 */
export function findWordsInOrder(tokens: readonly Token[], expected: readonly string[], maxGap = 200): number {
  let t = 0;
  for (let w = 0; w < expected.length; w++) {
    const word = expected[w]!;
    let found = false;
    for (let skipped = 0; t < tokens.length && skipped <= maxGap; t++, skipped++) {
      const consumed = matchBrokenWord(tokens, t, word);
      if (consumed > 0) {
        found = true;
        t += consumed;
        break;
      }
    }
    if (!found) return w;
  }
  return -1;
}

/** How many tokens from `start` spell `word` (0: they don't). */
function matchBrokenWord(tokens: readonly Token[], start: number, word: string): number {
  let joined = '';
  for (let t = start; t < tokens.length && t < start + 12; t++) {
    const token = tokens[t]!.text;
    if (joined + token === word) return t - start + 1;
    // Plain-text extraction glues a superscript note mark to its word ("Ukraine.1").
    if ((joined + token).startsWith(word) && /^\d+$/u.test((joined + token).slice(word.length))) return t - start + 1;
    const dehyphenated = token.endsWith('-') ? joined + token.slice(0, -1) : undefined;
    if (word.startsWith(joined + token)) joined += token;
    else if (dehyphenated !== undefined && word.startsWith(dehyphenated)) joined = dehyphenated;
    else return 0;
  }
  return 0;
}

/** The index of the token where `expected` starts as a run of consecutive words, or -1. */
export function findSequence(tokens: readonly Token[], expected: readonly string[]): number {
  for (let start = 0; start < tokens.length; start++) {
    if (findWordsInOrder(tokens.slice(start, start + expected.length * 2), expected, 0) === -1) return start;
  }
  return -1;
}
