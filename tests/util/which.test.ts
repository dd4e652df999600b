// Finding a program on PATH as a shell does: the one place Galley and its tests
// look, so a PATH without a validator hides it from both.
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { which } from '../../src/util/which.ts';

const root = mkdtempSync(join(tmpdir(), 'galley-which-'));
const first = join(root, 'first');
const second = join(root, 'second');
mkdirSync(first);
mkdirSync(second);
writeFileSync(join(first, 'tool'), 'not executable');
writeFileSync(join(second, 'tool'), '#!/bin/sh\n');
chmodSync(join(second, 'tool'), 0o755);
mkdirSync(join(first, 'folder'));
chmodSync(join(first, 'folder'), 0o755);

describe('which', () => {
  it('finds the first executable of that name, skipping a file that is not executable', () => {
    expect(which('tool', [first, second].join(delimiter))).toBe(join(second, 'tool'));
  });

  it('never takes a folder for a program', () => {
    expect(which('folder', first)).toBeUndefined();
  });

  it('finds nothing on a PATH that lacks it, or on an empty one', () => {
    expect(which('tool', first)).toBeUndefined();
    expect(which('tool', '')).toBeUndefined();
  });

  it('checks a path with a slash as it is', () => {
    expect(which(join(second, 'tool'), '')).toBe(join(second, 'tool'));
    expect(which(join(first, 'tool'), '')).toBeUndefined();
  });
});
