// Citation tokens (syntax.ts) → `cite` mdast nodes, and the remark plugin that
// installs both. Prefix and suffix are plain text (escapes and character
// references decoded); the locator inside a suffix is read later, with the
// locale's terms (locator.ts).
import type { Node as UnistNode, Point } from 'unist';
import type { CompileContext, Extension as FromMarkdownExtension, Token } from 'mdast-util-from-markdown';
import { decodeString } from 'micromark-util-decode-string';
import type { Processor } from 'unified';
import { citationSyntax } from './syntax.ts';

export interface CiteItem {
  readonly key: string;
  /** Text before the key, `see` in `[see @doe]`; whitespace collapsed. */
  readonly prefix: string;
  /** Text after the key, `, p. 3` in `[@doe, p. 3]`; whitespace collapsed. */
  readonly suffix: string;
  /** `-@doe`: the author is left out (named in the sentence already). */
  readonly suppressAuthor: boolean;
  /** Where the item's `@` (or `-@`) stands. */
  readonly position: Point;
}

declare module 'mdast' {
  interface Cite extends UnistNode {
    type: 'cite';
    /** `bracketed`: `[@doe]`; `in-text`: `@doe`, the author named in the sentence. */
    mode: 'bracketed' | 'in-text';
    items: CiteItem[];
  }
  interface PhrasingContentMap {
    cite: Cite;
  }
  interface RootContentMap {
    cite: Cite;
  }
}

interface ItemDraft {
  key: string;
  prefix: string;
  suffix: string;
  suppressAuthor: boolean;
  position: Point | undefined;
}

declare module 'mdast-util-from-markdown' {
  interface CompileData {
    citeItems?: CiteItem[] | undefined;
    citeDraft?: ItemDraft | undefined;
  }
}

const emptyDraft = (): ItemDraft => ({ key: '', prefix: '', suffix: '', suppressAuthor: false, position: undefined });

function draft(context: CompileContext): ItemDraft {
  return (context.data.citeDraft ??= emptyDraft());
}

function finishItem(context: CompileContext): void {
  const item = draft(context);
  if (item.position !== undefined) {
    (context.data.citeItems ??= []).push({
      key: item.key,
      prefix: tidy(item.prefix),
      suffix: tidy(item.suffix),
      suppressAuthor: item.suppressAuthor,
      position: item.position,
    });
  }
  context.data.citeDraft = emptyDraft();
}

function tidy(text: string): string {
  return decodeString(text).replace(/\s+/g, ' ').trim();
}

function enterCite(mode: 'bracketed' | 'in-text') {
  return function (this: CompileContext, token: Token): undefined {
    this.data.citeItems = [];
    this.data.citeDraft = emptyDraft();
    this.enter({ type: 'cite', mode, items: [] }, token);
  };
}

function exitCite(this: CompileContext, token: Token): undefined {
  finishItem(this);
  const node = this.stack[this.stack.length - 1];
  if (node?.type === 'cite') node.items = this.data.citeItems ?? [];
  this.data.citeItems = undefined;
  this.data.citeDraft = undefined;
  this.exit(token);
}

function startItem(this: CompileContext, token: Token): undefined {
  const item = draft(this);
  item.position ??= { line: token.start.line, column: token.start.column, offset: token.start.offset };
}

function suppress(this: CompileContext, token: Token): undefined {
  startItem.call(this, token);
  draft(this).suppressAuthor = true;
}

function key(this: CompileContext, token: Token): undefined {
  draft(this).key = this.sliceSerialize(token);
}

function affix(this: CompileContext, token: Token): undefined {
  addText(this, this.sliceSerialize(token));
}

function lineEnding(this: CompileContext): undefined {
  addText(this, ' ');
}

function addText(context: CompileContext, text: string): void {
  const item = draft(context);
  if (item.position === undefined) item.prefix += text;
  else item.suffix += text;
}

function separator(this: CompileContext): undefined {
  finishItem(this);
}

function citationFromMarkdown(): FromMarkdownExtension {
  return {
    enter: {
      citeBracketed: enterCite('bracketed'),
      citeInText: enterCite('in-text'),
      citeSuppress: suppress,
      citeKeyMarker: startItem,
    },
    exit: {
      citeBracketed: exitCite,
      citeInText: exitCite,
      citeKey: key,
      citeAffix: affix,
      citeLineEnding: lineEnding,
      citeSeparator: separator,
    },
  };
}

/** remark plugin: Pandoc citations (`[@key]`, `@key`) become `cite` nodes. */
export function remarkCitations(this: Processor): undefined {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(citationSyntax());
  (data.fromMarkdownExtensions ??= []).push(citationFromMarkdown());
}
