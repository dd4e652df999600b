// Compiles src/ into one ES module bundle with esbuild and keeps it in a cache
// folder, keyed by what it was built from. Transpiling ~130 TypeScript modules
// on every run (what tsx does) costs most of a second; reusing a bundle costs
// the stat() of each source. Packages stay outside the bundle, imported by
// absolute path, so the bundle may live anywhere and needs no node_modules of
// its own.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = join(ROOT, 'src/cli.ts');
/** Besides the sources, a changed lockfile or compiler means a stale bundle. */
const ALSO_DEPENDS_ON = ['package.json', 'package-lock.json', 'src/compile.mjs'];
const MANIFEST = 'manifest.json';

/**
 * An up-to-date bundle of src/cli.ts, compiled first if need be: its file URL,
 * and the hash of everything it was built from, which names this version of
 * Galley in the keys of cached results.
 */
export async function compiledCli() {
  const cache = cacheDir();
  const manifest = readFreshManifest(cache) ?? (await compile(cache));
  return { url: pathToFileURL(join(cache, manifest.entry)).href, build: manifest.build };
}

/** node_modules/.cache/galley when Galley's folder is writable, else a per-user temporary folder. */
function cacheDir() {
  for (const dir of [join(ROOT, 'node_modules/.cache/galley'), join(tmpdir(), `galley-bundle-${userInfo().uid}`)]) {
    try {
      mkdirSync(dir, { recursive: true });
      return dir;
    } catch {
      // not writable: try the next place
    }
  }
  throw new Error('galley: no writable folder for its compiled bundle');
}

function signature(path) {
  try {
    const stat = statSync(join(ROOT, path));
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return 'missing';
  }
}

function readFreshManifest(cache) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(cache, MANIFEST), 'utf8'));
  } catch {
    return null;
  }
  if (manifest.node !== process.version || typeof manifest.build !== 'string') return null;
  for (const [path, stamp] of Object.entries(manifest.inputs)) {
    if (signature(path) !== stamp) return null;
  }
  return manifest;
}

async function compile(cache) {
  const esbuild = await import('esbuild');
  // Each run compiles into its own folder, then swaps the manifest in with one
  // rename: processes starting meanwhile use either the old bundle or the new.
  const id = createHash('sha256').update(`${process.pid}:${Date.now()}:${Math.random()}`).digest('hex').slice(0, 12);
  const outdir = join(cache, `bundle-${id}`);
  const result = await esbuild.build({
    entryPoints: { cli: ENTRY },
    outdir,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node.split('.')[0]}`,
    metafile: true,
    absWorkingDir: ROOT,
    logLevel: 'silent',
    plugins: [externalPackagesByPath, ownFileUrls],
  });
  const inputs = {};
  const build = createHash('sha256');
  for (const path of [...Object.keys(result.metafile.inputs), ...ALSO_DEPENDS_ON].sort()) {
    inputs[path] = signature(path);
    build.update(path).update('\0').update(readFileOrEmpty(path)).update('\0');
  }
  const manifest = { node: process.version, entry: relative(cache, join(outdir, 'cli.js')), build: build.digest('hex'), inputs };
  const temporary = join(cache, `${MANIFEST}.${id}`);
  writeFileSync(temporary, JSON.stringify(manifest));
  renameSync(temporary, join(cache, MANIFEST));
  removeOldBundles(cache, outdir);
  return manifest;
}

function readFileOrEmpty(path) {
  try {
    return readFileSync(join(ROOT, path));
  } catch {
    return '';
  }
}

/** Replaced bundles an hour old: a process still running one loads its chunks lazily. */
function removeOldBundles(cache, current) {
  const hourAgo = Date.now() - 3600_000;
  for (const name of readdirSync(cache)) {
    const dir = join(cache, name);
    if (!name.startsWith('bundle-') || dir === current) continue;
    try {
      if (statSync(dir).mtimeMs < hourAgo) rmSync(dir, { recursive: true, force: true });
    } catch {
      // removed meanwhile by another process
    }
  }
}

/** Packages are imported from where they are installed, by absolute path. */
const externalPackagesByPath = {
  name: 'external-packages-by-path',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === 'resolving' || args.path.startsWith('node:')) return undefined;
      const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'resolving' });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      return { path: resolved.path, external: true };
    });
  },
};

/** Each source keeps its own import.meta.url, which it uses to find templates and packages. */
const ownFileUrls = {
  name: 'own-file-urls',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
      loader: 'ts',
    }));
  },
};
