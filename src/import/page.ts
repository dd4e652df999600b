// A saved web page, whatever container it came in: its HTML, where it was
// published, when it was captured, and the files saved with it. Readers for
// each container (html.ts, mhtml.ts, warc.ts) produce this; nothing after them
// knows which container it was.
import { UserError } from '../diagnostics.ts';

export interface Resource {
  readonly bytes: Buffer;
  /** MIME type, when the container says (else guessed from the name later). */
  readonly type?: string;
  /** A file name to suggest when the resource is written out. */
  readonly name: string;
}

export interface SavedPage {
  /** The file the user named. */
  readonly path: string;
  readonly kind: 'html' | 'mhtml' | 'warc';
  readonly html: string;
  /** Where the page was published, as the container records it. */
  readonly url?: string;
  /** When the page was captured, and where that time came from. */
  readonly captured: { readonly date: Date; readonly from: 'warc' | 'mhtml' | 'file' | 'SOURCE_DATE_EPOCH' };
  /** The original page as saved: embedded in the archival PDF. */
  readonly original: { readonly name: string; readonly bytes: Buffer };
  /** A file saved with the page, by the reference an `<img>` makes to it (resolved against the page). */
  resource(reference: string): Resource | undefined;
}

/** A page-level error: the file cannot be imported. */
export function pageError(path: string, message: string): UserError {
  return new UserError([{ severity: 'error', file: path, line: 1, column: 1, message }]);
}

/**
 * Decodes HTML bytes: text that is valid UTF-8 is UTF-8 (pages re-saved as UTF-8
 * often keep their old `<meta charset>`, and legacy encodings almost never form
 * valid UTF-8); else the declared charset, then `<meta charset>`, else UTF-8.
 */
export function decodeHtml(bytes: Buffer, declared?: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // not UTF-8: a legacy encoding, named below
  }
  const head = bytes.toString('latin1', 0, Math.min(bytes.length, 4096));
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w:.-]+)/iu.exec(head)?.[1];
  for (const label of [declared, meta]) {
    if (label === undefined) continue;
    try {
      const decoder = new TextDecoder(label);
      // Node 20 decodes windows-1252 (the label HTML gives every Latin-1 page) as ISO-8859-1: map 0x80–0x9F itself.
      return decoder.encoding === 'windows-1252' ? decoder.decode(bytes).replace(/[\u0080-\u009f]/gu, (c) => CP1252[c.charCodeAt(0) - 0x80] ?? c) : decoder.decode(bytes);
    } catch {
      // an unknown label: try the next
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/** Windows-1252's characters at 0x80–0x9F (the five unassigned bytes stay as they are). */
const CP1252 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** The charset parameter of a Content-Type value. */
export function charsetOf(contentType: string | undefined): string | undefined {
  return /charset\s*=\s*"?([\w:.-]+)/iu.exec(contentType ?? '')?.[1];
}

/** A file name for a resource, from the last segment of its URL. */
export function nameFromUrl(url: string): string {
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // not a URL: a path
  }
  const last = path.split('/').filter((s) => s !== '').at(-1) ?? 'image';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** A capture time fixed by SOURCE_DATE_EPOCH, else undefined. */
export function epochDate(): Date | undefined {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch !== undefined && /^\d+$/u.test(epoch) ? new Date(Number(epoch) * 1000) : undefined;
}
