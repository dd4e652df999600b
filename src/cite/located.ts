// CSL data files as Located trees (util/yaml.ts): YAML and JSON (jsonc-parser's
// offsets) both become one, so one reader checks CSL entries from either with
// exact line:col.
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { Point } from '../document.ts';
import { LineIndex } from '../util/position.ts';
import { fromYaml, parseYamlWithPositions, type Located, type PointOf } from '../util/yaml.ts';

/** A problem that makes a file unreadable, with where it is. */
export interface SyntaxProblem {
  readonly at: Point;
  readonly message: string;
}

export type ParsedData = { readonly value: Located | null } | { readonly problems: readonly SyntaxProblem[] };

/** A whole YAML file. */
export function parseYamlFile(text: string): ParsedData {
  const { doc, pointOf } = parseYamlWithPositions(text);
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
