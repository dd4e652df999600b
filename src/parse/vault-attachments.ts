// Obsidian finds an embedded file by its name anywhere in the vault:
// `![[photo.png]]` may stand for `attachments/photo.png`, where its settings
// put what is pasted in. An embed (wikilinks.ts) naming a bare file that is
// not beside the manuscript, in a --resource-path folder or the working
// folder is looked for by name in their subfolders, shallowest first, and
// its address rewritten to the file found, relative to the manuscript's
// folder, so that the image is then read as any other (local-file.ts). The
// search stays inside those folders, skips hidden ones (`.obsidian`, `.git`)
// and `node_modules`, and stops after a few levels and folders: a working
// folder may be a whole home.
import { readdirSync, type Dirent } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Root } from 'mdast';
import { eachNode } from './each-node.ts';
import { findLocalFile, type FilePlaces } from './local-file.ts';

const MAX_DEPTH = 4;
const MAX_FOLDERS = 1000;

export function findVaultAttachments(root: Root, places: FilePlaces): void {
  let byName: Map<string, string> | undefined;
  eachNode(root, (node) => {
    if (node.type !== 'image' || node.data?.wikilink !== true || /[/\\]/u.test(node.url)) return;
    if ('path' in findLocalFile(places, node.url, node.url, 'image')) return;
    byName ??= filesByName(places);
    const found = byName.get(node.url);
    if (found !== undefined) node.url = relative(resolve(places.folder), found).split('\\').join('/');
  });
}

/** Each file name under the allowed folders, with the first path found for it (breadth first). */
function filesByName(places: FilePlaces): Map<string, string> {
  const { folder, resourcePath = [], cwd = process.cwd() } = places;
  const names = new Map<string, string>();
  let folders = 0;
  for (const root of new Set([folder, ...resourcePath, cwd].map((path) => resolve(path)))) {
    let level = [root];
    for (let depth = 0; depth <= MAX_DEPTH && level.length > 0; depth++) {
      const next: string[] = [];
      for (const dir of level) {
        if (++folders > MAX_FOLDERS) return names;
        for (const entry of entriesOf(dir)) {
          if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
          const path = join(dir, entry.name);
          if (entry.isDirectory()) next.push(path);
          else if (entry.isFile() && !names.has(entry.name)) names.set(entry.name, path);
        }
      }
      level = next;
    }
  }
  return names;
}

function entriesOf(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}
