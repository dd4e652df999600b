// YAML with positions: the yaml package's parse plus a map from offsets to
// line:col (shifted when the YAML sits inside a file, as front matter does), and
// the Located tree whose every value knows where it was written. Theme files,
// front matter and CSL data all read YAML through here.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { Point } from './position.ts';

export interface PositionedYaml {
  readonly doc: Document;
  readonly pointOf: PointOf;
}

/** Parses `text`; `firstLine` is the file line the text starts on. Errors stay in `doc.errors` for the caller to word. */
export function parseYamlWithPositions(text: string, options: { readonly firstLine?: number; readonly uniqueKeys?: boolean } = {}): PositionedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: options.uniqueKeys ?? true });
  const firstLine = options.firstLine ?? 1;
  const pointOf: PointOf = (offset) => {
    const p = lineCounter.linePos(offset);
    return { line: firstLine + p.line - 1, column: p.col };
  };
  return { doc, pointOf };
}

export type Located =
  | { readonly kind: 'map'; readonly at: Point; readonly entries: readonly LocatedEntry[] }
  | { readonly kind: 'list'; readonly at: Point; readonly items: readonly Located[] }
  | { readonly kind: 'scalar'; readonly at: Point; readonly value: string | number | boolean | null };

export interface LocatedEntry {
  readonly key: string;
  readonly keyAt: Point;
  readonly value: Located;
}

export type PointOf = (offset: number) => Point;

/** A YAML node as a Located tree; `pointOf` maps the node's offsets to points of the file it came from. */
export function fromYaml(node: unknown, doc: Document, pointOf: PointOf): Located {
  const target = isAlias(node) ? node.resolve(doc) : node;
  const at = pointOf((target as YamlNode | undefined)?.range?.[0] ?? 0);
  if (isMap(target)) {
    const entries: LocatedEntry[] = [];
    for (const pair of target.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const keyAt = pointOf(isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : (target.range?.[0] ?? 0));
      const value = pair.value === null || pair.value === undefined
        ? { kind: 'scalar' as const, at: keyAt, value: null }
        : fromYaml(pair.value, doc, pointOf);
      entries.push({ key, keyAt, value });
    }
    return { kind: 'map', at, entries };
  }
  if (isSeq(target)) return { kind: 'list', at, items: target.items.map((item) => fromYaml(item, doc, pointOf)) };
  if (isScalar(target)) {
    const v = target.value;
    const value = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : String(v);
    return { kind: 'scalar', at, value };
  }
  return { kind: 'scalar', at, value: null };
}
