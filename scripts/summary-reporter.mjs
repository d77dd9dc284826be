// Prints a plain closing line "N passed, N failed" (the default reporter's line carries a progress bar),
// preceded by one "✗ browser file › test: error" line per failure, so a log's tail names what failed.
function collect(suite, totals, path, failures) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else {
      totals.failed += 1;
      failures.push(`${[...path, test.name].join(' › ')}: ${firstLine(test.error?.message)}`);
    }
  }
  for (const child of suite.suites ?? []) collect(child, totals, [...path, child.name], failures);
}

const firstLine = (message) => String(message ?? 'failed').split('\n')[0].slice(0, 300);

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const failures = [];
      let broken = 0;
      for (const session of sessions) {
        const where = `${session.browser.name} ${session.testFile.replace(process.cwd() + '/', '')}`;
        if (session.testResults) collect(session.testResults, totals, [where], failures);
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          broken += 1;
          failures.push(`${where}: ${firstLine(session.errors[0]?.message)}`);
        }
      }
      if (broken) console.log(`\n${broken} test file run(s) failed outside a test (see above); counted as failures.`);
      if (failures.length) console.log(`\n${failures.map((line) => `  ✗ ${line}`).join('\n')}`);
      console.log(`\n${totals.passed} passed, ${totals.failed + broken} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
    },
  };
}
