// Prints a plain closing line "N passed, N failed" (the default reporter's line carries a progress bar).
function collect(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) collect(child, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      let broken = 0;
      for (const session of sessions) {
        if (session.testResults) collect(session.testResults, totals);
        if (!session.passed && (session.errors?.length ?? 0) > 0) broken += 1;
      }
      if (broken) console.log(`\n${broken} test file run(s) failed outside a test (see above); counted as failures.`);
      console.log(`\n${totals.passed} passed, ${totals.failed + broken} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
    },
  };
}
