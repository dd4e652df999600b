// A page saved by a browser as "Web Page, complete": the .html file and the
// `<name>_files` folder beside it, which its `<img>` elements name by relative
// path. Only files inside the page's own folder are read.
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { decodeHtml, epochDate, nameFromUrl, type Resource, type SavedPage } from './page.ts';

export function readHtmlPage(path: string, bytes: Buffer): SavedPage {
  const html = decodeHtml(bytes);
  const folder = resolve(dirname(path));
  // Chrome and Internet Explorer leave `<!-- saved from url=(0042)https://… -->` at the top.
  const savedFrom = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/iu.exec(html.slice(0, 2048))?.[1];
  const fixed = epochDate();
  return {
    path,
    kind: 'html',
    html,
    ...(savedFrom !== undefined && /^https?:/u.test(savedFrom) ? { url: savedFrom } : {}),
    // A saved page records no capture time: the file's own time stands for it.
    captured: fixed !== undefined ? { date: fixed, from: 'SOURCE_DATE_EPOCH' } : { date: statSync(path).mtime, from: 'file' },
    original: { name: basename(path), bytes },
    resource(reference: string): Resource | undefined {
      if (/^[a-z][a-z0-9+.-]*:/iu.test(reference) || reference.startsWith('//')) return undefined;
      let decoded = reference.split(/[?#]/u)[0] ?? '';
      try {
        decoded = decodeURIComponent(decoded);
      } catch {
        // keep it as written
      }
      const file = resolve(folder, decoded);
      const inside = relative(folder, file);
      if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..') return undefined;
      try {
        if (!statSync(file).isFile()) return undefined;
        return { bytes: readFileSync(file), name: nameFromUrl(file) };
      } catch {
        return undefined;
      }
    },
  };
}
