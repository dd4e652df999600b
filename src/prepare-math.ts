// Every formula the book shows is rendered once, by MathJax, before either
// writer sees the Document: the writers only read `formula` (outlines and
// MathML), and a formula TeX cannot read becomes its source as code, with a
// warning at the place it is written. MathJax is imported only when there is
// math, and a document's formulas are cached together (cache.ts), so a
// rebuild that changed no formula loads no MathJax at all.
import { cacheKey, readCached, writeCached } from './cache.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { Block, Document, Inline } from './document.ts';
import { keepSpan, spanOf } from './document/position.ts';
import { mapInlineNodes, mapInlines, visit } from './document/visit.ts';
import type { Rendered } from './math/mathjax.ts';

type MathNode = Extract<Inline, { type: 'math' }>;

export interface PreparedMath {
  readonly document: Document;
  /** Located: a formula MathJax could not read, or characters its fonts lack. */
  readonly warnings: readonly Diagnostic[];
}

const CACHE_KIND = 'math';

/** The key of a formula within a document's cache entry. */
const formulaKey = (node: Pick<MathNode, 'tex' | 'display'>): string => `${node.display ? 'D' : 'T'}${node.tex}`;

export async function prepareMath(doc: Document): Promise<PreparedMath> {
  const found: MathNode[] = [];
  const collect = (blocks: readonly Block[]): void => visit(blocks, { inline: (node) => void (node.type === 'math' && found.push(node)) });
  collect(doc.blocks);
  for (const note of doc.notes) collect(note.children);
  if (found.length === 0) return { document: doc, warnings: [] };

  const rendered = await renderAll(found);
  const warnings: Diagnostic[] = [];
  for (const node of found) {
    const result = rendered.get(formulaKey(node));
    const at = spanOf(node)?.start ?? { line: 1, column: 1 };
    const warn = (message: string): void => void warnings.push({ severity: 'warning', file: doc.path, line: at.line, column: at.column, message });
    if (result === undefined) continue;
    const missing = 'error' in result ? '' : [...new Set(result.missing)].map((c) => `"${c}"`).join(', ');
    if ('error' in result) warn(`TeX error in formula: ${result.error} (MathJax); its source is printed as code`);
    else if (losesWords(result)) warn(`MathJax's fonts have no glyph for the letters ${missing}; the formula's source is printed as code, so that no word is lost`);
    else if (missing !== '') warn(`MathJax's fonts have no glyph for ${missing}; left out of the printed formula`);
    if (node.tex.includes('`')) warn('this formula holds a backtick, as code does: if its dollars were meant as text, write one of them \\$');
  }
  const change = (blocks: readonly Block[]): Block[] =>
    mapInlines(blocks, (run) =>
      mapInlineNodes(run, (node): Inline[] => {
        if (node.type !== 'math') return [node];
        const result = rendered.get(formulaKey(node));
        if (result === undefined || 'error' in result || losesWords(result)) return [keepSpan(node, { type: 'code', value: delimited(node) })];
        return [keepSpan(node, { ...node, formula: result.formula })];
      }),
    );
  return {
    document: { ...doc, blocks: change(doc.blocks), notes: doc.notes.map((note) => ({ ...note, children: change(note.children) })) },
    warnings,
  };
}

/**
 * Whether the fonts lack letters of the formula (Hangul, Han, Thai…): left
 * out, they would take words of the text with them, as when "$2가 …`i=$"
 * reads as a formula from one dollar to the next.
 */
function losesWords(result: Exclude<Rendered, { error: string }>): boolean {
  return result.missing.some((c) => /\p{L}/u.test(c));
}

/** The formula as written: what a reader of the source sees when it cannot be set. */
function delimited(node: MathNode): string {
  const fence = node.display ? '$$' : '$';
  return `${fence}${node.tex}${fence}`;
}

/**
 * Each distinct formula rendered, from the cache when the document's formulas
 * are all there; else all of them again, in order, in one MathJax document,
 * so a `\newcommand` in one formula serves those after it.
 */
async function renderAll(found: readonly MathNode[]): Promise<Map<string, Rendered>> {
  const keys = [...new Set(found.map(formulaKey))];
  const key = cacheKey(CACHE_KIND, ...keys.map((k) => `${k}\0`));
  const cached = readCached(CACHE_KIND, key);
  if (cached !== null) {
    try {
      return new Map(Object.entries(JSON.parse(cached.toString('utf8')) as Record<string, Rendered>));
    } catch {
      // a damaged entry: render again
    }
  }
  const { createRenderer } = await import('./math/mathjax.ts');
  const renderer = createRenderer();
  const rendered = new Map<string, Rendered>();
  for (const node of found) {
    const k = formulaKey(node);
    if (!rendered.has(k)) rendered.set(k, await renderer.render(node.tex, node.display));
  }
  writeCached(CACHE_KIND, key, JSON.stringify(Object.fromEntries(rendered)));
  return rendered;
}
