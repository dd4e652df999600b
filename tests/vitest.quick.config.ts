// `npm run test:quick`: the edit-test loop. Unit tests of each stage and two
// end-to-end files (a build of a small manuscript through the CLI, and the
// EPUB page list agreeing with the PDF), in under a minute on two cores.
// `npm test` still runs everything; CI runs that.
import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

// Spread, not mergeConfig: that would append to the full suite's `include`.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [
      'tests/architecture/*.test.ts',
      'tests/document/*.test.ts',
      'tests/util/*.test.ts',
      'tests/parse/{blocks,front-matter,links,notes,input}.test.ts',
      'tests/cite/{syntax,locator,positions}.test.ts',
      'tests/theme/load.test.ts',
      'tests/pdf/{linebreak,hyphenate}.test.ts',
      'tests/epub/handlers.test.ts',
      'tests/e2e/front-matter.test.ts',
      'tests/epub/pages.test.ts',
    ],
  },
});
