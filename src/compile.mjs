// Compiles src/ and the packages it imports into one ES module bundle (split
// into lazily loaded chunks) with esbuild, and keeps it in a cache folder,
// keyed by what it was built from. Transpiling ~130 TypeScript modules on every
// run (what tsx does) costs most of a second, and loading hundreds of small
// package files a few hundred milliseconds more; reusing a bundle costs the
// stat() of each source. The few packages that cannot be bundled stay outside,
// imported by absolute path, so the bundle may live anywhere.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeFileAtomic } from './util/atomic-write.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = join(ROOT, 'src/cli.ts');
/** The entry of a batch worker thread (see src/batch/pool.ts), bundled beside the CLI. */
const WORKER_ENTRY = join(ROOT, 'src/batch/worker.ts');
/**
 * Besides the sources, a changed lockfile or compiler means a stale bundle; so
 * does a changed patch (patches/, applied by patch-package on install), which
 * alters a bundled package's code without touching the lockfile.
 */
const ALSO_DEPENDS_ON = ['package.json', 'package-lock.json', 'src/compile.mjs', ...patchFiles()];
const MANIFEST = 'manifest.json';
/** In a bundle's folder: one empty file per running process that loaded it, named by its pid. */
const IN_USE = 'in-use';

/**
 * An up-to-date bundle of src/cli.ts, compiled first if need be: its file URL,
 * that of the batch worker's entry, and the hash of everything it was built from, which names this version of
 * Galley in the keys of cached results.
 */
export async function compiledCli() {
  const cache = cacheDir();
  const manifest = readFreshManifest(cache) ?? (await compile(cache));
  holdBundle(dirname(join(cache, manifest.entry)));
  return { url: pathToFileURL(join(cache, manifest.entry)).href, workerUrl: pathToFileURL(join(cache, manifest.worker)).href, build: manifest.build };
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

function patchFiles() {
  try {
    return readdirSync(join(ROOT, 'patches')).map((name) => `patches/${name}`);
  } catch {
    return [];
  }
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
  if (manifest.node !== process.version || typeof manifest.build !== 'string' || typeof manifest.worker !== 'string') return null;
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
    entryPoints: { cli: ENTRY, worker: WORKER_ENTRY },
    outdir,
    bundle: true,
    splitting: true,
    platform: 'node',
    // Packages' ES module builds, as Node itself would load them where they have both.
    mainFields: ['module', 'main'],
    format: 'esm',
    // .mjs: the bundle lives under node_modules, where no package.json says what
    // a .js file is, and Node would read each one twice to guess.
    outExtension: { '.js': '.mjs' },
    // Bundled CommonJS modules still require Node's built-in modules.
    banner: { js: "import { createRequire as __galleyCreateRequire } from 'node:module'; const require = __galleyCreateRequire(import.meta.url);" },
    target: `node${process.versions.node.split('.')[0]}`,
    metafile: true,
    absWorkingDir: ROOT,
    logLevel: 'silent',
    plugins: [packages, ownFileUrls],
  });
  const inputs = {};
  const build = createHash('sha256');
  // Installed packages change only with the lockfile, which stands for them all.
  const sources = Object.keys(result.metafile.inputs).filter((path) => !path.includes('node_modules/') && !path.includes(':'));
  for (const path of [...sources, ...ALSO_DEPENDS_ON].sort()) {
    inputs[path] = signature(path);
    build.update(path).update('\0').update(readFileOrEmpty(path)).update('\0');
  }
  const manifest = { node: process.version, entry: relative(cache, join(outdir, 'cli.mjs')), worker: relative(cache, join(outdir, 'worker.mjs')), build: build.digest('hex'), inputs };
  writeFileAtomic(join(cache, MANIFEST), JSON.stringify(manifest));
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

/**
 * Replaced bundles an hour old that no running process holds: a process loads
 * its bundle's chunks lazily, and a watch or a queue worker runs for days.
 */
function removeOldBundles(cache, current) {
  const hourAgo = Date.now() - 3600_000;
  for (const name of readdirSync(cache)) {
    const dir = join(cache, name);
    if (!name.startsWith('bundle-') || dir === current) continue;
    try {
      if (statSync(dir).mtimeMs < hourAgo && !heldByLiveProcess(dir)) rmSync(dir, { recursive: true, force: true });
    } catch {
      // removed meanwhile by another process
    }
  }
}

/** Marks the bundle as this process's until it exits. */
function holdBundle(bundle) {
  const mark = join(bundle, IN_USE, String(process.pid));
  try {
    mkdirSync(dirname(mark), { recursive: true });
    writeFileSync(mark, '');
  } catch {
    return;
  }
  process.once('exit', () => rmSync(mark, { force: true }));
}

