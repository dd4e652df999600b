// citeproc's small HTML (i, b, span styles, sup, sub, a, div) → Document
// Inlines. The HTML is read into flat runs (text + italic/bold/link), which
// handles the style's "flip-flop" (roman inside italic) naturally, then
// regrouped: link outermost, then emphasis, then strong. URLs in plain text
// become links too, so every address in a note can be followed.
import type { Inline } from '../document.ts';

interface Run {
  readonly text: string;
  readonly italic: boolean;
  readonly bold: boolean;
  readonly link?: string;
}

/** A stretch of the HTML (by offsets) to link to `url`, unless an inner link (a URL) takes it. */
export interface LinkSpan {
  readonly start: number;
  readonly end: number;
  readonly url: string;
}

interface Style {
  italic?: boolean;
  bold?: boolean;
  link?: string;
}

const TAG = /<(\/?)([a-z]+)((?:\s+[a-z-]+="[^"]*")*)\s*\/?>/gi;

export function htmlToInlines(html: string, spans: readonly LinkSpan[] = []): Inline[] {
  const runs: Run[] = [];
  const stack: { name: string; style: Style }[] = [];
  const current = (): Required<Pick<Style, 'italic' | 'bold'>> & Pick<Style, 'link'> => {
    let italic = false;
    let bold = false;
    let link: string | undefined;
    for (const { style } of stack) {
      if (style.italic !== undefined) italic = style.italic;
      if (style.bold !== undefined) bold = style.bold;
      if (style.link !== undefined) link = style.link;
    }
    return { italic, bold, ...(link === undefined ? {} : { link }) };
  };
  const addText = (raw: string, offset: number): void => {
    // Span edges cut the text so each piece knows its link.
    const cuts = [...new Set(spans.flatMap((s) => [s.start, s.end]).filter((c) => c > offset && c < offset + raw.length))].sort((a, b) => a - b);
    let from = offset;
    for (const to of [...cuts, offset + raw.length]) {
      const style = current();
      const span = spans.find((s) => from >= s.start && from < s.end);
      const link = style.link ?? span?.url;
      runs.push({ text: decodeEntities(raw.slice(from - offset, to - offset)), italic: style.italic, bold: style.bold, ...(link === undefined ? {} : { link }) });
      from = to;
    }
  };

  let last = 0;
  for (const match of html.matchAll(TAG)) {
    if (match.index > last) addText(html.slice(last, match.index), last);
    last = match.index + match[0].length;
    const [, closing, rawName = '', attributes = ''] = match;
    const name = rawName.toLowerCase();
    if (closing) {
      const index = stack.map((e) => e.name).lastIndexOf(name);
      if (index !== -1) stack.splice(index);
      if (name === 'div') runs.push({ text: ' ', italic: false, bold: false });
      continue;
    }
    stack.push({ name, style: styleOf(name, attributes) });
  }
  if (last < html.length) addText(html.slice(last), last);
  return group(linkUrls(runs));
}

function styleOf(name: string, attributes: string): Style {
  const css = /style="([^"]*)"/.exec(attributes)?.[1] ?? '';
  const style: Style = {};
  if (name === 'i' || name === 'em' || /font-style:\s*(italic|oblique)/.test(css)) style.italic = true;
  if (/font-style:\s*normal/.test(css)) style.italic = false;
  if (name === 'b' || name === 'strong' || /font-weight:\s*bold/.test(css)) style.bold = true;
  if (/font-weight:\s*normal/.test(css)) style.bold = false;
  const href = /href="([^"]*)"/.exec(attributes)?.[1];
  const url = name === 'a' && href !== undefined ? webUrl(decodeEntities(href)) : undefined;
  if (url !== undefined) style.link = url;
  return style;
}

/** A web address as both writers may emit it (percent-encoded), or undefined for any other target. */
function webUrl(text: string): string | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"]+/g;

/** Addresses in unlinked text become links (without the sentence's closing punctuation). */
function linkUrls(runs: Run[]): Run[] {
  return runs.flatMap((run) => {
    if (run.link !== undefined && !run.link.startsWith('#')) return [run];
    const pieces: Run[] = [];
    let last = 0;
    for (const match of run.text.matchAll(URL_IN_TEXT)) {
      const shown = match[0].replace(/[.,;:!?)\]'"’”]+$/, '');
      const url = webUrl(shown);
      if (url === undefined) continue;
      if (match.index > last) pieces.push({ ...run, text: run.text.slice(last, match.index) });
      pieces.push({ ...run, text: shown, link: url });
      last = match.index + shown.length;
    }
    if (last < run.text.length) pieces.push({ ...run, text: run.text.slice(last) });
    return pieces;
  });
}

function group(runs: Run[]): Inline[] {
  const merged = collapseSpaces(runs.filter((r) => r.text !== ''));
  return byKey(merged, (r) => r.link, (link, members) => {
    const inner = byKey(members, (r) => r.italic, (italic, italicRuns) => {
      const innermost = byKey(italicRuns, (r) => r.bold, (bold, boldRuns) => {
        const text: Inline = { type: 'text', value: boldRuns.map((r) => r.text).join('') };
        return bold ? [{ type: 'strong', children: [text] }] : [text];
      });
      return italic ? [{ type: 'emphasis', children: innermost }] : innermost;
    });
    return link === undefined ? inner : [{ type: 'link', url: link, children: inner }];
  });
}

/** Consecutive runs with the same key, each group rendered by `make`. */
function byKey<K>(runs: readonly Run[], key: (run: Run) => K, make: (key: K, runs: Run[]) => Inline[]): Inline[] {
  const out: Inline[] = [];
  let start = 0;
  for (let i = 1; i <= runs.length; i++) {
    const first = runs[start];
    const run = runs[i];
    if (first !== undefined && (run === undefined || key(run) !== key(first))) {
      out.push(...make(key(first), runs.slice(start, i)));
      start = i;
    }
  }
  return out;
}

/** One space between words, none at the ends (citeproc's HTML carries indentation and newlines). */
function collapseSpaces(runs: Run[]): Run[] {
  const out: Run[] = [];
  let previousEndsInSpace = true;
  for (const run of runs) {
    let text = run.text.replace(/[ \t\r\n]+/g, ' ');
    if (previousEndsInSpace) text = text.replace(/^ /, '');
    if (text === '') continue;
    out.push({ ...run, text });
    previousEndsInSpace = text.endsWith(' ');
  }
  const lastRun = out[out.length - 1];
  if (lastRun !== undefined && lastRun.text.endsWith(' ')) {
    const trimmed = lastRun.text.replace(/ $/, '');
    if (trimmed === '') out.pop();
    else out[out.length - 1] = { ...lastRun, text: trimmed };
  }
  return out;
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
    if (!name.startsWith('#')) return NAMED[name.toLowerCase()] ?? entity;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}
