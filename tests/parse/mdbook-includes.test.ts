// mdBook's {{#include}}, {{#rustdoc_include}} and {{#playground}} read the
// named lines into the manuscript's code blocks, as mdBook builds the page;
// {{#title}} is dropped; a file that cannot be read is printed as written with
// a warning at its block; files outside the allowed folders are never read.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { selectLines } from '../../src/parse/mdbook-includes.ts';
import { documentOf, messages, parse } from '../helpers/parse.ts';

const LISTING = ['// ANCHOR: all', 'use std::io;', '', '// ANCHOR: main', 'fn main() {', '    println!("Guess!");', '}', '// ANCHOR_END: main', '// ANCHOR_END: all', ''].join('\n');

describe('selectLines', () => {
  it('takes a line, a range open at either end, or all, leaving anchor lines out', () => {
    expect(selectLines(LISTING, '')).toEqual(['use std::io;', '', 'fn main() {', '    println!("Guess!");', '}']);
    expect(selectLines(LISTING, '2')).toEqual(['use std::io;']);
    expect(selectLines(LISTING, '5:')).toEqual(['fn main() {', '    println!("Guess!");', '}']);
    expect(selectLines(LISTING, ':3')).toEqual(['use std::io;', '']);
    expect(selectLines(LISTING, '5:6')).toEqual(['fn main() {', '    println!("Guess!");']);
  });

  it('takes the lines between an anchor and its end, or says there is no such anchor', () => {
    expect(selectLines(LISTING, 'main')).toEqual(['fn main() {', '    println!("Guess!");', '}']);
    expect(selectLines(LISTING, 'all')).toEqual(['use std::io;', '', 'fn main() {', '    println!("Guess!");', '}']);
    expect(selectLines(LISTING, 'missing')).toBe('no "ANCHOR: missing" line in the file');
  });
});

describe('mdBook inclusions in a manuscript', () => {
  const book = mkdtempSync(join(tmpdir(), 'galley-mdbook-'));
  mkdirSync(join(book, 'src'));
  mkdirSync(join(book, 'listings'));
  writeFileSync(join(book, 'listings', 'main.rs'), LISTING);
  writeFileSync(join(book, 'listings', 'blob.bin'), Buffer.from([0x89, 0x00, 0x01, 0x02]));
  const chapter = join(book, 'src', 'ch1.md');
  const build = (body: string) => parse(`---\ntitle: Game\n---\n\n${body}`, chapter);
  const codes = (body: string) => documentOf(build(body)).blocks.flatMap((block) => (block.type === 'code' ? [block.value] : []));
  const inBook = (run: () => void) => {
    const cwd = process.cwd();
    process.chdir(book);
    try {
      run();
    } finally {
      process.chdir(cwd);
    }
  };

  it('reads a file, an anchor or a range into a code block, relative to the chapter', () => {
    inBook(() => {
      const body = ['```rust', '{{#include ../listings/main.rs}}', '```', '', '```rust,noplayground', '{{ #rustdoc_include ../listings/main.rs:main }}', '```', '', '```rust', '// before', '{{#include ../listings/main.rs:2}}', '```'].join('\n');
      expect(codes(body)).toEqual(['use std::io;\n\nfn main() {\n    println!("Guess!");\n}', 'fn main() {\n    println!("Guess!");\n}', '// before\nuse std::io;']);
      expect(messages(build(body))).toEqual([]);
    });
  });

  it('sets a playground as a Rust code block and drops the page title, with no warning', () => {
    inBook(() => {
      const result = build('{{#title The Game}}\n\n{{#playground ../listings/main.rs editable}}\n\nAfter.\n');
      const blocks = documentOf(result).blocks;
      expect(blocks.map((block) => block.type)).toEqual(['code', 'paragraph']);
      expect(blocks[0]).toMatchObject({ type: 'code', lang: 'rust' });
      expect(messages(result)).toEqual([]);
    });
  });

  it('prints an escaped directive without its backslash, in a code block or span', () => {
    inBook(() => {
      const result = build('Write `\\{{#include file.rs}}`:\n\n```md\n\\{{#include file.rs:2:4}}\n```\n');
      expect(JSON.stringify(documentOf(result).blocks)).toContain('"value":"{{#include file.rs}}"');
      expect(codes('```md\n\\{{#include file.rs:2:4}}\n```\n')).toEqual(['{{#include file.rs:2:4}}']);
      expect(messages(result)).toEqual([]);
    });
  });

  it('prints what it cannot read as written, with a warning at its block: missing, outside the folders, not text, no such anchor', () => {
    inBook(() => {
      const body = ['```rust', '{{#include ../listings/gone.rs}}', '```', '', '```rust', '{{#include /etc/passwd}}', '```', '', '```', '{{#include ../listings/blob.bin}}', '```', '', '```rust', '{{#include ../listings/main.rs:nowhere}}', '```'].join('\n');
      const result = build(body);
      expect(codes(body)).toEqual(['{{#include ../listings/gone.rs}}', '{{#include /etc/passwd}}', '{{#include ../listings/blob.bin}}', '{{#include ../listings/main.rs:nowhere}}']);
      const where = messages(result).map((message) => message.replace(chapter, 'ch1.md').replace(/ not found in .*; printed/u, ' not found in …; printed'));
      expect(where).toEqual([
        'ch1.md:5:1: warning: mdBook\'s "{{#include ../listings/gone.rs}}": included file "../listings/gone.rs" not found in …; printed as written',
        'ch1.md:9:1: warning: mdBook\'s "{{#include /etc/passwd}}": included file "/etc/passwd" is outside the manuscript\'s folder, the working folder and the --resource-path folders; copy it into one of them; printed as written',
        'ch1.md:13:1: warning: mdBook\'s "{{#include ../listings/blob.bin}}": included file "../listings/blob.bin" is not text; printed as written',
        'ch1.md:17:1: warning: mdBook\'s "{{#include ../listings/main.rs:nowhere}}": no "ANCHOR: nowhere" line in the file; printed as written',
      ]);
    });
  });

  it('records each file read in once, by the name written, to be embedded beside the manuscript', () => {
    inBook(() => {
      const document = documentOf(build('```rust\n{{#include ../listings/main.rs:main}}\n```\n\n```rust\n{{#include ../listings/main.rs}}\n```\n'));
      expect(document.included).toEqual([{ name: '../listings/main.rs', text: LISTING }]);
    });
  });
});
