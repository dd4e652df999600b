// The one atomic write: a temporary file beside the target, then a rename over
// it, so a reader (a parallel build, a cache lookup, the user) sees the old file
// or the new one, never half of one. Plain JS because src/compile.mjs runs
// before any TypeScript is bundled.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `bytes` to `target` whole or not at all, creating its folder. On
 * failure the temporary file is removed and the error thrown; a previous
 * `target` is left as it was.
 * @param {string} target
 * @param {Uint8Array | string} bytes
 * @returns {void}
 */
export function writeFileAtomic(target, bytes) {
  stageFile(target, bytes).commit();
}

/**
 * Writes `bytes` beside `target` now and puts them in its place only on
 * `commit()`; `discard()` removes them. A build stages each finished output as
 * soon as it is made, so it need not hold them all in memory, and commits them
 * together once every one has been made.
 * @param {string} target
 * @param {Uint8Array | string} bytes
 * @returns {{ commit(): void, discard(): void }}
 */
export function stageFile(target, bytes) {
  const dir = dirname(target);
  mkdirSync(dir, { recursive: true });
  // Ends in .tmp: the cache's pruning removes one a killed process left behind.
  const temporary = join(dir, `.${basename(target)}.${process.pid}.tmp`);
  const discard = () => rmSync(temporary, { force: true });
  try {
    writeFileSync(temporary, bytes);
  } catch (error) {
    discard();
    throw error;
  }
  return {
    commit() {
      try {
        renameSync(temporary, target);
      } catch (error) {
        discard();
        throw error;
      }
    },
    discard,
  };
}
