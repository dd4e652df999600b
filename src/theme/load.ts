// Loads templates/<name>/theme.yaml (or a user's theme folder or file), follows
// `extends` (`default` when a theme names none, nothing for `extends: none`),
// validates everything once and returns a frozen Theme.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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
import { parsePageSize } from './units.ts';

/** The themes shipped with Galley. */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

const THEME_FILE = 'theme.yaml';

/** The theme every other one extends unless it says `extends: none`. */
const BASE_THEME = path.join(TEMPLATES_DIR, 'default', THEME_FILE);

export function loadTheme(nameOrPath = 'default'): Theme {
  const file = locateTheme(nameOrPath, process.cwd());
  if (file === null) {
    const sizeHint = parsePageSize(nameOrPath) === null ? '' : `; "${nameOrPath}" is a page size: write "page: { size: ${nameOrPath} }" in a ${THEME_FILE} and give its folder`;
    throw new UserError([located(nameOrPath, `theme "${nameOrPath}" not found; ${availableThemes()}${sizeHint}`)]);
  }
  const { tree, dirs, standalone } = readWithParents(file, []);
  // dirs lists the leaf theme first; the theme it finally extends is depth 0.
  const depth = new Map([...dirs.keys()].reverse().map((shown, i) => [shown, i]));
  const reader = new ThemeReader(tree);
  const theme = buildTheme(reader, {
    dir: path.dirname(file),
    name: path.basename(path.dirname(file)),
    resolveFile: (spec, at) => resolveFontFile(spec, dirs.get(at.file) ?? path.dirname(file)),
    depthOf: (shown) => depth.get(shown) ?? 0,
  });
  reader.reportUnknownKeys();
  if (reader.diagnostics.length > 0) throw new UserError(withStandaloneHint([...reader.diagnostics].sort(byPosition), standalone));
  return deepFreeze(theme);
}

/** The shipped themes, for an error that names one that is not there. */
function availableThemes(): string {
  const names = readdirSync(TEMPLATES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(TEMPLATES_DIR, entry.name, THEME_FILE)))
    .map((entry) => entry.name)
    .sort();
  return `the themes in ${displayPath(TEMPLATES_DIR)} are: ${names.join(', ')} (or give a folder holding ${THEME_FILE}, or a .yaml file)`;
}

/**
 * A theme written with `extends: none` that misses keys gets one more error,
 * at its `extends`, saying how to take the rest from the default theme.
 */
function withStandaloneHint(diagnostics: Diagnostic[], standalone: Where | null): Diagnostic[] {
  const missing = diagnostics.filter((d) => /: missing(;|$)/u.test(d.message)).length;
  if (standalone === null || missing === 0) return diagnostics;
  const hint = at(standalone, `${missing} key${missing === 1 ? ' is' : 's are'} missing from a theme with "extends: none"; write "extends: default" to take every key it does not set from the default theme`);
  return [hint, ...diagnostics];
}

/** A theme name (looked up in templates/), a folder holding theme.yaml, or a .yaml file. */
function locateTheme(nameOrPath: string, baseDir: string): string | null {
  const direct = path.resolve(baseDir, nameOrPath);
  if (/\.ya?ml$/iu.test(nameOrPath)) return existsSync(direct) ? direct : null;
  const candidates = [path.join(direct, THEME_FILE)];
  if (!nameOrPath.includes('/') && !nameOrPath.includes(path.sep)) candidates.push(path.join(TEMPLATES_DIR, nameOrPath, THEME_FILE));
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

interface ThemeChain {
  /** The theme's tree merged over its parents'. */
  readonly tree: TreeNode;
  /** Each file's folder by display name, the theme first, the one it finally extends last. */
  readonly dirs: Map<string, string>;
  /** Where the chain's last theme wrote `extends: none`, if it did. */
  readonly standalone: Where | null;
}

/** The merged tree of a theme and its `extends` chain. */
function readWithParents(file: string, chain: readonly string[]): ThemeChain {
  const shown = displayPath(file);
  if (chain.includes(file)) throw new UserError([located(shown, `theme extends itself (${[...chain, file].map(displayPath).join(' → ')})`)]);
  const parsed = parseTree(readFileSync(file, 'utf8'), shown);
  if (!parsed.ok) throw new UserError(parsed.diagnostics);
  const own = settingsOf(parsed.root);
  const dirs = new Map([[shown, path.dirname(file)]]);
  const parentEntry = own.kind === 'map' ? own.entries.get('extends') : undefined;
  // `extends` has done its work once read; drop it so the reader does not see it as a setting.
  if (own.kind === 'map') own.entries.delete('extends');
  const parentNode = parentEntry?.node;
  const parentName = parentNode === undefined ? 'default' : parentNode.kind === 'scalar' && typeof parentNode.value === 'string' ? parentNode.value : null;
  if (parentNode !== undefined && parentName === null) throw new UserError([at(parentNode.at, 'extends: expected a theme name, a path, or none')]);
  if (parentName === 'none') return { tree: own, dirs, standalone: parentNode?.at ?? null };
  if (parentNode === undefined && path.resolve(file) === path.resolve(BASE_THEME)) return { tree: own, dirs, standalone: null };
  const parentFile = locateTheme(parentName ?? 'default', path.dirname(file));
  if (parentFile === null) throw new UserError([at(parentNode?.at ?? { file: shown, line: 1, column: 1 }, `extends: theme "${parentName}" not found; ${availableThemes()}`)]);
  const parent = readWithParents(parentFile, [...chain, file]);
  for (const [name, dir] of parent.dirs) dirs.set(name, dir);
  return { tree: mergeTrees(parent.tree, own), dirs, standalone: parent.standalone };
}

/**
 * A theme file is a map of settings. One holding nothing but comments (or
 * nothing at all) sets nothing and takes every key from the theme it extends.
 */
function settingsOf(root: TreeNode): TreeNode {
  if (root.kind === 'map') return root;
  if (root.kind === 'scalar' && root.value === null) return { kind: 'map', entries: new Map(), at: root.at };
  throw new UserError([at(root.at, 'a theme is a map of settings ("key: value" lines, e.g. "page: { size: a5 }")')]);
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
