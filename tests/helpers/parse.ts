// Shared by the parser tests: parse Markdown given as a string, read diagnostics as text.
import { formatDiagnostic } from '../../src/diagnostics.ts';
import type { Block, Document } from '../../src/document.ts';
import { parseManuscript, type ParseResult } from '../../src/parse/index.ts';

export const FIXTURES = new URL('../fixtures/parse/', import.meta.url).pathname;

/** Parses `markdown` as the manuscript `path` (nothing is read from `path` itself). */
export function parse(markdown: string | Buffer, path = 'book.md'): ParseResult {
  return parseManuscript(path, typeof markdown === 'string' ? Buffer.from(markdown, 'utf8') : markdown);
}

/** Prepends minimal front matter (three lines), so body line n is manuscript line n + 3. */
export function withTitle(body: string): string {
  return `---\ntitle: T\n---\n${body}`;
}

/** Diagnostics as `file:line:col: severity: message`. */
export function messages(result: ParseResult): string[] {
  return result.diagnostics.map(formatDiagnostic);
}

/** The document, failing the test with the diagnostics if there is none. */
export function documentOf(result: ParseResult): Document {
  if (result.document === null) throw new Error(`no document:\n${messages(result).join('\n')}`);
  return result.document;
}

export function blocksOf(body: string): readonly Block[] {
  return documentOf(parse(withTitle(body))).blocks;
}
