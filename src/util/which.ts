// Finds a program on PATH as a shell would: the one place Galley (and its
// tests) look for an external program, so a PATH without it hides it everywhere.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The full path of the first executable `program` in the folders of `path` (PATH by default). */
export function which(program: string, path: string = process.env.PATH ?? ''): string | undefined {
  if (program.includes('/')) return executable(program) ? program : undefined;
  for (const dir of path.split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, program);
    if (executable(candidate)) return candidate;
  }
  return undefined;
}
