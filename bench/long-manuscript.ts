// The benchmark's long manuscript: the article's body repeated, each copy under
// its own heading with its own note labels, so every note stays distinct.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const FRONT_MATTER = /^---\n[\s\S]*?\n---\n/;

export function repeatManuscript(markdown: string, times: number): string {
  const frontMatter = FRONT_MATTER.exec(markdown)?.[0] ?? '';
  const body = markdown.slice(frontMatter.length);
  const copies: string[] = [];
  for (let i = 1; i <= times; i++) {
    copies.push(`## Part ${i}\n\n${body.replace(/\[\^([^\]\s]+)\]/g, `[^$1-${i}]`)}`);
  }
  return `${frontMatter}\n${copies.join('\n\n')}`;
}

/**
 * Writes `<dir>/<name>` repeating `source` `times` over, with the bibliography
 * the article names (`sources.yaml`) copied beside it. Returns the new path.
 */
export function writeRepeatedManuscript(source: string, times: number, dir: string, name: string): string {
  const target = join(dir, name);
  writeFileSync(target, repeatManuscript(readFileSync(source, 'utf8'), times));
  const bibliography = join(dirname(source), 'sources.yaml');
  if (existsSync(bibliography)) copyFileSync(bibliography, join(dir, 'sources.yaml'));
  return target;
}
