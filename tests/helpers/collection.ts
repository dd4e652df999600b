// Small generated manuscripts for the batch, watch and queue tests: distinct
// titles and text, in nested folders, optionally one that cannot be built.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function manuscript(n: number): string {
  return `---\ntitle: Article ${n} <&> "quoted"\ndate: 2024-03-0${(n % 9) + 1}\npublisher: Press ${n % 3}\n---\n\nParagraph of article ${n}, with a note.[^a]\n\n[^a]: The note of article ${n}.\n`;
}

export const BROKEN = '---\ntitle: [unclosed\n---\n\nText.\n';

/** Writes `count` manuscripts under `root` in nested folders; returns their paths relative to root. */
export function writeCollection(root: string, count: number): string[] {
  const paths: string[] = [];
  for (let n = 1; n <= count; n++) {
    const relative = join(`vol-${n % 3}`, n % 2 === 0 ? `issue-${n % 4}` : '', `article-${n}.md`);
    mkdirSync(dirname(join(root, relative)), { recursive: true });
    writeFileSync(join(root, relative), manuscript(n));
    paths.push(relative);
  }
  return paths;
}
