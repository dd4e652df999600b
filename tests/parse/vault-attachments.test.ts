// An embedded file not found where Markdown images are looked for is found
// by name in the allowed folders' subfolders, shallowest first, as Obsidian
// finds attachments; hidden folders, deep ones and other folders are not
// searched, and Markdown's own images are left as written.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Image, Root } from 'mdast';
import { beforeAll, describe, expect, it } from 'vitest';
import { findVaultAttachments } from '../../src/parse/vault-attachments.ts';
import { temporaryDir } from '../helpers/cli.ts';

const embed = (url: string, wikilink = true): Image => ({ type: 'image', url, ...(wikilink ? { data: { wikilink: true } } : {}) });
const urls = (names: readonly string[], places: { folder: string; cwd: string }, wikilink = true): string[] => {
  const images = names.map((name) => embed(name, wikilink));
  const root: Root = { type: 'root', children: [{ type: 'paragraph', children: images }] };
  findVaultAttachments(root, places);
  return images.map((image) => image.url);
};

describe('vault attachments', () => {
  const vault = temporaryDir();
  const notes = join(vault, 'notes');
  beforeAll(() => {
    for (const dir of ['notes/attachments/old', 'notes/assets', 'notes/.obsidian', 'notes/a/b/c/d/e', 'elsewhere']) mkdirSync(join(vault, dir), { recursive: true });
    for (const file of ['notes/beside.png', 'notes/attachments/photo.png', 'notes/attachments/old/photo.png', 'notes/assets/map.png', 'notes/.obsidian/hidden.png', 'notes/a/b/c/d/e/deep.png', 'elsewhere/away.png']) {
      writeFileSync(join(vault, file), 'png');
    }
  });

  it('finds a bare name in a subfolder, the shallowest first; leaves one beside the manuscript as written', () => {
    expect(urls(['beside.png', 'photo.png', 'map.png'], { folder: notes, cwd: notes })).toEqual(['beside.png', 'attachments/photo.png', 'assets/map.png']);
  });

  it('searches no hidden folder, nothing too deep, nothing outside the allowed folders, and no path or Markdown image', () => {
    expect(urls(['hidden.png', 'deep.png', 'away.png', 'x/photo.png'], { folder: notes, cwd: notes })).toEqual(['hidden.png', 'deep.png', 'away.png', 'x/photo.png']);
    expect(urls(['photo.png'], { folder: notes, cwd: notes }, false)).toEqual(['photo.png']);
  });

  it('finds a file under the working folder, relative to the manuscript', () => {
    expect(urls(['away.png'], { folder: notes, cwd: vault })).toEqual(['../elsewhere/away.png']);
  });
});
