/** Ends every run with the plain line `N passed, N failed, N skipped`, which CI reads in any language. */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const count = (state: 'passed' | 'failed' | 'skipped') =>
      testModules.reduce((sum, module) => sum + [...module.children.allTests(state)].length, 0);
    // A file that fails before any test runs (import error) counts as one failure.
    const failedModules = testModules.filter((module) => !module.ok() && [...module.children.allTests()].length === 0).length;
    process.stdout.write(`\n${count('passed')} passed, ${count('failed') + failedModules} failed, ${count('skipped')} skipped\n`);
  }
}
