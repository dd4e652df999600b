// Typed access to a located theme tree. Every read validates and, on failure,
// records a Diagnostic at the offending value naming its key; reading goes on
// so one run reports every mistake. Keys never read are reported as unknown.
import type { Diagnostic } from '../diagnostics.ts';
import { parseLength } from './units.ts';
import type { TreeNode, Where } from './tree.ts';

export class ThemeReader {
  readonly diagnostics: Diagnostic[] = [];
  private readonly visited = new Set<string>();

  constructor(private readonly root: TreeNode) {}

  /** The node at a dotted path (numeric segments index sequences), or why not. */
  private find(path: string): { node: TreeNode } | { missingAt: Where } {
    let node = this.root;
    let walked = '';
    for (const segment of path.split('.')) {
      walked = walked === '' ? segment : `${walked}.${segment}`;
      this.visited.add(walked);
      const next =
        node.kind === 'map' ? node.entries.get(segment)?.node : node.kind === 'seq' ? node.items[Number(segment)] : undefined;
      if (next === undefined) return { missingAt: node.at };
      node = next;
    }
    return { node };
  }

  private fail(at: Where, path: string, message: string): void {
    this.diagnostics.push({ severity: 'error', file: at.file, line: at.line, column: at.column, message: `${path}: ${message}` });
  }

  /** Reads a scalar; `convert` returns the typed value or null when invalid. */
  private scalar<T>(path: string, expected: string, fallback: T, convert: (value: unknown) => T | null): T {
    const found = this.find(path);
    if ('missingAt' in found) {
      this.fail(found.missingAt, path, `missing; expected ${expected}`);
      return fallback;
    }
    const value = found.node.kind === 'scalar' ? convert(found.node.value) : null;
    if (value === null) {
      this.fail(found.node.at, path, `expected ${expected}, got ${describe(found.node)}`);
      return fallback;
    }
    return value;
  }

  has(path: string): boolean {
    return 'node' in this.find(path);
  }

  /** Where a path's value was written (for resolving relative file names). */
  where(path: string): Where | null {
    const found = this.find(path);
    return 'node' in found ? found.node.at : null;
  }

  isMap(path: string): boolean {
    const found = this.find(path);
    return 'node' in found && found.node.kind === 'map';
  }

  /** Number of items in the sequence at `path` (0 after reporting when not a sequence). */
  count(path: string, expected: string): number {
    const found = this.find(path);
    if ('missingAt' in found) {
      this.fail(found.missingAt, path, `missing; expected ${expected}`);
      return 0;
    }
    if (found.node.kind !== 'seq' || found.node.items.length === 0) {
      this.fail(found.node.at, path, `expected ${expected}, got ${describe(found.node)}`);
      return 0;
    }
    return found.node.items.length;
  }

  /** A length in points; `positive` rules out zero (sizes, leading). */
  length(path: string, positive = false): number {
    return this.scalar(path, positive ? 'a positive length such as "10pt"' : 'a length such as "0.75in"', 0, (v) => {
      const pt = parseLength(v);
      return pt !== null && (positive ? pt > 0 : pt >= 0) ? pt : null;
    });
  }

  number(path: string, min: number, max: number): number {
    return this.scalar(path, `a number from ${min} to ${max}`, min, (v) =>
      typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : null,
    );
  }

  integer(path: string, min: number, max: number): number {
    return this.scalar(path, `a whole number from ${min} to ${max}`, min, (v) =>
      typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : null,
    );
  }

  boolean(path: string): boolean {
    return this.scalar(path, 'true or false', false, (v) => (typeof v === 'boolean' ? v : null));
  }

  string(path: string, allowEmpty = false): string {
    return this.scalar(path, allowEmpty ? 'a string' : 'a non-empty string', '', (v) =>
      typeof v === 'string' && (allowEmpty || v.length > 0) ? v : null,
    );
  }

  oneOf<T extends string>(path: string, options: readonly T[]): T {
    const fallback = options[0] as T;
    return this.scalar(path, `one of ${options.map((o) => `"${o}"`).join(', ')}`, fallback, (v) =>
      options.find((o) => o === v) ?? null,
    );
  }

  color(path: string): string {
    return this.scalar(path, 'a colour such as "#1a1a1a"', '#000000', (v) =>
      typeof v === 'string' && /^#[0-9a-f]{6}$/iu.test(v) ? v.toLowerCase() : null,
    );
  }

  /** A string whose meaning `check` validates; `check` returns the value or a reason. */
  custom<T>(path: string, fallback: T, check: (value: unknown) => { value: T } | { reason: string }): T {
    const found = this.find(path);
    if ('missingAt' in found) {
      this.fail(found.missingAt, path, 'missing');
      return fallback;
    }
    const result = check(found.node.kind === 'scalar' ? found.node.value : undefined);
    if ('reason' in result) {
      this.fail(found.node.at, path, result.reason);
      return fallback;
    }
    return result.value;
  }

  /** Records a rule across values broken at `path` (a value that passed its own check). */
  reject(path: string, message: string): void {
    const at = this.where(path);
    if (at !== null) this.fail(at, path, message);
  }

  /** Every dotted path a read asked for so far, present in the theme or not (the schema's keys, for its reference). */
  keysRead(): string[] {
    return [...this.visited];
  }

  /** Reports every map key that no read touched. */
  reportUnknownKeys(): void {
    const walk = (node: TreeNode, prefix: string): void => {
      if (node.kind === 'map') {
        for (const [key, entry] of node.entries) {
          const path = prefix === '' ? key : `${prefix}.${key}`;
          if (!this.visited.has(path)) this.fail(entry.keyAt, path, 'unknown key');
          else walk(entry.node, path);
        }
      } else if (node.kind === 'seq') {
        node.items.forEach((item, i) => walk(item, prefix === '' ? String(i) : `${prefix}.${i}`));
      }
    };
    walk(this.root, '');
  }
}

function describe(node: TreeNode): string {
  if (node.kind === 'map') return 'a mapping';
  if (node.kind === 'seq') return 'a list';
  if (node.value === null) return 'nothing';
  return JSON.stringify(node.value);
}
