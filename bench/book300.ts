// The benchmark's 300-page book, generated from the seed article: book.yaml
// with four parts of five chapters each, every chapter the article's body
// repeated under numbered sections, its notes relabelled per copy (so each
// stays distinct) and its citations kept, plus a cross-reference to the
// chapter before. Usage: npx tsx bench/book300.ts DIR [chapters] [copies per chapter]
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ARTICLE = join(ROOT, 'manuscript', 'article.md');
const FRONT_MATTER = /^---\n[\s\S]*?\n---\n/u;
const PARTS = ['The Front', 'The Briefings', 'The Alliance', 'The Aftermath', 'The Record', 'The Questions'];

/** Writes the book into `dir`; returns the path of its book.yaml. */
export function writeBook(dir: string, chapters = 20, copies = 6): string {
  mkdirSync(dir, { recursive: true });
  const article = readFileSync(ARTICLE, 'utf8');
  const body = article.slice(FRONT_MATTER.exec(article)?.[0].length ?? 0).trim();
  const perPart = 5;
  const entries: string[] = [];
  for (let c = 1; c <= chapters; c++) {
    const name = `chapter-${String(c).padStart(2, '0')}.md`;
    const sections: string[] = [];
    for (let k = 1; k <= copies; k++) {
      const text = body.replace(/\[\^([^\]\s]+)\]/gu, `[^$1-${k}]`);
      sections.push(`## Dispatch ${c}.${k}\n\n${text}`);
    }
    const back = c > 1 ? `\n\nThis chapter follows [the first dispatch of the chapter before](chapter-${String(c - 1).padStart(2, '0')}.md#dispatch-${c - 1}1).` : '';
    writeFileSync(join(dir, name), `# Report ${c} from the Kursk front\n\nThe ${copies} dispatches of this chapter come from one reporter’s notebook.${back}\n\n${sections.join('\n\n')}\n`);
    entries.push(name);
  }
  const lines = [
    'title: Dispatches from the Kursk Front',
    'subtitle: A generated book for the benchmark',
    'author: Galley Bench',
    'publisher: Galley Press',
    'date: 2026-01-01',
    'lang: en-US',
    'rights: Generated from an article of The New York Sun for testing; all rights remain with the publisher.',
    'bibliography: sources.yaml',
    'chapters:',
  ];
  for (let start = 0; start < entries.length; start += perPart) {
    lines.push(`  - part: "${PARTS[(start / perPart) % PARTS.length]}"`, '    chapters:');
    for (const name of entries.slice(start, start + perPart)) lines.push(`      - ${name}`);
  }
  writeFileSync(join(dir, 'book.yaml'), `${lines.join('\n')}\n`);
  copyFileSync(join(ROOT, 'manuscript', 'sources.yaml'), join(dir, 'sources.yaml'));
  return join(dir, 'book.yaml');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, chapters, copies] = process.argv.slice(2);
  if (dir === undefined) {
    process.stderr.write('usage: npx tsx bench/book300.ts DIR [chapters] [copies per chapter]\n');
    process.exit(2);
  }
  process.stdout.write(`wrote ${writeBook(dir, chapters === undefined ? 20 : Number(chapters), copies === undefined ? 6 : Number(copies))}\n`);
}
