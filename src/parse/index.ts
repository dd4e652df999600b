// Markdown manuscript → Document: byte checks, one remark parse, front matter,
// then the handlers (state.ts, handlers/). Pure apart from reading the images
// the manuscript links to.
import { dirname } from 'node:path';
import type { Yaml } from 'mdast';
import type { Document } from '../document.ts';
import { Diagnostics, type Diagnostic } from '../diagnostics.ts';
import { readFrontMatter } from './front-matter.ts';
import { decodeManuscript } from './input.ts';
import { parseMarkdown } from './markdown.ts';
import { LineIndex } from './position.ts';
import { createState } from './state.ts';

export interface ParseResult {
  /** null when any diagnostic is an error. */
  readonly document: Document | null;
  /** In manuscript order. */
  readonly diagnostics: Diagnostic[];
}

export function parseManuscript(path: string, bytes: Buffer): ParseResult {
  const diagnostics = new Diagnostics(path);
  const document = build(path, bytes, diagnostics);
  const sorted = [...diagnostics.items].sort((a, b) => a.line - b.line || a.column - b.column);
  return { document: diagnostics.hasErrors ? null : document, diagnostics: sorted };
}

function build(path: string, bytes: Buffer, diagnostics: Diagnostics): Document | null {
  const text = decodeManuscript(bytes, diagnostics);
  if (text === null) return null;
  if (text.trim() === '') {
    diagnostics.error(1, 1, 'the manuscript is empty; there is nothing to typeset');
    return null;
  }
  const root = parseMarkdown(text, diagnostics);
  if (root === null) return null;

  const first = root.children[0];
  const frontMatter: Yaml | undefined = first?.type === 'yaml' ? first : undefined;
  if (!frontMatter && /^---[ \t]*(?:\r?\n|\r)/.test(text)) {
    diagnostics.error(1, 1, 'the front matter is never closed: end it with a line of three dashes (---)');
  }
  const folder = dirname(path);
  const metadata = readFrontMatter(frontMatter, diagnostics, folder);

  const lines = new LineIndex(text);
  const state = createState(root, { diagnostics, text, lines, folder });
  let blocks;
  try {
    blocks = state.flow(root.children);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const at = state.current?.position?.start ?? { line: 1, column: 1 };
    diagnostics.error(at.line, at.column, 'blocks are nested too deeply to typeset; flatten the quotes or lists around here');
    return null;
  }
  const notes = state.finishNotes();

  if (blocks.length === 0) {
    const bodyLine = frontMatter?.position ? frontMatter.position.end.line + 1 : 1;
    diagnostics.error(bodyLine, 1, 'the manuscript has no body text; there is nothing to typeset');
  }
  if (metadata === null) return null;
  return { path, source: bytes, metadata, blocks, notes };
}
