// MHTML (.mhtml/.mht, RFC 2557): one MIME multipart/related message holding
// the page and its resources, each part named by Content-Location (or
// Content-ID, for `cid:` references) and encoded quoted-printable or base64.
// Browsers write a plain subset of MIME, so this small reader is enough and
// spares a mail-parsing dependency.
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { charsetOf, decodeHtml, epochDate, nameFromUrl, pageError, type Resource, type SavedPage } from './page.ts';

interface Part {
  readonly headers: ReadonlyMap<string, string>;
  readonly body: Buffer;
}

/** Header lines (folded continuations joined) up to the first blank line; keys lower-cased. */
function parseHeaders(text: string): Map<string, string> {
  const headers = new Map<string, string>();
  const unfolded = text.replace(/\r?\n[ \t]+/gu, ' ');
  for (const line of unfolded.split(/\r?\n/u)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(key)) headers.set(key, line.slice(colon + 1).trim());
  }
  return headers;
}

/** Splits a message at its first blank line. */
function splitMessage(bytes: Buffer): { headers: Map<string, string>; body: Buffer } {
  const text = bytes.toString('latin1');
  const match = /\r?\n\r?\n/u.exec(text);
  if (match === null) return { headers: parseHeaders(text), body: Buffer.alloc(0) };
  return { headers: parseHeaders(text.slice(0, match.index)), body: bytes.subarray(match.index + match[0].length) };
}

function decodeQuotedPrintable(body: Buffer): Buffer {
  const text = body.toString('latin1').replace(/=\r?\n/gu, '');
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text[i] === '=' ? text.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/u.test(hex)) {
      out.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      out.push(text.charCodeAt(i) & 0xff);
    }
  }
  return Buffer.from(out);
}

function decodeBody(part: Part): Buffer {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.body.toString('latin1').replace(/[^A-Za-z0-9+/=]/gu, ''), 'base64');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body);
  return part.body;
}

function parseParts(body: Buffer, boundary: string): Part[] {
  const text = body.toString('latin1');
  const delimiter = `--${boundary}`;
  const parts: Part[] = [];
  let start = text.indexOf(delimiter);
  while (start !== -1) {
    const afterDelimiter = start + delimiter.length;
    if (text.startsWith('--', afterDelimiter)) break;
    const next = text.indexOf(`\n${delimiter}`, afterDelimiter);
    const contentStart = text.indexOf('\n', afterDelimiter) + 1;
    const end = next === -1 ? text.length : text[next - 1] === '\r' ? next - 1 : next;
    if (contentStart > 0 && contentStart <= end) {
      const { headers, body: partBody } = splitMessage(body.subarray(contentStart, end));
      parts.push({ headers, body: partBody });
    }
    start = next === -1 ? -1 : next + 1;
  }
  return parts;
}

export function readMhtmlPage(path: string, bytes: Buffer): SavedPage {
  const { headers, body } = splitMessage(bytes);
  const contentType = headers.get('content-type') ?? '';
  const boundary = /boundary\s*=\s*"?([^";]+)"?/iu.exec(contentType)?.[1];
  if (!/multipart\/related/iu.test(contentType) || boundary === undefined) {
    throw pageError(path, 'not an MHTML file: no "Content-Type: multipart/related" with a boundary in its header');
  }
  const parts = parseParts(body, boundary);
  const pageUrl = headers.get('snapshot-content-location');
  const isHtml = (p: Part): boolean => /^text\/html/iu.test(p.headers.get('content-type') ?? '');
  const main = parts.find((p) => isHtml(p) && pageUrl !== undefined && p.headers.get('content-location') === pageUrl) ?? parts.find(isHtml);
  if (main === undefined) throw pageError(path, 'the MHTML file holds no text/html part: there is no page in it');
  const mainBytes = decodeBody(main);
  const html = decodeHtml(mainBytes, charsetOf(main.headers.get('content-type')));
  const url = pageUrl ?? main.headers.get('content-location');

  const resources = new Map<string, Resource>();
  for (const part of parts) {
    if (part === main) continue;
    const type = (part.headers.get('content-type') ?? '').split(';')[0]?.trim();
    const location = part.headers.get('content-location');
    const id = part.headers.get('content-id')?.replace(/^<|>$/gu, '');
    const resource = { bytes: decodeBody(part), name: nameFromUrl(location ?? id ?? 'image'), ...(type ? { type } : {}) };
    if (location !== undefined) resources.set(location, resource);
    if (id !== undefined) resources.set(`cid:${id}`, resource);
  }
  const date = headers.get('date');
  const captured = epochDate();
  const stamped = date !== undefined && !Number.isNaN(Date.parse(date)) ? new Date(Date.parse(date)) : undefined;
  return {
    path,
    kind: 'mhtml',
    html,
    ...(url !== undefined && /^https?:/u.test(url) ? { url } : {}),
    captured: captured !== undefined ? { date: captured, from: 'SOURCE_DATE_EPOCH' } : stamped !== undefined ? { date: stamped, from: 'mhtml' } : { date: statSync(path).mtime, from: 'file' },
    original: { name: `${basename(path).replace(/\.(mhtml|mht)$/iu, '')}.html`, bytes: mainBytes },
    resource(reference: string): Resource | undefined {
      if (resources.has(reference)) return resources.get(reference);
      try {
        return resources.get(new URL(reference, url).href);
      } catch {
        return undefined;
      }
    },
  };
}
