// Vitest reporter: after the summary, every test skipped because a program it
// needs is missing (tests/helpers/external.ts), with the reason, so a run on a
// bare machine says what it did not check.
import type { Reporter, TestModule } from 'vitest/node';

export default class SkippedReporter implements Reporter {
  onTestRunEnd(modules: readonly TestModule[]): void {
    const lines = modules.flatMap((module) =>
      [...module.children.allTests('skipped')].flatMap((test) => {
        const result = test.result();
        const note = result.state === 'skipped' ? result.note : undefined;
        return note === undefined ? [] : [`  ${module.relativeModuleId} > ${test.fullName}: ${note}`];
      }),
    );
    if (lines.length > 0) process.stdout.write(`\n${lines.length} test(s) skipped because a program is missing:\n${lines.join('\n')}\n`);
  }
}
