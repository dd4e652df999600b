// A WARC crawl (.warc, .warc.gz): the page is the response (or resource)
// record whose target URI is the asked URL; its images are the other records.
// warcio (the Webrecorder project's reader) parses the records and undoes
// gzip and HTTP transfer/content encodings.
import { basename } from 'node:path';
import { charsetOf, decodeHtml, epochDate, nameFromUrl, pageError, type Resource, type SavedPage } from './page.ts';

interface Captured {
  readonly url: string;
  readonly type: string;
  readonly date: string | undefined;
  readonly bytes: Buffer;
}

/** The same page whatever its fragment or a lone trailing slash. */
function sameUrl(a: string, b: string): boolean {
  const norm = (u: string): string => {
    try {
      const url = new URL(u);
      url.hash = '';
      return url.href.replace(/\/$/u, '');
    } catch {
      return u;
    }
  };
  return norm(a) === norm(b);
}

/** The page's own file name (`tides.html`), else the crawl's. */
function htmlName(url: string, fallback: string): string {
  const last = new URL(url).pathname.split('/').filter((s) => s !== '').at(-1);
  const name = last === undefined ? fallback : nameFromUrl(url);
  return /\.html?$/iu.test(name) ? name : `${name}.html`;
}

async function readRecords(bytes: Buffer): Promise<Captured[]> {
  const { WARCParser } = await import('warcio');
  const records: Captured[] = [];
  for await (const record of WARCParser.iterRecords([bytes])) {
    const url = record.warcTargetURI;
    const status = record.httpHeaders?.statusCode;
    const type = (record.warcType === 'response' ? record.httpHeaders?.headers.get('content-type') : record.warcContentType) ?? '';
    const wanted =
      (record.warcType === 'response' || record.warcType === 'resource') &&
      !!url &&
      (record.warcType !== 'response' || status === undefined || Number(status) === 200) &&
      /^(text\/html|application\/xhtml|image\/)/iu.test(type);
    // Every record is read, even one not wanted: warcio's skipping never ends on a truncated record.
    const content = Buffer.from(await record.readFully(wanted));
    if (wanted && url) records.push({ url, type, date: record.warcDate ?? undefined, bytes: content });
  }
  return records;
}

export async function readWarcPage(path: string, bytes: Buffer, wanted: string | undefined): Promise<SavedPage> {
  let records: Captured[];
  try {
    records = await readRecords(bytes);
  } catch (error) {
    throw pageError(path, `not a readable WARC file: ${(error as Error).message}`);
  }
  const pages = records.filter((r) => /^(text\/html|application\/xhtml)/iu.test(r.type));
  const list = pages.map((p) => `  ${p.url}`).join('\n');
  if (pages.length === 0) throw pageError(path, 'the WARC file holds no HTML page (no text/html response or resource record)');
  let page: Captured | undefined;
  if (wanted === undefined) {
    if (pages.length > 1) throw pageError(path, `the WARC file holds ${pages.length} pages; choose one with --url:\n${list}`);
    page = pages[0];
  } else {
    page = pages.find((p) => sameUrl(p.url, wanted));
    if (page === undefined) throw pageError(path, `the WARC file has no page at ${wanted}; it has:\n${list}`);
  }
  if (page === undefined) throw pageError(path, 'the WARC file holds no HTML page');
  const url = page.url;
  const images = new Map(records.filter((r) => r.type.startsWith('image/')).map((r) => [r.url, r]));
  const fixed = epochDate();
  const warcDate = page.date !== undefined && !Number.isNaN(Date.parse(page.date)) ? new Date(Date.parse(page.date)) : undefined;
  return {
    path,
    kind: 'warc',
    html: decodeHtml(page.bytes, charsetOf(page.type)),
    url,
    // A WARC always records its capture time (WARC-Date, required by the standard).
    captured: fixed !== undefined ? { date: fixed, from: 'SOURCE_DATE_EPOCH' } : { date: warcDate ?? new Date(0), from: 'warc' },
    original: { name: htmlName(url, basename(path).replace(/\.warc(\.gz)?$/iu, '')), bytes: page.bytes },
    resource(reference: string): Resource | undefined {
      let absolute: string;
      try {
        absolute = new URL(reference, url).href;
      } catch {
        return undefined;
      }
      const found = images.get(absolute);
      return found === undefined ? undefined : { bytes: found.bytes, type: found.type.split(';')[0]?.trim() ?? found.type, name: nameFromUrl(found.url) };
    },
  };
}
