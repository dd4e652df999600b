// `npm run test:quick`: the edit-test loop. Every unit test (the files that
// mirror src/, see tests/README.md) but four slow ones (many real files built
// through the command, or 400 levels of nesting parsed), and two end-to-end
// files: a build of the article on this Node, and front matter read back from
// finished files. `npm test` still runs everything, each file isolated; CI
// runs that.
//
// Here the unit files share their workers' module cache (isolate: false):
// loading pdfkit, fontkit and unified once per worker rather than once per
// file is two thirds of the time saved. A file that mocks a module keeps its
// own isolated run.
import { configDefaults, defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

/** Unit tests left to `npm test`: many real PDFs built and read back, or 400 levels of nesting parsed. */
const SLOW = ['tests/check/index.test.ts', 'tests/check/pdf/text-layer.test.ts', 'tests/vector-images.test.ts', 'tests/parse/input.nesting.test.ts'];
/** Files that mock a module (vi.mock): they must not share a module cache. */
const MOCKING = ['tests/pdf/index.lazy-fonts.test.ts'];

// The full suite's `include` stays out: a project extending it would add to it.
const { include: _everything, ...shared } = base.test ?? {};

export default defineConfig({
  ...base,
  test: {
    ...shared,
    projects: [
      {
        extends: true,
        test: {
          name: 'quick',
          isolate: false,
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/{hostile,corpus,fuzz,fixtures,helpers}/**', 'tests/e2e/!(node|front-matter).test.ts', ...SLOW, ...MOCKING],
        },
      },
      { extends: true, test: { name: 'quick-isolated', include: MOCKING } },
    ],
  },
});
