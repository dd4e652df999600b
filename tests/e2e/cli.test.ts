// The command line as a user meets it: exit codes, located messages, and no
// damage to earlier output when a build fails.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runGalley, temporaryDir } from '../helpers/cli.ts';

const fixtures = 'tests/fixtures/cli';

describe('usage errors exit 2 with a usage line', () => {
  test.each([
    [[] as string[], 'no command given'],
    [['publish', 'x.md'], 'unknown command "publish"'],
    [['build'], 'no manuscript given'],
    [['build', 'x.md', '--format', 'docx'], 'unknown format "docx"'],
    [['build', 'x.md', '--bogus'], "Unknown option '--bogus'"],
  ])('galley %j', (args, message) => {
    const run = runGalley(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toMatch(/^usage: galley build/m);
  });
});

describe('manuscript errors exit 1 with path:line:col and no stack trace', () => {
  test('bad front matter', () => {
    const out = temporaryDir();
    const run = runGalley(['build', join(fixtures, 'bad-front-matter.md'), '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^tests\/fixtures\/cli\/bad-front-matter\.md:[23]:\d+: error: .+/m);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(out)).toEqual([]);
  });

  test('a warning under --strict', () => {
    const out = temporaryDir();
    const run = runGalley(['build', join(fixtures, 'undefined-note.md'), '--out', out, '--strict']);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      'tests/fixtures/cli/undefined-note.md:5:17: error: note [^missing] is cited but never defined; printed as written [--strict]',
    );
    expect(readdirSync(out)).toEqual([]);
  });

  test('a missing manuscript', () => {
    const run = runGalley(['build', join(fixtures, 'nowhere.md'), '--out', temporaryDir()]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/nowhere\.md:1:1: error: cannot read the manuscript: no such file/);
  });
});

test('a note defined but never cited is a warning, and the build succeeds', () => {
  const out = temporaryDir();
  const run = runGalley(['build', join(fixtures, 'unused-note.md'), '--out', out]);
  expect(run.status).toBe(0);
  expect(run.stderr).toMatch(/^tests\/fixtures\/cli\/unused-note\.md:7:1: warning: note \[\^lonely\] is defined but never cited$/m);
  expect(readdirSync(out).sort()).toEqual(['unused-note.epub', 'unused-note.pdf']);
});

test('a note cited but never defined is a warning, and the build succeeds', () => {
  const out = temporaryDir();
  const run = runGalley(['build', join(fixtures, 'undefined-note.md'), '--out', out, '--format', 'pdf']);
  expect(run.status).toBe(0);
  expect(run.stderr.trim()).toBe('tests/fixtures/cli/undefined-note.md:5:17: warning: note [^missing] is cited but never defined; printed as written');
  expect(readdirSync(out)).toEqual(['undefined-note.pdf']);
});

test('--strict with no warnings builds as usual', () => {
  const out = temporaryDir();
  const manuscript = join(out, 'clean.md');
  writeFileSync(manuscript, '---\ntitle: Clean\n---\n\nA claim.[^a]\n\n[^a]: Its source.\n');
  const run = runGalley(['build', manuscript, '--out', out, '--strict', '--format', 'pdf']);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(readdirSync(out).sort()).toEqual(['clean.md', 'clean.pdf']);
});

test('--format pdf writes only the PDF', () => {
  const out = temporaryDir();
  const run = runGalley(['build', join(fixtures, 'unused-note.md'), '--out', out, '--format', 'pdf']);
  expect(run.status).toBe(0);
  expect(readdirSync(out)).toEqual(['unused-note.pdf']);
});

test('a failed build keeps the previous good output and leaves no partial file', () => {
  const work = temporaryDir();
  const out = join(work, 'out');
  const manuscript = join(work, 'story.md');
  copyFileSync(join(fixtures, 'unused-note.md'), manuscript);
  expect(runGalley(['build', manuscript, '--out', out]).status).toBe(0);
  const before = readdirSync(out).sort().map((name) => [name, readFileSync(join(out, name))] as const);

  writeFileSync(manuscript, readFileSync(join(fixtures, 'bad-front-matter.md')));
  expect(runGalley(['build', manuscript, '--out', out]).status).toBe(1);

  expect(readdirSync(out).sort()).toEqual(before.map(([name]) => name));
  for (const [name, bytes] of before) expect(readFileSync(join(out, name)).equals(bytes), name).toBe(true);
});
