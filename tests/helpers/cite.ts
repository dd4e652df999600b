// Shared by the citation tests: manuscripts beside the fixture sources, and
// Inlines written out as compact text (`*emphasis*`, `[text](url)`, `^1`).
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDiagnostic } from '../../src/diagnostics.ts';
import type { Block, Document, Inline, Note } from '../../src/document.ts';
import { parseManuscript, type ParseResult } from '../../src/parse/index.ts';

/** The fixtures folder, relative to the working directory (as a user would name it). */
export const DIR = relative(process.cwd(), fileURLToPath(new URL('../fixtures/cite/', import.meta.url)));
export const BOOK = join(DIR, 'book.md');

/**
 * Parses `body` as a manuscript in the fixtures folder, under front matter of
 * a title plus `settings` lines (by default the YAML bibliography). Body line n
 * is manuscript line n + 4 + the number of settings lines.
 */
export function parseBook(body: string, settings: readonly string[] = ['bibliography: sources.yaml']): ParseResult {
  const markdown = ['---', 'title: T', ...settings, '---', '', body].join('\n');
  return parseManuscript(BOOK, Buffer.from(markdown, 'utf8'));
}

export function messages(result: ParseResult): string[] {
  return result.diagnostics.map(formatDiagnostic);
}

export function documentOf(result: ParseResult): Document {
  if (result.document === null) throw new Error(`no document:\n${messages(result).join('\n')}`);
  return result.document;
}

export function show(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => {
      switch (inline.type) {
        case 'text':
        case 'code':
          return inline.value;
        case 'emphasis':
          return `*${show(inline.children)}*`;
        case 'strong':
          return `**${show(inline.children)}**`;
        case 'delete':
          return `~~${show(inline.children)}~~`;
        case 'link':
          return `[${show(inline.children)}](${inline.url})`;
        case 'noteRef':
          return `^${inline.number}`;
        case 'break':
          return '\n';
        case 'image':
          return '<image>';
      }
    })
    .join('');
}

export function showBlock(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return show(block.children);
    case 'list':
      return block.items.map((item) => item.children.map(showBlock).join(' ')).join('\n');
    default:
      return `<${block.type}>`;
  }
}

export function noteText(note: Note | undefined): string {
  return (note?.children ?? []).map(showBlock).join('\n');
}
