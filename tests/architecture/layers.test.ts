// Stages import only downward: every relative import (static, `import type`,
// dynamic `import()`, re-export) of every file under src/ is read with
// TypeScript's own pre-processor, each file gets a layer by its path, and any
// import of a higher layer, or of another stage on the same layer, is listed.
// The table is the one in docs/architecture.md; a file no row matches fails too.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

interface Stage {
  readonly name: string;
  readonly rank: number;
  /** Paths under src/: a folder ends in '/', anything else is one file. The longest match wins. */
  readonly paths: readonly string[];
}

// Lowest first. A stage may import its own files and any stage of a lower rank.
export const STAGES: readonly Stage[] = [
  { name: 'util', rank: 0, paths: ['util/', 'diagnostics.ts', 'date-format.ts', 'cache.ts'] },
  { name: 'document', rank: 1, paths: ['document.ts', 'document/', 'text.ts', 'theme/types.ts'] },
  { name: 'fonts', rank: 2, paths: ['fonts.ts', 'fonts/', 'shaping.ts'] },
  { name: 'cite', rank: 3, paths: ['cite/'] },
  { name: 'theme', rank: 3, paths: ['theme/'] },
  { name: 'parse', rank: 4, paths: ['parse/'] },
  { name: 'pdf/layout', rank: 5, paths: ['pdf/layout/', 'pdf/page-model.ts'] },
  { name: 'epub', rank: 5, paths: ['epub/'] },
  { name: 'book', rank: 5, paths: ['book/'] },
  { name: 'images', rank: 5, paths: ['prepare-images.ts', 'inline-figures.ts', 'vector-images.ts'] },
  { name: 'glyphs', rank: 5, paths: ['missing-glyphs.ts'] },
  { name: 'math', rank: 5, paths: ['prepare-math.ts', 'math/'] },
  { name: 'pdf/paint', rank: 6, paths: ['pdf/'] },
  { name: 'epub packaging', rank: 6, paths: ['epub/index.ts', 'epub/package.ts', 'epub/zip.ts'] },
  { name: 'build', rank: 7, paths: ['build.ts', 'archive/', 'book/build.ts'] },
  { name: 'cli', rank: 8, paths: ['cli.ts', 'cli-import.ts', 'cli-batch.ts', 'cli-scale.ts', 'galley.mjs', 'compile.mjs', 'inputs.ts', 'import/', 'check/', 'batch/', 'watch/', 'queue/'] },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:ts|mts|mjs|js)$/.test(entry.name) && !/\.d\.m?ts$/.test(entry.name) ? [path] : [];
  });
}

/** The stage of a path relative to src/, by its longest matching row. */
export function stageOf(file: string): Stage | undefined {
  let best: { stage: Stage; length: number } | undefined;
  for (const stage of STAGES) {
    for (const path of stage.paths) {
      const matches = path.endsWith('/') ? file.startsWith(path) : file === path;
      if (matches && path.length > (best?.length ?? -1)) best = { stage, length: path.length };
    }
  }
  return best?.stage;
}

/** Relative imports of `file`, as paths relative to src/. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles
    .map((ref) => ref.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => relative(SRC, resolve(dirname(file), name)));
}

/** Every import that goes up a layer or sideways to another stage, as "from -> to (stage -> stage)". */
function violations(): string[] {
  const found: string[] = [];
  for (const path of sourceFiles(SRC)) {
    const from = relative(SRC, path);
    const fromStage = stageOf(from);
    if (fromStage === undefined) {
      found.push(`${from}: no layer (add it to the table)`);
      continue;
    }
    for (const to of importsOf(path)) {
      if (to.startsWith('..')) continue; // outside src/ (package.json): not a stage
      const toStage = stageOf(to);
      if (toStage === undefined) found.push(`${from} -> ${to}: no layer`);
      else if (toStage !== fromStage && toStage.rank >= fromStage.rank) {
        const kind = toStage.rank > fromStage.rank ? 'upward' : 'sideways';
        found.push(`${from} -> ${to} (${kind}: ${fromStage.name} -> ${toStage.name})`);
      }
    }
  }
  return found;
}

describe('layers', () => {
  it('every file under src/ has a layer, and no import goes up or sideways', () => {
    expect(violations()).toEqual([]);
  });

  it('reads imports of every kind, so a violation cannot hide', () => {
    const sample = "import a from '../pdf/x.ts';\nimport type { B } from './b.ts';\nexport { c } from './c.ts';\nconst d = await import('./d.ts');";
    const names = ts.preProcessFile(sample, true, true).importedFiles.map((ref) => ref.fileName);
    expect(names).toEqual(['../pdf/x.ts', './b.ts', './c.ts', './d.ts']);
  });

  it('places files by their longest matching row', () => {
    expect(stageOf('theme/types.ts')?.name).toBe('document');
    expect(stageOf('theme/load.ts')?.name).toBe('theme');
    expect(stageOf('pdf/layout/flow.ts')?.name).toBe('pdf/layout');
    expect(stageOf('pdf/paint/tags.ts')?.name).toBe('pdf/paint');
    expect(stageOf('epub/package.ts')?.name).toBe('epub packaging');
    expect(stageOf('nowhere.ts')).toBeUndefined();
  });
});
