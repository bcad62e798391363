import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Writes {passed, failed, skipped} for the root test summary (scripts/test.mjs). */
export default class JsonSummaryReporter {
  constructor(_globalConfig, options) {
    this.outputFile = resolve(options.outputFile);
  }

  onRunComplete(_contexts, results) {
    mkdirSync(dirname(this.outputFile), { recursive: true });

    writeFileSync(
      this.outputFile,
      JSON.stringify({
        suite: 'api (jest)',
        passed: results.numPassedTests,
        failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
        skipped: results.numPendingTests + results.numTodoTests,
      }),
    );
  }
}
