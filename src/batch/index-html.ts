// DIR/index.html: a static page that stands on its own in an archive, with no
// script: every manuscript's title, date, publisher and source, and links to
// its PDF and EPUB, from the batch manifest. Every value is HTML-escaped.
import { join, relative, sep } from 'node:path';
import { writeFileAtomic } from '../util/atomic-write.mjs';
import { readManifest } from './manifest.ts';

function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

function href(dir: string, file: string): string {
  return relative(dir, file).split(sep).map(encodeURIComponent).join('/');
}

function isWebAddress(text: string): boolean {
  return /^https?:\/\//iu.test(text);
}

/** Writes `dir`/index.html for what the manifest in `dir` lists; returns its path. */
export async function writeIndex(dir: string): Promise<string> {
  const entries = [...readManifest(dir).values()].sort((a, b) => a.about.title.localeCompare(b.about.title) || (a.outputs[0] ?? '').localeCompare(b.outputs[0] ?? ''));
  const rows = entries.map(({ about, outputs }) => {
    const links = outputs
      .filter((file) => /\.(pdf|epub)$/u.test(file))
      .map((file) => `<a href="${escape(href(dir, file))}">${file.endsWith('.pdf') ? 'PDF' : 'EPUB'}</a>`)
      .join(' ');
    const source = about.source === undefined ? '' : isWebAddress(about.source) ? `<a href="${escape(about.source)}">${escape(about.source)}</a>` : escape(about.source);
    return `<tr><td>${escape(about.title)}</td><td>${escape(about.date ?? '')}</td><td>${escape(about.publisher ?? '')}</td><td>${source}</td><td>${links}</td></tr>`;
  });
  const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Archive</title>
<style>body{font-family:serif;margin:2em}table{border-collapse:collapse}td,th{padding:.3em .8em;text-align:left;border-bottom:1px solid #ccc}</style>
</head>
<body>
<h1>Archive</h1>
<table>
<thead><tr><th>Title</th><th>Date</th><th>Publisher</th><th>Source</th><th>Files</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</body>
</html>
`;
  const target = join(dir, 'index.html');
  writeFileAtomic(target, html);
  return relative(process.cwd(), target) || target;
}
