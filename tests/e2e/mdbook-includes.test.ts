// An mdBook chapter built from the book's root, as its author runs mdBook:
// the listings it includes are printed in its code blocks, embedded beside the
// manuscript in the PDF/A-3 (so the archive copy needs no other file), and
// `galley check` reads them from there to expect every word of the page.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runGalley, temporaryDir } from '../helpers/cli.ts';
import { readPdf } from '../helpers/read-pdf.ts';

const LISTING = `// ANCHOR: all
use std::io;

// ANCHOR: main
fn main() {
    println!("Guess the number!");
    let mut guess = String::new();
    io::stdin().read_line(&mut guess).expect("Failed to read line");
}
// ANCHOR_END: main
// ANCHOR_END: all
`;

const CHAPTER = `# Programming a Guessing Game

{{#title Guessing Game}}

The whole program:

\`\`\`rust,ignore
{{#rustdoc_include ../listings/ch02/src/main.rs:all}}
\`\`\`

Reading a line, as the listing's \`main\` has it:

\`\`\`rust
{{#include ../listings/ch02/src/main.rs:main}}
\`\`\`

{{#playground ../listings/ch02/src/hello.rs}}

That is all.
`;

describe('an mdBook chapter with included listings, built and checked', () => {
  const book = temporaryDir();
  const out = join(book, 'out');
  let stderr = '';
  beforeAll(() => {
    mkdirSync(join(book, 'src'));
    mkdirSync(join(book, 'listings', 'ch02', 'src'), { recursive: true });
    writeFileSync(join(book, 'listings', 'ch02', 'src', 'main.rs'), LISTING);
    writeFileSync(join(book, 'listings', 'ch02', 'src', 'hello.rs'), 'fn main() {\n    println!("Hello, playground!");\n}\n');
    writeFileSync(join(book, 'src', 'ch02.md'), CHAPTER);
    writeFileSync(join(book, 'book.yaml'), 'title: The Game Book\nchapters:\n  - src/ch02.md\n');
    const run = runGalley(['build', 'src/ch02.md', '--out', out], {}, book);
    stderr = run.stderr;
    expect(run.status).toBe(0);
    expect(runGalley(['build', 'book.yaml', '--out', join(book, 'book-out'), '--format', 'pdf'], {}, book).status).toBe(0);
  });

  test('the listings are printed in place of their directives, which are not; nothing is warned about them', async () => {
    const pdf = await readPdf(readFileSync(join(out, 'ch02.pdf')));
    const text = pdf.pages.map((page) => page.text).join('\n');
    expect(text).toContain('io::stdin().read_line(&mut guess)');
    expect(text).toContain('println!("Hello, playground!");');
    expect(text).not.toMatch(/\{\{#|ANCHOR|Guessing Game\}\}/u);
    expect(text.match(/Guess the number!/gu)).toHaveLength(2);
    expect(stderr).not.toMatch(/mdBook|include/u);
  });

  test('each included file is embedded beside the manuscript, under the name the chapter gives it', () => {
    const bytes = readFileSync(join(out, 'ch02.pdf')).toString('latin1');
    expect(bytes).toContain('(../listings/ch02/src/main.rs)');
    expect(bytes).toContain('(../listings/ch02/src/hello.rs)');
    expect(bytes).toMatch(/\/AFRelationship \/Supplement/u);
  });

  test('galley check expects the included words from the embedded files, and finds every one, in a chapter of a book too', () => {
    // A book's PDF is named after its folder.
    const bookPdf = readdirSync(join(book, 'book-out')).find((name) => name.endsWith('.pdf')) ?? 'missing.pdf';
    for (const pdf of [join(out, 'ch02.pdf'), join(book, 'book-out', bookPdf)]) {
      const run = runGalley(['check', pdf]);
      expect(run.stdout).toMatch(/pass {2}Text layer against the embedded manuscript {2}all \d+ words/u);
      expect(run.status).toBe(0);
    }
  });
});
