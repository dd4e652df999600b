// Checks on the text a reader (or a search engine, or a screen reader without
// tags) gets out of the PDF, read with pdf.js: every note starts on the page
// of its first reference, and the manuscript's words are all there, in order.
import type { Node as MdastNode, Parent as MdastParent } from 'mdast';
import { Diagnostics } from '../../diagnostics.ts';
import type { CheckResult } from '../types.ts';
import { result } from '../types.ts';

export interface TextItem {
  readonly str: string;
  /** Baseline origin, PDF user space (y grows upwards). */
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly width: number;
}

export interface TextPage {
  readonly number: number;
  readonly items: readonly TextItem[];
}

export async function readTextLayer(bytes: Uint8Array): Promise<TextPage[]> {
  // pdf.js is large: loaded only when a PDF is checked.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const pages: TextPage[] = [];
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      const items: TextItem[] = [];
      for (const raw of content.items) {
        if (!('str' in raw) || raw.str === '') continue;
        const [a = 0, b = 0, , , x = 0, y = 0] = raw.transform as number[];
        items.push({ str: raw.str, x, y, size: Math.hypot(a, b), width: raw.width });
      }
      pages.push({ number: n, items });
    }
  } finally {
    await pdf.destroy();
  }
  return pages;
}

const roundSize = (size: number): number => Math.round(size * 10) / 10;

