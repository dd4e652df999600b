// Loads templates/<name>/theme.yaml (or a user's theme folder or file), follows
// `extends`, validates everything once and returns a frozen Theme.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../diagnostics.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { ThemeReader } from './reader.ts';
import { mergeTrees, parseTree } from './tree.ts';
import type { TreeNode, Where } from './tree.ts';
import { buildTheme } from './schema.ts';
import type { Theme } from './types.ts';

/** The themes shipped with Galley. */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

const THEME_FILE = 'theme.yaml';

export function loadTheme(nameOrPath = 'default'): Theme {
  const file = locateTheme(nameOrPath, process.cwd());
  if (file === null) throw new UserError([located(nameOrPath, `theme "${nameOrPath}" not found (no ${THEME_FILE} there or in ${displayPath(TEMPLATES_DIR)})`)]);
  const { tree, dirs } = readWithParents(file, []);
  const reader = new ThemeReader(tree);
  const theme = buildTheme(reader, {
    dir: path.dirname(file),
    name: path.basename(path.dirname(file)),
    resolveFile: (spec, at) => resolveFontFile(spec, dirs.get(at.file) ?? path.dirname(file)),
  });
  reader.reportUnknownKeys();
  if (reader.diagnostics.length > 0) throw new UserError([...reader.diagnostics].sort(byPosition));
  return deepFreeze(theme);
}

/** A theme name (looked up in templates/), a folder holding theme.yaml, or a .yaml file. */
function locateTheme(nameOrPath: string, baseDir: string): string | null {
  const direct = path.resolve(baseDir, nameOrPath);
  if (/\.ya?ml$/iu.test(nameOrPath)) return existsSync(direct) ? direct : null;
  const candidates = [path.join(direct, THEME_FILE)];
  if (!nameOrPath.includes('/') && !nameOrPath.includes(path.sep)) candidates.push(path.join(TEMPLATES_DIR, nameOrPath, THEME_FILE));
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

/** The merged tree of a theme and its `extends` chain, plus each file's folder by display name. */
function readWithParents(file: string, chain: readonly string[]): { tree: TreeNode; dirs: Map<string, string> } {
  const shown = displayPath(file);
  if (chain.includes(file)) throw new UserError([located(shown, `theme extends itself (${[...chain, file].map(displayPath).join(' → ')})`)]);
  const parsed = parseTree(readFileSync(file, 'utf8'), shown);
  if (!parsed.ok) throw new UserError(parsed.diagnostics);
  const own = parsed.root;
  const dirs = new Map([[shown, path.dirname(file)]]);
  const parentEntry = own.kind === 'map' ? own.entries.get('extends') : undefined;
  if (parentEntry === undefined) return { tree: own, dirs };
  const parentNode = parentEntry.node;
  const parentName = parentNode.kind === 'scalar' && typeof parentNode.value === 'string' ? parentNode.value : null;
  if (parentName === null) throw new UserError([at(parentNode.at, 'extends: expected a theme name or path')]);
  const parentFile = locateTheme(parentName, path.dirname(file));
  if (parentFile === null) throw new UserError([at(parentNode.at, `extends: theme "${parentName}" not found`)]);
  const parent = readWithParents(parentFile, [...chain, file]);
  for (const [name, dir] of parent.dirs) dirs.set(name, dir);
  const merged = mergeTrees(parent.tree, own);
  // `extends` has done its work; drop it so the reader does not see it as a setting.
  if (merged.kind === 'map') merged.entries.delete('extends');
  return { tree: merged, dirs };
}

/**
 * Fonts are npm module paths (resolved from the theme's folder, then from
 * Galley's own node_modules) or paths relative to the theme file.
 */
function resolveFontFile(spec: string, themeDir: string): { value: string } | { reason: string } {
  if (/\.woff2?$/iu.test(spec)) return { reason: `"${spec}": WOFF fonts are not supported; use a .ttf or .otf file` };
  if (!/\.(ttf|otf)$/iu.test(spec)) return { reason: `"${spec}": expected a .ttf or .otf file` };
  const relative = path.resolve(themeDir, spec);
  if (spec.startsWith('.') || path.isAbsolute(spec)) {
    return existsSync(relative) ? { value: relative } : { reason: `font file "${spec}" not found` };
  }
  for (const base of [path.join(themeDir, THEME_FILE), fileURLToPath(import.meta.url)]) {
    try {
      return { value: createRequire(base).resolve(spec) };
    } catch {
      // not installed from this base; try the next
    }
  }
  return { reason: `font "${spec}" not found in node_modules (is its package installed?)` };
}

function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

function located(file: string, message: string): Diagnostic {
  return { severity: 'error', file, line: 1, column: 1, message };
}

function at(where: Where, message: string): Diagnostic {
  return { severity: 'error', file: where.file, line: where.line, column: where.column, message };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}
