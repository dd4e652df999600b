// Files a manuscript names (images, mdBook's included listings): where they are
// and whether the build may read them. A manuscript may come from anyone (a
// queue of submissions), so it reads nothing outside the folders it was given.
import { realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';

/**
 * Where named files may come from, as Pandoc's `--resource-path`: a relative URL is
 * looked up in the manuscript's folder, then in each resource folder, then in
 * the working folder; the file found must lie inside one of them.
 */
export interface FilePlaces {
  /** The manuscript's folder. */
  readonly folder: string;
  /** `--resource-path` folders, in order. */
  readonly resourcePath?: readonly string[];
  /** The working folder (process.cwd() when absent). */
  readonly cwd?: string;
  /** Each file found is added here: what the build read, which `galley watch` watches. */
  readonly read?: Set<string>;
}

/** The file `name` (as written: `written`) names, or why the build may not read it ("image", "included file": `noun`). */
export function findLocalFile(places: FilePlaces | string, written: string, name: string, noun: string): { readonly path: string } | { readonly error: string } {
  const { folder, resourcePath = [], cwd = process.cwd() } = typeof places === 'string' ? { folder: places } : places;
  const roots = [folder, ...resourcePath, cwd].map((root) => resolve(root));
  const candidates = isAbsolute(name) ? [resolve(name)] : roots.map((root) => resolve(root, name));
  const allowed = candidates.filter((path) => roots.some((root) => !escapes(root, path)));
  if (allowed.length === 0) {
    return { error: `${noun} "${written}" is outside the manuscript's folder, the working folder and the --resource-path folders; copy it into one of them` };
  }
  const path = allowed.find(isFile);
  if (path === undefined) return { error: `${noun} "${written}" not found in ${describe(roots)}` };
  // A symbolic link may still lead out of every allowed folder.
  const real = realpathSync(path);
  if (roots.every((root) => escapes(realOf(root), real))) {
    return { error: `${noun} "${written}" links to a file outside the manuscript's folder, the working folder and the --resource-path folders; copy it into one of them` };
  }
  if (typeof places !== 'string') places.read?.add(path);
  return { path };
}

function describe(roots: readonly string[]): string {
  const [folder, ...rest] = roots;
  const others = [...new Set(rest)].filter((root) => root !== folder);
  return others.length === 0 ? "the manuscript's folder" : `the manuscript's folder or ${others.map((root) => `"${root}"`).join(', ')}`;
}

function realOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function escapes(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || rel === '..' || rel.startsWith('../') || isAbsolute(rel);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