/** The size most of the document's characters are set in: the body text. */
function bodySize(pages: readonly TextPage[]): number {
  const chars = new Map<number, number>();
  for (const item of pages.flatMap((p) => p.items)) chars.set(roundSize(item.size), (chars.get(roundSize(item.size)) ?? 0) + item.str.length);
  return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

const NUMBER = /^\d{1,4}$/u;
// A note mark is set well below the body size (Galley: 0.65 of it); a note's
// number, in the note size, still smaller than the body.
const MARK_SIZE = 0.8;
const NOTE_SIZE = 0.95;
// Points of slack when comparing baselines.
const BASELINE_SLACK = 0.5;

/** Note marks: small numbers raised above the text they follow. */
function noteMarks(page: TextPage, body: number): { number: number; page: number }[] {
  const marks: { number: number; page: number }[] = [];
  page.items.forEach((item, i) => {
    const previous = page.items[i - 1];
    const text = item.str.trim();
    if (!NUMBER.test(text) || previous === undefined || item.size >= body * MARK_SIZE) return;
    const raised = item.y > previous.y + BASELINE_SLACK && item.y - previous.y < body;
    const follows = Math.abs(item.x - (previous.x + previous.width)) < item.size * 2;
    if (raised && follows) marks.push({ number: Number(text), page: page.number });
  });
  return marks;
}

/**
 * Where notes start: below all the page's body text, a small number that
 * opens a line and is followed on its baseline by the note's text.
 */
function noteStarts(page: TextPage, body: number): number[] {
  const bodyItems = page.items.filter((i) => roundSize(i.size) === body);
  const bottomOfBody = Math.min(...bodyItems.map((i) => i.y));
  const starts: { number: number; y: number }[] = [];
  for (const item of page.items) {
    const text = item.str.trim();
    if (!NUMBER.test(text) || item.size >= body * NOTE_SIZE || item.y >= bottomOfBody - BASELINE_SLACK) continue;
    const sameLine = page.items.filter((other) => other !== item && Math.abs(other.y - item.y) < BASELINE_SLACK);
    const opensLine = sameLine.every((other) => other.x > item.x);
    const followedByText = sameLine.some((other) => other.x > item.x && /\p{L}/u.test(other.str));
    if (opensLine && followedByText) starts.push({ number: Number(text), y: item.y });
  }
  return starts.sort((a, b) => b.y - a.y).map((s) => s.number);
}

export function checkNotesOnPage(pages: readonly TextPage[]): CheckResult {
  const title = 'Every note on its reference’s page';
  const body = bodySize(pages);
  const firstMark = new Map<number, number>();
  const start = new Map<number, number>();
  for (const page of pages) {
    for (const mark of noteMarks(page, body)) if (!firstMark.has(mark.number)) firstMark.set(mark.number, mark.page);
    for (const number of noteStarts(page, body)) if (!start.has(number)) start.set(number, page.number);
  }
  if (firstMark.size === 0 && start.size === 0) return result('pdf.notes', title, 'pass', 'no note marks or notes in the text layer');
  const wrong: string[] = [];
  const unmatched: string[] = [];
  for (const [number, page] of [...firstMark].sort((a, b) => a[0] - b[0])) {
    const notePage = start.get(number);
    if (notePage === undefined) unmatched.push(`note ${number}: marked on page ${page}, but no note ${number} found at a page foot`);
    else if (notePage !== page) wrong.push(`note ${number}: first referenced on page ${page}, but the note starts on page ${notePage}`);
  }
  for (const number of start.keys()) if (!firstMark.has(number)) unmatched.push(`note ${number}: at a page foot, but no mark for it found in the text`);
  if (wrong.length > 0) return result('pdf.notes', title, 'fail', `${wrong.length} of ${firstMark.size} note(s) start on another page than their reference`, [...wrong, ...unmatched]);
  if (unmatched.length > 0) return result('pdf.notes', title, 'warn', `${firstMark.size - unmatched.length} note(s) on their page; ${unmatched.length} could not be paired`, unmatched);
  return result('pdf.notes', title, 'pass', `${firstMark.size} note(s), each starting on the page of its first reference`);
}

/** A word reduced to its letters and digits, so quotes, dashes and hyphenation do not count. */
function normalize(word: string): string {
  return word.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** The words of a text, normalized for comparison. */
export function normalizedWords(text: string): string[] {
  return text.split(/\s+/u).map(normalize).filter((w) => w !== '');
}

/** The manuscript's words, body and notes apart, from its Markdown (front matter, markup and citations left out). */
export function manuscriptWords(markdown: string, parse: (text: string) => MdastNode | null): { body: string[]; notes: string[][] } {
  const root = parse(markdown);
  const body: string[] = [];
  const notes: string[][] = [];
  const skip = new Set(['yaml', 'html', 'footnoteReference', 'definition', 'image', 'imageReference']);
  // A note defined but never cited is not typeset.
  const cited = new Set<string>();
  const findCited = (node: MdastNode): void => {
    if (node.type === 'footnoteReference' && 'identifier' in node) cited.add(String(node.identifier));
    if ('children' in node && Array.isArray(node.children)) (node.children as MdastNode[]).forEach(findCited);
  };
  if (root !== null) findCited(root);
  const collect = (node: MdastNode, into: string[]): void => {
    if (skip.has(node.type)) return;
    if (node.type === 'footnoteDefinition') {
      if (!('identifier' in node) || !cited.has(String(node.identifier))) return;
      const note: string[] = [];
      for (const child of (node as unknown as MdastParent).children) collect(child, note);
      notes.push(note);
      return;
    }
    if ((node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') && 'value' in node && typeof node.value === 'string') {
      into.push(...normalizedWords(node.value));
      return;
    }
    if ('children' in node && Array.isArray(node.children)) for (const child of node.children as MdastNode[]) collect(child, into);
  };
  if (root !== null) collect(root, body);
  return { body, notes };
}

/** Index of the first expected word not found in order (-1: all found); a word may be split over tokens (line breaks). */
export function findInOrder(tokens: readonly string[], expected: readonly string[], maxGap: number, from = 0): number {
  let t = from;
  for (let w = 0; w < expected.length; w++) {
    const word = expected[w] ?? '';
    let found = false;
    for (let skipped = 0; t < tokens.length && skipped <= maxGap; t++, skipped++) {
      const used = spells(tokens, t, word);
      if (used > 0) {
        t += used;
        found = true;
        break;
      }
    }
    if (!found) return w;
  }
  return -1;
}

/** How many tokens from `start` join up to `word` (0: none). */
function spells(tokens: readonly string[], start: number, word: string): number {
  let joined = '';
  for (let t = start; t < tokens.length && t < start + 8; t++) {
    joined += tokens[t] ?? '';
    if (joined === word) return t - start + 1;
    if (!word.startsWith(joined)) return 0;
  }
  return 0;
}

/** The words of the text layer in drawing order, normalized like the manuscript's. */
export function layerWords(pages: readonly TextPage[]): string[] {
  return pages.flatMap((p) => p.items.flatMap((item) => normalizedWords(item.str)));
}

// Between two body words may come a page's notes, running head and folio.
const MAX_GAP = 400;

export async function checkTextAgainstSource(pages: readonly TextPage[], markdown: string | null): Promise<CheckResult> {
  const title = 'Text layer against the embedded manuscript';
  if (markdown === null) return result('pdf.text', title, 'skip', 'no embedded manuscript to compare with');
  const { parseMarkdown } = await import('../../parse/markdown.ts');
  const { body, notes } = manuscriptWords(markdown, (text) => parseMarkdown(text, new Diagnostics('manuscript')));
  const tokens = layerWords(pages);
  const missing = findInOrder(tokens, body, MAX_GAP);
  const problems: string[] = [];
  if (missing !== -1) problems.push(`body text missing or out of order from word ${missing + 1} of ${body.length}: “${body.slice(missing, missing + 8).join(' ')}…”`);
  notes.forEach((note, i) => {
    const at = findInOrder(tokens, note, MAX_GAP);
    if (at !== -1) problems.push(`note ${i + 1} of the manuscript (in writing order) missing from word ${at + 1}: “${note.slice(at, at + 8).join(' ')}…”`);
  });
  if (problems.length > 0) return result('pdf.text', title, 'fail', `${problems.length} passage(s) of the manuscript not found`, problems);
  return result('pdf.text', title, 'pass', `all ${body.length} words of the manuscript’s text and its ${notes.length} written note(s) are in the text layer, in order`);
}