/** Whether a running process holds the bundle; the marks of processes gone (killed, crashed) are cleared. */
function heldByLiveProcess(bundle) {
  let pids;
  try {
    pids = readdirSync(join(bundle, IN_USE));
  } catch {
    return false;
  }
  let held = false;
  for (const pid of pids) {
    if (isRunning(Number(pid))) held = true;
    else rmSync(join(bundle, IN_USE, pid), { force: true });
  }
  return held;
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return error.code === 'EPERM';
  }
}

/**
 * Packages that stay outside the bundle: native code, WebAssembly loaded from
 * files beside their own modules, the compiler itself, pdf.js (only
 * `galley check` reads PDFs, and it is as big as the rest together), piscina
 * (it starts its own worker script by path), bullmq and ioredis (only the queue uses them),
 * MathJax (only manuscripts with math load it, and it loads its font data by path).
 */
const UNBUNDLED = new Set(['@mathjax/src', '@napi-rs/canvas', 'libxml2-wasm', 'subset-font', 'pdfjs-dist', 'esbuild', 'sharp', 'piscina', 'bullmq', 'ioredis']);
/**
 * Unbundled packages whose "module" build Node cannot load (directory imports):
 * imported from the file Node itself would pick.
 */
const AS_NODE_RESOLVES = new Set(['bullmq']);
const nodeRequire = createRequire(join(ROOT, 'package.json'));
/**
 * Loaded on first call instead of at start-up: fontkit imports brotli (and
 * decodes its 120 KB dictionary) for WOFF2 fonts, which Galley never reads.
 */
const LAZY = new Set(['brotli/decompress.js']);

/**
 * Replaced outright: epub-gen-memory fetches http(s) resources with node-fetch,
 * and Galley hands it only local files (see epub/package.ts). Without it a
 * build cannot touch the network, and start-up skips loading its URL tables.
 */
const NO_NETWORK = `export default async function fetch(url) {
  throw new Error('Galley does not fetch over the network: ' + url);
}
export class Headers {
  constructor() { throw new Error('Galley does not fetch over the network'); }
}`;

/**
 * Parts of pdfkit Galley never calls, replaced by stand-ins that fail loudly if
 * ever called: its text wrapper's line breaker (Galley sets its own lines and
 * writes text objects itself) and AES (Galley never encrypts; PDF/A forbids it).
 * Each decodes tables when loaded, some 20 ms of every build's start-up.
 */
const NEVER_CALLED = new Map([
  ['linebreak', `export default class LineBreaker {
  constructor() { throw new Error('Galley does not wrap text with pdfkit'); }
}`],
  ['@noble/ciphers/aes', `const unused = () => { throw new Error('Galley does not encrypt PDFs'); };
export { unused as cbc, unused as ecb };`],
]);

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const packages = {
  name: 'packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === 'resolving' || args.path.startsWith('node:')) return undefined;
      if (args.path === 'node-fetch' || args.path === 'sync-fetch') return { path: args.path, namespace: 'no-network' };
      if (NEVER_CALLED.has(args.path) && args.importer.includes('/node_modules/pdfkit/')) return { path: args.path, namespace: 'never-called' };
      const lazy = LAZY.has(args.path);
      if (!lazy && !UNBUNDLED.has(packageName(args.path))) return undefined;
      if (AS_NODE_RESOLVES.has(packageName(args.path))) return { path: nodeRequire.resolve(args.path), external: true };
      const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'resolving' });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      if (lazy) return { path: resolved.path, namespace: 'lazy' };
      return { path: resolved.path, external: true };
    });
    build.onLoad({ filter: /.*/, namespace: 'no-network' }, () => ({ contents: NO_NETWORK, loader: 'js' }));
    build.onLoad({ filter: /.*/, namespace: 'never-called' }, (args) => ({ contents: NEVER_CALLED.get(args.path), loader: 'js' }));
    // A CommonJS module's function, required from where it is installed on first call (a
    // path in a variable, which esbuild leaves to Node instead of bundling).
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({
      contents: `const path = ${JSON.stringify(args.path)};
let real;
export default function lazy(...args) {
  real ??= require(path);
  return real(...args);
}`,
      loader: 'js',
    }));
  },
};

/** Each module keeps its own import.meta.url, which it uses to find templates, data files and packages. */
const ownFileUrls = {
  name: 'own-file-urls',
  setup(build) {
    build.onLoad({ filter: /\.([cm]?js|ts)$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const typescript = args.path.endsWith('.ts');
      if (!typescript && !source.includes('import.meta.url')) return undefined;
      return {
        contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
        loader: typescript ? 'ts' : 'js',
      };
    });
  },
};
