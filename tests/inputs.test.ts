// A folder holding book.yaml is one book, named after the folder, not a batch
// of its Markdown files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planBuilds } from '../src/inputs.ts';
import { temporaryDir } from './helpers/cli.ts';

describe('a book folder among the inputs', () => {
  it('is one build of its book.yaml, named after the folder', () => {
    const root = temporaryDir('galley-book-inputs-');
    const novel = join(root, 'novel');
    mkdirSync(novel);
    writeFileSync(join(novel, 'book.yaml'), 'title: N\nchapters: [a.md]\n');
    writeFileSync(join(novel, 'a.md'), '# A\n\nText.\n');
    writeFileSync(join(novel, 'b.md'), '# B\n\nText.\n');
    const plan = planBuilds([novel], join(root, 'out'));
    expect(plan).toEqual({ builds: [{ input: join(novel, 'book.yaml'), outName: 'novel' }] });
  });

  it('names a book.yaml given directly after its folder too', () => {
    const root = temporaryDir('galley-book-inputs-');
    mkdirSync(join(root, 'tides'));
    writeFileSync(join(root, 'tides', 'book.yaml'), 'title: T\nchapters: [a.md]\n');
    expect(planBuilds([join(root, 'tides', 'book.yaml')], join(root, 'out'))).toEqual({ builds: [{ input: join(root, 'tides', 'book.yaml'), outName: 'tides' }] });
  });

  it('is one build among the manuscripts of a folder above it, its chapters not built on their own', () => {
    const root = temporaryDir('galley-book-inputs-');
    mkdirSync(join(root, 'shelf', 'novel'), { recursive: true });
    writeFileSync(join(root, 'shelf', 'essay.md'), '# E\n\nText.\n');
    writeFileSync(join(root, 'shelf', 'novel', 'book.yaml'), 'title: N\nchapters: [a.md]\n');
    writeFileSync(join(root, 'shelf', 'novel', 'a.md'), '# A\n\nText.\n');
    expect(planBuilds([join(root, 'shelf')], join(root, 'out'))).toEqual({
      builds: [
        { input: join(root, 'shelf', 'essay.md'), outName: 'essay' },
        { input: join(root, 'shelf', 'novel', 'book.yaml'), outName: 'novel' },
      ],
    });
  });
});
