// `galley import`: a saved page (.html with its _files folder, .mhtml/.mht,
// .warc/.warc.gz) in, a manuscript with front matter and its images out,
// ready for `galley build`. Nothing here touches the network.
import { readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { stringify } from 'yaml';
import { type Diagnostic, UserError } from '../diagnostics.ts';
import { writeFileAtomic } from '../util/atomic-write.mjs';
import { extractArticle } from './article.ts';
import { preparePage } from './dom.ts';
import { readHtmlPage } from './html.ts';
import { resolveImages } from './images.ts';
import { articleMarkdown, usedImages } from './markdown.ts';
import { frontMatterFields, readPageFacts } from './metadata.ts';
import { readMhtmlPage } from './mhtml.ts';
import { pageError, type SavedPage } from './page.ts';
import { readWarcPage } from './warc.ts';

export interface ImportOptions {
  readonly outDir: string;
  /** The page's address: picks the record in a WARC; the source when the page names none. */
  readonly url?: string;
  readonly linksAsNotes: boolean;
  /** Warnings are errors, and nothing is written. */
  readonly strict?: boolean;
}

export interface EmbeddedOriginal {
  readonly name: string;
  readonly bytes: Buffer;
  readonly type: string;
}

export interface ImportResult {
  readonly manuscript: string;
  readonly outputs: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
  /** The page as saved and the images the article shows: what an archival PDF embeds as its source. */
  readonly original: readonly EmbeddedOriginal[];
  /** The capture time, in seconds: fixes the build's timestamps when the page has no date. */
  readonly captured: number;
  readonly hasDate: boolean;
}

async function readPage(path: string, url: string | undefined): Promise<SavedPage> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw pageError(path, `cannot read the page: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a file' : String(error)}`);
  }
  const ext = extname(path).toLowerCase();
  const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  if (ext === '.warc' || ext === '.gz' || gzip || bytes.toString('latin1', 0, 5) === 'WARC/') return readWarcPage(path, bytes, url);
  if (ext === '.mhtml' || ext === '.mht') return readMhtmlPage(path, bytes);
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml' || /^\s*</u.test(bytes.toString('latin1', 0, 64))) return readHtmlPage(path, bytes);
  throw pageError(path, 'not a saved web page: expected .html (with its _files folder), .mhtml/.mht, or .warc/.warc.gz');
}

/** The type of an image saved without one, from its first bytes. */
function mimeOf(bytes: Buffer): string {
  if (bytes.readUInt32BE(0) === 0x89504e47) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'image/jpeg';
  if (bytes.toString('latin1', 0, 4) === 'GIF8') return 'image/gif';
  if (bytes.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  if (/<svg/iu.test(bytes.toString('utf8', 0, 512))) return 'image/svg+xml';
  return 'application/octet-stream';
}

/** An ASCII file name from the title, short enough to read. */
function slugOf(title: string, fallback: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 60)
    .replace(/-+$/u, '');
  return slug !== '' ? slug : fallback;
}

export async function importPage(path: string, options: ImportOptions): Promise<ImportResult> {
  const page = await readPage(path, options.url);
  const base = options.url ?? page.url;
  const prepared = preparePage(page, base);
  const facts = readPageFacts(prepared.document, base);
  const article = extractArticle(prepared.document, path);
  const fields = frontMatterFields(article, facts, page, options.url);
  const stem = slugOf(fields.title, slugOf(basename(path, extname(path)), 'page'));

  const { outcomes, diagnostics } = await resolveImages(usedImages(article.content), prepared.images, page, stem);
  const body = articleMarkdown(article.content, { title: fields.title, images: outcomes, linksAsNotes: options.linksAsNotes });
  const frontMatter = stringify(fields, { lineWidth: 0 }).trimEnd();
  const manuscript = join(options.outDir, `${stem}.md`);

  if (options.strict === true && diagnostics.length > 0) throw new UserError(diagnostics.map((d) => ({ ...d, severity: 'error' as const })));
  const images = [...outcomes.values()].flatMap((o) => ('file' in o ? [o] : []));
  for (const image of images) writeFileAtomic(join(options.outDir, image.file), image.bytes);
  writeFileAtomic(manuscript, `---\n${frontMatter}\n---\n\n${body}`);
  const original: EmbeddedOriginal[] = [
    { name: page.original.name, bytes: page.original.bytes, type: 'text/html' },
    ...images.map((i, n) => ({ name: `${n + 1}-${i.original.name}`, bytes: i.original.bytes, type: i.original.type ?? mimeOf(i.original.bytes) })),
  ];
  return {
    manuscript,
    outputs: [...images.map((i) => join(options.outDir, i.file)), manuscript],
    diagnostics,
    original,
    captured: Math.floor(page.captured.date.getTime() / 1000),
    hasDate: fields.date !== undefined,
  };
}
