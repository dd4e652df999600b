// A data tree whose every value knows where it was written: YAML (the yaml
// package's node ranges) and JSON (jsonc-parser's offsets) both become this,
// so one reader checks CSL entries from either with exact line:col.
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { Point } from '../document.ts';
import { LineIndex } from '../util/position.ts';

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

/** A problem that makes a file unreadable, with where it is. */
export interface SyntaxProblem {
  readonly at: Point;
  readonly message: string;
}

export type ParsedData = { readonly value: Located | null } | { readonly problems: readonly SyntaxProblem[] };

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

/** A whole YAML file. */
export function parseYamlFile(text: string): ParsedData {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const pointOf: PointOf = (offset) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  if (doc.errors.length > 0) {
    return { problems: doc.errors.map((e) => ({ at: pointOf(e.pos[0]), message: `not valid YAML: ${e.message}` })) };
  }
  return { value: doc.contents === null ? null : fromYaml(doc.contents, doc, pointOf) };
}

/** A whole JSON file (strict JSON: no comments, no trailing commas). */
export function parseJsonFile(text: string): ParsedData {
  const lines = new LineIndex(text);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || root === undefined) {
    const found = errors.map((e) => ({ at: lines.point(e.offset), message: `not valid JSON: ${describeJsonError(printParseErrorCode(e.error))}` }));
    return { problems: found.length > 0 ? found : [{ at: { line: 1, column: 1 }, message: 'not valid JSON: the file is empty' }] };
  }
  return { value: fromJson(root, (offset) => lines.point(offset)) };
}

function fromJson(node: JsonNode, pointOf: PointOf): Located {
  const at = pointOf(node.offset);
  switch (node.type) {
    case 'object':
      return {
        kind: 'map',
        at,
        entries: (node.children ?? []).flatMap((property) => {
          const [keyNode, valueNode] = property.children ?? [];
          if (!keyNode || !valueNode) return [];
          return [{ key: String(keyNode.value), keyAt: pointOf(keyNode.offset), value: fromJson(valueNode, pointOf) }];
        }),
      };
    case 'array':
      return { kind: 'list', at, items: (node.children ?? []).map((child) => fromJson(child, pointOf)) };
    default:
      return { kind: 'scalar', at, value: node.value as string | number | boolean | null };
  }
}

/** jsonc-parser's codes (`CloseBraceExpected`) as words. */
function describeJsonError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
